package io.piiscanner.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pii-scanner} command: finds and masks personal and payment data in files. */
@Command(
        name = "pii-scanner",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Finds personal and payment data (card numbers, SSNs, IBANs, keys, emails, phone numbers) "
                + "in files and writes masked copies.",
        subcommands = {
            ScanCommand.class,
            RedactCommand.class,
            CheckCommand.class,
            BackfillCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit status (each command's --help has the details):%n",
        exitCodeList = {
            "0:scan: every input read in full and nothing found; redact: done; check: no Critical or High "
                    + "findings",
            "1:scan: findings; check: Critical or High findings",
            "2:usage, input or configuration error; scan: an input failed partway (after its findings); "
                    + "check: a template that cannot be read",
            "3:scan: nothing found, but an input was skipped unread (binary, unreadable); see --allow-skipped"
        })
public final class Main implements Callable<Integer> {

    /**
     * libphonenumber logs through java.util.logging, whose default handler writes to standard
     * error; the command reports problems itself, one line each, and a log line could quote a
     * number. Held here, since java.util.logging keeps loggers only weakly.
     */
    private static final Logger PHONE_NUMBER_LOG = Logger.getLogger("com.google.i18n.phonenumbers");

    static {
        PHONE_NUMBER_LOG.setLevel(Level.OFF);
    }

    private final Invocation invocation;

    /** A command for this process: its standard streams and environment. */
    public Main() {
        this(new Invocation(
                new FileOutputStream(FileDescriptor.out), System.err, System.in, System.getenv(), onTerminal()));
    }

    /**
     * Whether this process talks to a terminal. Up to JDK 21 {@link System#console()} is null when a
     * stream is redirected; from JDK 22 it never is, and {@code Console.isTerminal()} (not in Java 17's
     * API, hence the reflection) tells.
     */
    @SuppressWarnings("SystemConsoleNull") // null is one answer, isTerminal() the other
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** A command that runs in the given environment. */
    public Main(Invocation invocation) {
        this.invocation = invocation;
    }

    /** Where the command runs; subcommands read it from their parent. */
    public Invocation invocation() {
        return invocation;
    }

    /** Without a subcommand there is nothing to do. */
    @Override
    public Integer call() {
        invocation.err().println("pii-scanner: missing command (scan, redact or check); see 'pii-scanner --help'");
        return ExitStatus.ERROR;
    }

    public static void main(String[] args) {
        Main main = new Main();
        System.exit(run(args, main.invocation));
    }

    /**
     * Runs the command in-process, without exiting: for tests and embedding. The standard streams
     * are not treated as a terminal, so the default format is jsonl and there is no progress meter.
     *
     * @return the exit status
     */
    public static int run(String[] args, OutputStream out, PrintStream err, InputStream in, Map<String, String> env) {
        return run(args, new Invocation(out, err, in, env, false));
    }

    /** Runs the command in the given environment and returns the exit status. */
    public static int run(String[] args, Invocation invocation) {
        return commandLine(invocation).execute(args);
    }

    /** The picocli command line, wired to the invocation's streams and error handling. */
    public static CommandLine commandLine(Invocation invocation) {
        ErrorHandler errors = new ErrorHandler(invocation);
        return new CommandLine(new Main(invocation))
                .setOut(new PrintWriter(new OutputStreamWriter(invocation.out(), StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(invocation.err(), StandardCharsets.UTF_8), true))
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }
}
