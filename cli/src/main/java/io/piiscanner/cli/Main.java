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
import java.util.List;
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

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            ScanCommand.class,
            RedactCommand.class,
            CheckCommand.class,
            BackfillCommand.class,
            CommandLine.HelpCommand.class);

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
        return commandLine(invocation, CommandLine.defaultFactory(), subcommandsFor(args))
                .execute(args);
    }

    /** The picocli command line with every subcommand, wired to the invocation's streams and error handling. */
    public static CommandLine commandLine(Invocation invocation) {
        return commandLine(invocation, CommandLine.defaultFactory());
    }

    /** As {@link #commandLine(Invocation)}, with the subcommands made by {@code factory}. */
    public static CommandLine commandLine(Invocation invocation, CommandLine.IFactory factory) {
        return commandLine(invocation, factory, SUBCOMMANDS);
    }

    private static CommandLine commandLine(
            Invocation invocation, CommandLine.IFactory factory, List<Class<?>> subcommands) {
        ErrorHandler errors = new ErrorHandler(invocation);
        CommandLine commandLine = new CommandLine(new Main(invocation), factory);
        for (Class<?> subcommand : subcommands) {
            commandLine.addSubcommand(subcommand);
        }
        return commandLine
                .setOut(new PrintWriter(new OutputStreamWriter(invocation.out(), StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(invocation.err(), StandardCharsets.UTF_8), true))
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    /**
     * The subcommand the arguments start with, alone, or every subcommand. picocli reads each
     * subcommand's options by reflection when it is added: a scan of a small file spent a sixth of
     * its main thread's time on those of the commands it does not run. The help command and the
     * top-level usage list them all, and name them all in their suggestions, so they get them all.
     */
    private static List<Class<?>> subcommandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                if (subcommand != CommandLine.HelpCommand.class
                        && subcommand.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(subcommand);
                }
            }
        }
        return SUBCOMMANDS;
    }
}
