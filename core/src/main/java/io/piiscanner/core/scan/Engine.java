package io.piiscanner.core.scan;

import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.format.ContentSniffer;
import io.piiscanner.core.format.CountingInputStream;
import io.piiscanner.core.format.DecompressionBombException;
import io.piiscanner.core.format.DecompressionGuard;
import io.piiscanner.core.format.FieldLocator;
import io.piiscanner.core.format.GzipInputStream;
import io.piiscanner.core.format.InputFormat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The detection engine: scans inputs of any size in bounded memory and reports masked findings.
 * Thread-safe: one engine serves concurrent scans of different inputs.
 */
public final class Engine {

    private static final int IO_BUFFER = 1 << 16;

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
            all.add(d.configure(config.detectorSettings()));
        }
        all.sort((a, b) -> a.id().compareTo(b.id()));
        all.addAll(config.extraDetectors());
        List<Detector> enabled = new ArrayList<>();
        for (Detector d : all) {
            boolean off = config.disabled().contains(d.id()) || config.disabled().contains(d.type());
            boolean filtered = !config.onlyTypes().isEmpty() && !config.onlyTypes().contains(d.type());
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
     * <p>What goes wrong with this input alone comes back in the outcome, never as an exception
     * that could take other inputs' findings with it: binary content and decompression bombs as
     * {@link ScanOutcome#skipped() skipped}; damaged content (a truncated or corrupt gzip stream,
     * data after it) and any error thrown while scanning, a detector's bug or a stack overflow
     * included, as {@link ScanOutcome#failed() failed}, after the findings made before it. An
     * OutOfMemoryError or another error of the JVM itself is thrown: it is not this input's.
     *
     * @throws PartialReadException when reading failed after findings may have been reported: it
     *                              holds the input's failed outcome up to the error
     * @throws IOException          when the input cannot be opened or read; trying again may succeed.
     *                              Exceptions thrown by the listener are passed on as they are.
     */
    public ScanOutcome scan(InputSource source, FindingListener listener) throws IOException {
        return run(source, (buf, scanStart, scanEnd, base, found) -> {
            for (WindowScanner.Emitted e : found) {
                listener.onFinding(e.finding());
            }
        });
    }

    /**
     * Writes a copy of the input with every finding replaced by its masked form. Structure is
     * kept: masks never contain CSV or JSON syntax, and a finding that is a bare JSON number is
     * written as a JSON string. Gzip input is written decompressed. The copy is whole only when
     * the outcome is {@link ScanOutcome#complete() complete}; outcomes and exceptions are as
     * for {@link #scan}.
     */
    public ScanOutcome redact(InputSource source, OutputStream out, FindingListener listener) throws IOException {
        Redactor redactor = new Redactor(out, source.format(), listener);
        ScanOutcome outcome = run(source, redactor);
        if (outcome.complete()) {
            redactor.finish();
        }
        return outcome;
    }

    private ScanOutcome run(InputSource source, WindowScanner.WindowListener listener) throws IOException {
        long t0 = System.nanoTime();
        Map<String, Long> byType = new TreeMap<>();
        long[] total = new long[1];
        WindowScanner.WindowListener counting = (buf, s, e, base, found) -> {
            for (WindowScanner.Emitted f : found) {
                byType.merge(f.finding().type(), 1L, Long::sum);
                total[0]++;
            }
            listener.window(buf, s, e, base, found);
        };
        Fingerprinter fp = config.fingerprints() ? new Fingerprinter(config.hmacKey()) : null;
        String path = names.mask(source.path());
        boolean json = source.format() == InputFormat.JSON || source.format() == InputFormat.NDJSON;
        WindowScanner scanner = new WindowScanner(path, detectors, config.minConfidence(), fp,
                FieldLocator.forFormat(source.format(), names::mask), json);
        String skip;
        String failure = null;
        IOException readError = null;
        long bytes;
        long nulBytes = 0;
        try (InputStream raw = source.opener().get()) {
            BufferedInputStream in = new BufferedInputStream(raw, IO_BUFFER);
            in.mark(2);
            byte[] magic = in.readNBytes(2);
            in.reset();
            InputStream content = in;
            if (ContentSniffer.isGzip(magic, magic.length)) {
                CountingInputStream compressed = new CountingInputStream(in);
                content = new DecompressionGuard(new GzipInputStream(compressed, IO_BUFFER), compressed,
                        config.maxDecompressedBytes(), config.maxRatio(), config.ratioFloor());
            }
            try {
                WindowScanner.Run result = scanner.run(content, counting);
                skip = result.skipReason();
                failure = result.failure();
                bytes = result.bytes();
                nulBytes = result.nulBytes();
                readError = result.readError();
            } catch (DecompressionBombException e) {
                skip = e.getMessage();
                bytes = 0;
            }
        }
        ScanOutcome outcome = new ScanOutcome(path, bytes, total[0], Collections.unmodifiableMap(byType), skip,
                failure, System.nanoTime() - t0, notes(nulBytes));
        if (readError != null) {
            throw new PartialReadException(outcome, readError);
        }
        return outcome;
    }

    /** What a user should know of an input that was scanned: that it held NUL bytes, read as text. */
    private static List<String> notes(long nulBytes) {
        if (nulBytes == 0) {
            return List.of();
        }
        return List.of("scanned as text despite " + nulBytes + (nulBytes == 1 ? " NUL byte" : " NUL bytes"));
    }
}
