package io.piiscanner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.cli.backfill.BackfillAws;
import io.piiscanner.cli.backfill.Backfills;
import io.piiscanner.cli.backfill.Estimate;
import io.piiscanner.cli.backfill.ObjectCount;
import io.piiscanner.cli.backfill.ProgressBar;
import io.piiscanner.cli.backfill.SummaryReport;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.NameMasker;
import io.piiscanner.s3.S3Errors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * {@code pii-scanner backfill}: scans what is already in a deployed stack's data bucket, on the
 * stack's Step Functions state machine. {@code start} estimates and starts a run, {@code status}
 * follows it, {@code report} prints its summary.
 */
@Command(
        name = "backfill",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Scans the objects already in a deployed stack's data bucket, or rescans them, on the "
                    + "stack's Step Functions state machine (a Distributed Map over a prefix listing or an S3 "
                    + "Inventory report)."
        },
        subcommands = {BackfillCommand.Start.class, BackfillCommand.Status.class, BackfillCommand.Report.class})
public final class BackfillCommand implements Runnable {

    /** How a run's progress is waited for between two looks; tests do not wait. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** The environment of one command: where it prints, its AWS clients, its clock. */
    record Context(
            Invocation invocation, Function<Map<String, String>, BackfillAws> aws, Clock clock, Sleeper sleeper) {}

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    private final Context given;

    /** The command as {@code pii-scanner} runs it: the invocation comes from the parent command. */
    public BackfillCommand() {
        this.given = null;
    }

    /** A command with its own environment, for tests and embedding. */
    public BackfillCommand(
            Invocation invocation, Function<Map<String, String>, BackfillAws> aws, Clock clock, Sleeper sleeper) {
        this.given = new Context(invocation, aws, clock, sleeper);
    }

    Context context() {
        if (given != null) {
            return given;
        }
        return new Context(main.invocation(), BackfillAws::from, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
    }

    /** Without a subcommand there is nothing to do. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: start, status or report");
    }

    /** Masks what a user typed (a prefix may name a customer) before it is printed. */
    private static final class Names {
        static final NameMasker MASKER = Engine.withDefaults().names();
    }

    /** {@code backfill start}. */
    @Command(
            name = "start",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Estimates a backfill (objects, bytes, duration at the concurrency asked for, and cost: "
                        + "Lambda GB-seconds, Step Functions transitions, S3 requests), asks for confirmation and starts "
                        + "it. Prints the execution to follow with 'backfill status'."
            },
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:started, or not started because the answer was no", "2:usage or AWS error"})
    public static final class Start implements java.util.concurrent.Callable<Integer> {

        @ParentCommand
        private BackfillCommand backfill;

        @Option(
                names = "--stack",
                required = true,
                paramLabel = "SUFFIX",
                description = "The environment suffix of the deployed stack (TapStack<SUFFIX>).")
        private String stack;

        @Option(
                names = "--prefix",
                paramLabel = "P",
                defaultValue = "",
                description = "Scan the objects under this prefix of the data bucket (default: all of them).")
        private String prefix;

        @Option(
                names = "--inventory",
                paramLabel = "MANIFEST",
                description = "Read the objects from an S3 Inventory report of the data bucket instead of listing "
                        + "them: 'latest', or a manifest.json key or s3:// location in the stack's inventory bucket.")
        private String inventory;

        @Option(
                names = "--rescan",
                arity = "0..1",
                fallbackValue = "all",
                paramLabel = "all|outdated",
                description = "Scan versions that have a scan record again: all of them, or only those an older "
                        + "engine version or another detector set scanned (default: none).")
        private String rescan;

        @Option(
                names = "--max-concurrency",
                paramLabel = "N",
                defaultValue = "10",
                description = "Batches scanned at once, 1 to 10000 (default: ${DEFAULT-VALUE}); see the README for "
                        + "the Lambda concurrency this needs.")
        private int maxConcurrency;

        @Option(
                names = "--tolerated-failures",
                paramLabel = "PERCENT",
                defaultValue = "5",
                description = "Share of objects that may fail before the run counts as failed (default: "
                        + "${DEFAULT-VALUE}).")
        private double toleratedFailures;

        @Option(names = "--yes", description = "Start without asking.")
        private boolean yes;

        @Override
        public Integer call() throws IOException {
            Context ctx = backfill.context();
            if (inventory != null && !prefix.isEmpty()) {
                throw new IllegalArgumentException("--prefix and --inventory: give one or the other");
            }
            if (maxConcurrency < 1 || maxConcurrency > 10_000) {
                throw new IllegalArgumentException("--max-concurrency: expected 1 to 10000 (the Distributed Map's"
                        + " limit), got " + maxConcurrency);
            }
            if (!(toleratedFailures >= 0 && toleratedFailures <= 100)) {
                throw new IllegalArgumentException("--tolerated-failures: expected a percentage from 0 to 100");
            }
            String mode = rescan == null ? "none" : rescan.toLowerCase(Locale.ROOT);
            if (!mode.equals("none") && !mode.equals("all") && !mode.equals("outdated")) {
                throw new IllegalArgumentException("--rescan: expected all or outdated, got '" + rescan + "'");
            }
            PrintStream out = new PrintStream(ctx.invocation().out(), true, StandardCharsets.UTF_8);
            PrintStream err = ctx.invocation().err();
            try (BackfillAws aws = ctx.aws().apply(ctx.invocation().env())) {
                Backfills backfills = new Backfills(aws, stack);
                String manifest = inventory == null ? null : backfills.manifestKey(inventory);
                ObjectCount count = backfills.count(prefix, manifest);
                out.println(
                        manifest == null
                                ? "backfill of prefix '" + Names.MASKER.mask(prefix) + "', rescan " + mode
                                : "backfill of inventory report " + Names.MASKER.mask(manifest) + ", rescan " + mode);
                new Estimate(count.objects(), count.bytes(), maxConcurrency).print(out);
                if (!yes && !confirmed(ctx.invocation(), err)) {
                    err.println("pii-scanner: not started");
                    return ExitStatus.CLEAN;
                }
                String execution =
                        backfills.start(prefix, manifest, mode, maxConcurrency, toleratedFailures, ctx.clock());
                out.println("started " + execution);
                out.println("follow it: pii-scanner backfill status " + execution);
                return ExitStatus.CLEAN;
            } catch (SdkException e) {
                throw new IllegalArgumentException(S3Errors.describe(e), e);
            }
        }

        private static boolean confirmed(Invocation invocation, PrintStream err) throws IOException {
            err.print("Start this backfill? [y/N] ");
            err.flush();
            String answer =
                    new BufferedReader(new InputStreamReader(invocation.in(), StandardCharsets.UTF_8)).readLine();
            if (answer == null) {
                throw new IllegalArgumentException("no answer on standard input; pass --yes to start without asking");
            }
            String a = answer.strip().toLowerCase(Locale.ROOT);
            return a.equals("y") || a.equals("yes");
        }
    }

    /** {@code backfill status}. */
    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {"Follows a backfill with a progress bar from its map run's counters until it ends."},
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {
                "0:the run succeeded (or, with --once, is still running)",
                "2:the run failed, timed out or was aborted; usage or AWS error"
            })
    public static final class Status implements java.util.concurrent.Callable<Integer> {

        @ParentCommand
        private BackfillCommand backfill;

        @Parameters(paramLabel = "EXECUTION", description = "The execution's ARN, or its name with --stack.")
        private String execution;

        @Option(names = "--stack", paramLabel = "SUFFIX", description = "The stack, to find an execution by name.")
        private String stack;

        @Option(names = "--once", description = "Print the progress once and return.")
        private boolean once;

        @Option(
                names = "--interval",
                paramLabel = "SECONDS",
                defaultValue = "5",
                description = "Seconds between two looks (default: ${DEFAULT-VALUE}).")
        private int interval;

        @Override
        public Integer call() throws InterruptedException {
            Context ctx = backfill.context();
            if (interval < 1) {
                throw new IllegalArgumentException("--interval: expected at least 1 second");
            }
            PrintStream out = new PrintStream(ctx.invocation().out(), true, StandardCharsets.UTF_8);
            boolean terminal = ctx.invocation().terminal();
            try (BackfillAws aws = ctx.aws().apply(ctx.invocation().env())) {
                Backfills backfills = new Backfills(aws, stack);
                String arn = backfills.executionArn(execution);
                String last = null;
                while (true) {
                    Backfills.Progress progress = backfills.progress(arn);
                    String line = progress.mapRun()
                                    .map(r -> ProgressBar.render(r.itemCounts()))
                                    .orElse("starting: reading the objects to scan")
                            + "  " + progress.status();
                    if (!line.equals(last)) {
                        out.print(terminal ? "\r" + line : line + "\n");
                        last = line;
                    }
                    if (!progress.running() || once) {
                        if (terminal) {
                            out.println();
                        }
                        return progress.running()
                                        || progress.status().toString().equals("SUCCEEDED")
                                ? ExitStatus.CLEAN
                                : ExitStatus.ERROR;
                    }
                    ctx.sleeper().sleep(Duration.ofSeconds(interval));
                }
            } catch (SdkException e) {
                throw new IllegalArgumentException(S3Errors.describe(e), e);
            }
        }
    }

    /** {@code backfill report}. */
    @Command(
            name = "report",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Prints a finished backfill's summary: objects scanned, skipped and failed with the "
                        + "reasons, findings by type and by prefix, the objects with the most findings (keys masked), "
                        + "bytes and duration."
            },
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:no findings and no failed object", "1:findings", "2:objects failed; usage or AWS error"})
    public static final class Report implements java.util.concurrent.Callable<Integer> {

        @ParentCommand
        private BackfillCommand backfill;

        @Parameters(paramLabel = "EXECUTION", description = "The execution's ARN or name.")
        private String execution;

        @Option(
                names = "--stack",
                required = true,
                paramLabel = "SUFFIX",
                description = "The stack whose data bucket holds the summary.")
        private String stack;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "table",
                description = "table (default), json or sarif.")
        private String format;

        @Override
        public Integer call() throws IOException {
            Context ctx = backfill.context();
            SummaryReport.Format f = SummaryReport.Format.parse(format);
            try (BackfillAws aws = ctx.aws().apply(ctx.invocation().env())) {
                Backfills backfills = new Backfills(aws, stack);
                JsonNode summary = backfills.summary(backfills.executionArn(execution));
                SummaryReport.write(
                        summary,
                        f,
                        backfills.dataBucket(),
                        VersionProvider.version(),
                        ctx.invocation().out());
                if (SummaryReport.sum(summary.path("failed")) > 0) {
                    return ExitStatus.ERROR;
                }
                return summary.path("findings").asLong() > 0 ? ExitStatus.FINDINGS : ExitStatus.CLEAN;
            } catch (SdkException e) {
                throw new IllegalArgumentException(S3Errors.describe(e), e);
            }
        }
    }
}
