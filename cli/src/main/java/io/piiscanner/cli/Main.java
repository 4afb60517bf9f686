package io.piiscanner.cli;

import io.piiscanner.cli.backfill.BackfillCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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

/** The {@code pii-scanner} command: finds and masks personal and payment data in files. */
@Command(name = "pii-scanner",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Finds personal and payment data (card numbers, SSNs, IBANs, keys, emails, phone numbers) "
                + "in files and writes masked copies.",
        subcommands = {ScanCommand.class, RedactCommand.class, CheckCommand.class, BackfillCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:no findings (scan), or redaction done (redact)",
                "1:findings at or above the confidence threshold (scan)",
                "2:usage or input error"})
public final class Main implements Callable<Integer> {

    private final Invocation invocation;

    /** A command for this process: its standard streams and environment. */
    public Main() {
        this(new Invocation(new FileOutputStream(FileDescriptor.out), System.err, System.in, System.getenv(),
                System.console() != null));
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
        invocation.err().println("pii-scanner: missing command (scan or redact); see 'pii-scanner --help'");
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
                .setErr(new PrintWriter(invocation.err(), true))
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }
}
