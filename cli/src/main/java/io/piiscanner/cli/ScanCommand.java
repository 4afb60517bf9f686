package io.piiscanner.cli;

import io.piiscanner.cli.input.ExcludeFilter;
import io.piiscanner.cli.input.InputWalker;
import io.piiscanner.cli.input.S3Inputs;
import io.piiscanner.cli.report.OrderedReporter;
import io.piiscanner.cli.report.ProgressMeter;
import io.piiscanner.cli.report.ReportFormat;
import io.piiscanner.cli.report.ReportWriter;
import io.piiscanner.cli.report.RunInfo;
import io.piiscanner.cli.report.ScanProgress;
import io.piiscanner.cli.report.ScanSummary;
import io.piiscanner.cli.report.ScanTotals;
import io.piiscanner.cli.report.SummaryPrinter;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.scan.Engine;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pii-scanner scan}: reports the personal and payment data in files, folders or standard input. */
@Command(
        name = "scan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Scans files, folders (recursively) and standard input (-) for personal and payment data, "
                    + "and reports each finding with its location and masked value; raw values are never "
                    + "printed. Compressed input (gzip, bzip2, xz, zstd) is read decompressed; ZIP and TAR "
                    + "archives and emails are read member by member, each as a file of its own type, "
                    + "and XML and HTML text and attribute values are read, not markup.",
            "Set " + EngineOptions.HMAC_KEY_ENV + " to add an HMAC-SHA256 fingerprint to each finding, "
                    + "to correlate values across files and runs without storing them.",
            "An s3://bucket/prefix location scans every object under the prefix, streamed, with the "
                    + "standard AWS credential chain; AWS_ENDPOINT_URL or AWS_ENDPOINT_URL_S3 points it at "
                    + "LocalStack or another S3-compatible endpoint."
        },
        exitCodeListHeading = "%nExit status (when several apply: 2, else 1, else 3):%n",
        exitCodeList = {
            "0:every input read in full, and no findings at or above the confidence threshold",
            "1:findings (inputs may also have been skipped: the summary lists them)",
            "2:usage, input or configuration error; or an input that failed partway (truncated or corrupt "
                    + "gzip, a read error, a decompression limit, a detector's error), after every finding "
                    + "is reported. --allow-skipped does not accept it.",
            "3:no findings, but an input was skipped without being read (binary, unreadable, a broken link or "
                    + "link loop); --allow-skipped makes it 0"
        })
public final class ScanCommand implements Callable<Integer> {

    private static final int OUTPUT_BUFFER = 1 << 16;

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Files, folders or s3://bucket/prefix locations to scan; - for standard input.")
    private List<String> paths;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            converter = OptionConverters.ReportFormatName.class,
            description =
                    "Report format: jsonl, table, sarif, json or html " + "(default: table on a terminal, else jsonl).")
    private ReportFormat format;

    @Option(
            names = "--html-rows",
            paramLabel = "N",
            converter = OptionConverters.PositiveInt.class,
            description = "Findings the html report lists per entity type (default: " + ReportFormat.DEFAULT_HTML_ROWS
                    + "); its counts and charts cover every finding.")
    private Integer htmlRows;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            converter = OptionConverters.OutputPath.class,
            description = "Write the report to FILE instead of standard output; it appears complete or not at all. "
                    + "A new FILE is readable by its owner only (0600); FILE must not be one of the inputs.")
    private Path output;

    @Option(
            names = "--exclude",
            paramLabel = "GLOB",
            description = "Leave out folder entries whose relative path or name matches GLOB, "
                    + "e.g. '*.log' or 'build/**'; repeatable.")
    private List<String> excludes = new ArrayList<>();

    @Option(
            names = "--threads",
            paramLabel = "N",
            converter = OptionConverters.PositiveInt.class,
            description =
                    "Files scanned in parallel (default: number of processors). " + "The report is the same for any N.")
    private Integer threads;

    @Option(
            names = "--allow-skipped",
            description = "Exit 0, not 3, when nothing was found but inputs were skipped unread (binary files, "
                    + "unreadable ones, broken links); they are still listed. An input that failed partway "
                    + "still exits 2.")
    private boolean allowSkipped;

    @Mixin
    private EngineOptions engineOptions;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print no summary or progress on standard error.")
    private boolean quiet;

    @Option(names = "--no-progress", description = "Show no progress meter, even on a terminal.")
    private boolean noProgress;

    @Override
    public Integer call() throws IOException {
        Invocation invocation = main.invocation();
        try (S3Inputs s3 = new S3Inputs(invocation.env())) {
            return scan(
                    invocation,
                    new InputWalker(
                            paths, ExcludeFilter.of(excludes), engineOptions.inputFormat(), invocation.in(), s3));
        }
    }

    private int scan(Invocation invocation, InputWalker walker) throws IOException {
        if (htmlRows != null && format != ReportFormat.HTML) {
            throw new ParameterException(spec.commandLine(), "--html-rows applies only to --format html");
        }
        if (output != null) {
            walker.protectOutput(output);
        }
        walker.checkArguments();
        Engine engine = engineOptions.createEngine(invocation.env());
        ReportFormat reportFormat = format != null
                ? format
                : output == null && invocation.terminal() ? ReportFormat.TABLE : ReportFormat.JSONL;
        RunInfo run = new RunInfo(
                VersionProvider.version(),
                engine.detectors().stream()
                        .map(Detector::type)
                        .distinct()
                        .sorted()
                        .toList());
        ScanSummary summary = new ScanSummary();
        ScanProgress progress = new ScanProgress();
        long namedFilesSize = walker.namedFilesSize();
        if (namedFilesSize >= 0) {
            progress.expect(paths.size(), namedFilesSize);
        }
        boolean showProgress = invocation.terminal() && !quiet && !noProgress;
        ScanTotals totals;
        try (ProgressMeter meter = showProgress ? ProgressMeter.start(invocation.err(), summary, progress) : null;
                AtomicFileOutput file = output == null ? null : AtomicFileOutput.create(output)) {
            ReportWriter writer = reportFormat.open(
                    reportStream(invocation, meter, file, walker),
                    run,
                    htmlRows != null ? htmlRows : ReportFormat.DEFAULT_HTML_ROWS);
            writer.begin();
            new ParallelScan(
                            engine,
                            threads != null ? threads : Runtime.getRuntime().availableProcessors())
                    .run(walker, new OrderedReporter(writer, summary), progress);
            totals = summary.totals();
            writer.end(totals);
            if (file != null) {
                file.commit();
            }
        } catch (OutputException e) {
            if (output == null && e.isBrokenPipe()) {
                // The reader has seen enough, as with `| head`. The scan was cut short, so it
                // cannot claim to be clean.
                return ExitStatus.FINDINGS;
            }
            throw e;
        }
        if (!quiet) {
            SummaryPrinter.print(invocation.err(), totals);
        } else {
            SummaryPrinter.printProblems(invocation.err(), totals, allowSkipped);
        }
        return status(totals, allowSkipped);
    }

    /** The exit status of a scan: a failed input, then findings, then skipped inputs (unless accepted). */
    private static int status(ScanTotals totals, boolean allowSkipped) {
        if (!totals.failed().isEmpty()) {
            return ExitStatus.ERROR;
        }
        if (totals.findings() > 0) {
            return ExitStatus.FINDINGS;
        }
        return totals.skipped().isEmpty() || allowSkipped ? ExitStatus.CLEAN : ExitStatus.INCOMPLETE;
    }

    /**
     * Where the report goes: the output file, whose temporary file the walk must then leave out in
     * case it lies in a scanned folder, or standard output, cleared of the progress line before
     * each write.
     */
    private static OutputStream reportStream(
            Invocation invocation, ProgressMeter meter, AtomicFileOutput file, InputWalker walker) {
        if (file != null) {
            walker.ignore(file.tempFile());
            return file.stream();
        }
        OutputStream stdout = meter == null ? invocation.out() : meter.hidingOutput(invocation.out());
        return new BufferedOutputStream(new OutputStreamGuard(stdout, "standard output"), OUTPUT_BUFFER);
    }
}
