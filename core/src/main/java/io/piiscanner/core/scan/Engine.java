package io.piiscanner.core.scan;

import io.piiscanner.core.detect.Detector;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The detection engine: scans inputs of any size in bounded memory and reports masked findings.
 * Thread-safe: one engine serves concurrent scans of different inputs.
 */
public final class Engine {

    private final EngineConfig config;
    private final PreparedDetectors detectors;
    private final NameMasker names;

    private Engine(EngineConfig config, List<Detector> detectors) {
        this.config = config;
        this.detectors = new PreparedDetectors(detectors);
        this.names = new NameMasker(this.detectors, config.minConfidence());
    }

    /** An engine with the built-in detectors plus the configuration's extra ones. */
    public static Engine create(EngineConfig config) {
        List<Detector> all = new ArrayList<>();
        for (Detector d : ServiceLoader.load(Detector.class, Engine.class.getClassLoader())) {
            all.addAll(d.configure(config.detectorSettings()).parts());
        }
        all.sort((a, b) -> a.id().compareTo(b.id()));
        config.extraDetectors().forEach(d -> all.addAll(d.parts()));
        List<Detector> enabled = new ArrayList<>();
        for (Detector d : all) {
            boolean off =
                    config.disabled().contains(d.id()) || config.disabled().contains(d.type());
            boolean filtered =
                    !config.onlyTypes().isEmpty() && !config.onlyTypes().contains(d.type());
            if (!off && !filtered) {
                enabled.add(d);
            }
        }
        return new Engine(config, enabled);
    }

    /** An engine with the built-in detectors and default settings. */
    public static Engine withDefaults() {
        return create(EngineConfig.builder().build());
    }

    /** The detectors this engine runs, built-in first (by id), then extra ones in order. */
    public List<Detector> detectors() {
        return detectors.detectors;
    }

    public EngineConfig config() {
        return config;
    }

    /**
     * Masks the values that names hold (CSV columns, JSON keys, file and object names) with this
     * engine's detectors. The engine masks every name it reports with it: the field of each
     * finding and the path of each finding and outcome.
     */
    public NameMasker names() {
        return names;
    }

    /**
     * Scans one input, calling the listener for each finding in input order.
     *
     * <p>Compressed content (gzip, bzip2, xz, zstd) is read decompressed; the format is the
     * source's, or else recognised from the content with the name as a hint. Archives and emails
     * are read member by member, each member scanned as an input of its own type; findings in
     * them carry a {@link io.piiscanner.core.read.Location}.
     *
     * <p>What goes wrong with this input alone comes back in the outcome, never as an exception
     * that could take other inputs' findings with it: binary content, formats without a reader,
     * encrypted content and the limits of the whole input (decompression bombs, too many entries)
     * as {@link ScanOutcome#skipped() skipped}; a member that cannot be read as one of the
     * outcome's {@link ScanOutcome#skippedEntries() skipped entries}; damaged content (a truncated
     * or corrupt stream or archive, data after it) and any error thrown while scanning, a
     * detector's bug or a stack overflow included, as {@link ScanOutcome#failed() failed}, after
     * the findings made before it. An OutOfMemoryError or another error of the JVM itself is
     * thrown: it is not this input's.
     *
     * @throws PartialReadException when reading failed after findings may have been reported: it
     *                              holds the input's failed outcome up to the error
     * @throws IOException          when the input cannot be opened or read; trying again may succeed.
     *                              Exceptions thrown by the listener are passed on as they are.
     */
    public ScanOutcome scan(InputSource source, FindingListener listener) throws IOException {
        return inputScan(source, listener, null).run(source);
    }

    /**
     * Writes a copy of the input with every finding replaced by its masked form. Structure is
     * kept: masks never contain CSV, JSON or markup syntax, and a finding that is a bare JSON
     * number is written as a JSON string. Compressed input is written decompressed. A Parquet file
     * is written as a Parquet file with the same schema ({@link io.piiscanner.core.read.FormatRedactor}).
     * Other formats cannot be redacted: such an input is {@link ScanOutcome#skipped() skipped},
     * with nothing written. The copy is whole only when the outcome is
     * {@link ScanOutcome#complete() complete}; outcomes and exceptions are as for {@link #scan}.
     */
    public ScanOutcome redact(InputSource source, OutputStream out, FindingListener listener) throws IOException {
        return inputScan(source, listener, out).run(source);
    }

    private InputScan inputScan(InputSource source, FindingListener listener, OutputStream redactTo) {
        Fingerprinter fp = config.fingerprints() ? new Fingerprinter(config.hmacKey()) : null;
        return new InputScan(
                detectors,
                config.minConfidence(),
                fp,
                names,
                config.readLimits(),
                names.mask(source.path()),
                listener,
                redactTo);
    }
}
