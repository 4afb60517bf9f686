package io.piiscanner.cli;

import io.piiscanner.cli.input.InputException;
import io.piiscanner.cli.input.IoErrors;
import io.piiscanner.core.config.ConfigException;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.NameMasker;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Reports errors the way Unix tools do: one line, {@code pii-scanner: <message>}, on standard
 * error, and exit status 2. Usage and input errors never show a stack trace: the person at the
 * terminal can act on the message, not on the trace. An unexpected exception is a bug; its trace
 * is printed only when {@value #DEBUG_ENV} is set.
 *
 * <p>Messages quote file names and arguments, which may hold personal data: every message is
 * printed with the values in it masked by the built-in detectors, since an error may come before
 * any engine is configured (a bad {@code --config}, a missing file).
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** Environment variable that makes internal errors print their stack trace. */
    static final String DEBUG_ENV = "PII_SCANNER_DEBUG";

    private final Invocation invocation;

    ErrorHandler(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        report(e.getMessage());
        return ExitStatus.ERROR;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        String message = userMessage(e);
        if (message == null) {
            report("internal error: " + e + (debug() ? "" : " (set " + DEBUG_ENV + "=1 for details)"));
            if (debug()) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                invocation.err().print(DefaultNames.NAMES.mask(trace.toString()));
            }
        } else {
            report(message);
        }
        return ExitStatus.ERROR;
    }

    /** The message for a problem the user can fix, or {@code null} for a bug. */
    private static String userMessage(Exception e) {
        if (e instanceof InputException
                || e instanceof OutputException
                || e instanceof ConfigException
                || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof IOException io) {
            return IoErrors.describe(io);
        }
        if (e instanceof UncheckedIOException u) {
            return IoErrors.describe(u.getCause());
        }
        return null;
    }

    private boolean debug() {
        return invocation.env().get(DEBUG_ENV) != null;
    }

    private void report(String message) {
        PrintStream err = invocation.err();
        String line = IoErrors.firstLine(message == null ? "unknown error" : message);
        err.println("pii-scanner: " + DefaultNames.NAMES.mask(line));
        err.flush();
    }

    /** The built-in detectors' masker, made on the first error. */
    private static final class DefaultNames {
        static final NameMasker NAMES = Engine.withDefaults().names();
    }
}
