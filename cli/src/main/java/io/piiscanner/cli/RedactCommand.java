package io.piiscanner.cli;

import io.piiscanner.cli.input.InputException;
import io.piiscanner.cli.input.Inputs;
import io.piiscanner.cli.input.IoErrors;
import io.piiscanner.cli.report.SummaryPrinter;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.FindingListener;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pii-scanner redact}: writes a copy of an input with every finding masked. */
@Command(
        name = "redact",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Writes a copy of IN with every finding replaced by its masked form. The format is kept: "
                    + "CSV stays CSV, JSON stays JSON, XML and HTML keep their markup, a Parquet file keeps "
                    + "its schema (a number keeps the digits its mask shows, the others become zeros). "
                    + "Compressed input is written decompressed, unless OUT ends in .gz. Archives, emails, "
                    + "Avro and other formats that are not text cannot be redacted yet.",
            "OUT appears complete or not at all, so it may be IN itself."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:redaction done, whether or not anything was found",
            "2:usage or input error, or an input that cannot be redacted whole (a binary file, a truncated "
                    + "gzip, an S3 location); OUT is then left as it was"
        })
public final class RedactCommand implements Callable<Integer> {

    private static final int OUTPUT_BUFFER = 1 << 16;
    private static final FindingListener IGNORE = finding -> {};

    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "IN", description = "File to redact; - for standard input.")
    private String input;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            converter = OptionConverters.OutputPath.class,
            description = "Write to OUT instead of standard output. A new OUT is readable by its owner only (0600).")
    private Path output;

    @Mixin
    private EngineOptions engineOptions;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print no summary on standard error.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        Invocation invocation = main.invocation();
        InputSource source = Inputs.single(input, engineOptions.inputFormat(), invocation.in());
        Engine engine = engineOptions.createEngine(invocation.env());
        ScanOutcome outcome;
        try {
            outcome = output == null ? redactToStdout(engine, source, invocation.out()) : redactToFile(engine, source);
        } catch (OutputException e) {
            if (output == null && e.isBrokenPipe()) {
                // The reader has seen enough, as with `| head`.
                return ExitStatus.CLEAN;
            }
            throw e;
        }
        if (!quiet) {
            SummaryPrinter.printRedaction(invocation.err(), outcome);
        }
        return ExitStatus.CLEAN;
    }

    private ScanOutcome redactToStdout(Engine engine, InputSource source, OutputStream stdout) throws IOException {
        OutputStream out = new BufferedOutputStream(new OutputStreamGuard(stdout, "standard output"), OUTPUT_BUFFER);
        ScanOutcome outcome = redact(engine, source, out);
        out.flush();
        return requireRedacted(outcome);
    }

    private ScanOutcome redactToFile(Engine engine, InputSource source) throws IOException {
        try (AtomicFileOutput file = AtomicFileOutput.create(output)) {
            boolean gzip =
                    output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
            OutputStream out = gzip ? new GZIPOutputStream(file.stream(), OUTPUT_BUFFER) : file.stream();
            ScanOutcome outcome = requireRedacted(redact(engine, source, out));
            out.close();
            file.commit();
            return outcome;
        }
    }

    private ScanOutcome redact(Engine engine, InputSource source, OutputStream out) {
        try {
            return engine.redact(source, out, IGNORE);
        } catch (IOException e) {
            throw new InputException("cannot redact " + input + ": " + IoErrors.reason(e));
        }
    }

    /** Refuses an outcome the engine skipped or failed, so that no partial or empty copy passes for a redacted one. */
    private ScanOutcome requireRedacted(ScanOutcome outcome) {
        if (!outcome.complete()) {
            throw new InputException(
                    "cannot redact " + input + ": " + (outcome.skipped() ? outcome.skipReason() : outcome.failure()));
        }
        return outcome;
    }
}
