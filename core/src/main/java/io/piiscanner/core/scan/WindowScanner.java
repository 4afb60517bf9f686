package io.piiscanner.core.scan;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorLimitException;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.detect.WindowWorkspace;
import io.piiscanner.core.format.ContentSniffer;
import io.piiscanner.core.format.CorruptInputException;
import io.piiscanner.core.format.DecompressionBombException;
import io.piiscanner.core.format.FieldLocator;
import io.piiscanner.core.format.JsonEscapes;
import io.piiscanner.core.format.LineTracker;
import io.piiscanner.core.swar.Swar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Runs detectors over an input in fixed-size windows, so memory stays bounded whatever the size
 * of the input or of its lines. Each window keeps {@link #KEEP} bytes before and
 * {@link #LOOKAHEAD} bytes after the range it scans, so that a candidate on a window edge is seen
 * whole, with its context, exactly once.
 *
 * <p>In JSON, detectors read a window with the escapes of its strings decoded ({@link JsonEscapes}),
 * and what they find is reported at the raw bytes it was decoded from, masked as decoded.
 *
 * <p>A run ends early, as a failure of its input alone, when the input turns out damaged, grows
 * past the decompression limits or cannot be read further (what was read before is scanned
 * first), or when scanning a window throws: findings of the windows before are kept, the
 * window's own are dropped. Until the first window is scanned nothing has been reported, so a
 * read error or decompression limit met there is thrown instead: the input is skipped whole.
 */
final class WindowScanner {

    /** Bytes scanned per window. */
    static final int CHUNK = 1 << 20;
    /** Bytes kept before a window for context and look-behind (the longest context window). */
    static final int KEEP = 512;
    /** Bytes after a window visible for look-ahead and context. */
    static final int LOOKAHEAD = 2048;
    /** Longest candidate kept: one can start at the window's end and must end inside it. */
    static final int MAX_CANDIDATE = LOOKAHEAD - KEEP;

    /** Receives each scanned window with the findings that start in it. */
    interface WindowListener {
        void window(byte[] buf, int scanStart, int scanEnd, long base, List<Emitted> findings) throws IOException;
    }

    /** A finding with where it sits in the input's structure. */
    record Emitted(Finding finding, boolean quoted) {}

    /**
     * A candidate, in the text the detectors read, with its span in the raw window: the same but
     * where JSON escapes were decoded.
     */
    private record Scored(
            Detector detector,
            Candidate candidate,
            int start,
            int end,
            double confidence,
            String field,
            boolean quoted,
            int order) {}

    private static final Comparator<Scored> BY_POSITION = Comparator.comparingInt(Scored::start)
            .thenComparing(Comparator.comparingInt(Scored::end).reversed());

    private final String path;
    private final List<Detector> detectors;
    private final double minConfidence;
    private final Fingerprinter fingerprinter;
    private final FieldLocator locator;
    /** See {@link PreparedDetectors#gatedRule}. */
    private final int[] gatedRule;

    /** See {@link PreparedDetectors#scorers}. */
    private final ContextScorer[] scorers;

    private final ContextIndex.Words gatedWords;
    private final LineTracker lines = new LineTracker();
    /** Decodes JSON escapes, for JSON input; null for other formats. */
    private final JsonEscapes escapes;
    /** {@link #escapes} while the window being scanned reads decoded; null while it reads as it is. */
    private JsonEscapes decoded;
    /** The token arrays of the window being scanned, reused by the next. */
    private final WindowWorkspace workspace = new WindowWorkspace();

    private long locatorAt;
    private String lastLabel;
    private String lastNormalized;
    private long linesAt;
    private long lastEmittedEnd;

    /**
     * @param json true when the input is JSON, whose string escapes detectors read decoded
     */
    WindowScanner(
            String path,
            PreparedDetectors prepared,
            double minConfidence,
            Fingerprinter fingerprinter,
            FieldLocator locator,
            boolean json) {
        this.path = path;
        this.detectors = prepared.detectors;
        this.minConfidence = minConfidence;
        this.fingerprinter = fingerprinter;
        this.locator = locator;
        this.gatedRule = prepared.gatedRule;
        this.scorers = prepared.scorers;
        this.gatedWords = prepared.gatedWords;
        this.escapes = json ? new JsonEscapes() : null;
    }

    /**
     * Result of a run.
     *
     * @param bytes      bytes scanned: all of the input, or those before the failure
     * @param skipReason why the input was not scanned at all, or {@code null}
     * @param failure    why the run stopped before the end of the input, or {@code null}
     * @param nulBytes   NUL bytes among the bytes scanned: text may hold a few
     * @param readError  the error that stopped reading partway, or {@code null}
     */
    record Run(long bytes, String skipReason, String failure, long nulBytes, IOException readError) {}

    /** A detector's error, with the detector named. */
    private static final class DetectorFailure extends RuntimeException {
        DetectorFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Scans a short text held whole, such as a name, as one window: no binary sniffing, no reading.
     * The text must fit a window ({@link #CHUNK} bytes).
     */
    List<Emitted> scanWhole(byte[] text) {
        if (text.length > CHUNK) {
            throw new IllegalArgumentException("a text scanned whole holds at most " + CHUNK + " bytes");
        }
        return text.length == 0 ? List.of() : scanWindow(text, text.length, 0, text.length, 0);
    }

    Run run(InputStream in, WindowListener listener) throws IOException {
        byte[] buf = new byte[KEEP + CHUNK + LOOKAHEAD];
        int len = 0;
        int scanStart = 0;
        long base = 0;
        boolean eof = false;
        boolean first = true;
        String damage = null;
        long nulBytes = 0;
        IOException readError = null;
        while (true) {
            while (len < buf.length && !eof) {
                int n;
                try {
                    n = in.read(buf, len, buf.length - len);
                } catch (CorruptInputException | DecompressionBombException e) {
                    if (first && e instanceof DecompressionBombException) {
                        throw e;
                    }
                    // What was read before is good: it is scanned like the end of the input.
                    damage = e.getMessage();
                    n = -1;
                } catch (IOException e) {
                    if (first) {
                        throw e;
                    }
                    damage = "read error: " + readReason(e);
                    readError = e;
                    n = -1;
                }
                if (n < 0) {
                    eof = true;
                } else {
                    len += n;
                }
            }
            if (first) {
                first = false;
                String reason = ContentSniffer.binaryReason(buf, Math.min(len, ContentSniffer.SNIFF_BYTES));
                if (reason != null) {
                    return new Run(0, reason, null, 0, null);
                }
            }
            int scanEnd = eof ? len : len - LOOKAHEAD;
            if (scanEnd > scanStart) {
                List<Emitted> found;
                try {
                    found = scanWindow(buf, len, scanStart, scanEnd, base);
                } catch (Throwable t) {
                    if (!containable(t)) {
                        throw t;
                    }
                    return new Run(base + scanStart, null, reason(t), nulBytes, null);
                }
                nulBytes += Swar.count(buf, scanStart, scanEnd, (byte) 0);
                // Outside the try: an error of the listener is the caller's, not this input's.
                listener.window(buf, scanStart, scanEnd, base, found);
            }
            if (eof) {
                return new Run(base + len, null, damage, nulBytes, readError);
            }
            int keepFrom = Math.max(0, scanEnd - KEEP);
            System.arraycopy(buf, keepFrom, buf, 0, len - keepFrom);
            len -= keepFrom;
            base += keepFrom;
            scanStart = scanEnd - keepFrom;
        }
    }

    private List<Emitted> scanWindow(byte[] buf, int len, int scanStart, int scanEnd, long base) {
        decoded = escapes != null && escapes.decode(buf, len, base > 0) ? escapes : null;
        byte[] bytes = decoded == null ? buf : decoded.bytes();
        int length = decoded == null ? len : decoded.length();
        int from = decoded == null ? scanStart : decoded.decodedAt(scanStart);
        int to = decoded == null ? scanEnd : decoded.decodedAt(scanEnd);
        String text = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        ScanText scanText = new ScanText(text, bytes, from, to, workspace);
        List<Scored> raw = new ArrayList<>();
        ContextIndex index = null;
        // The field names candidates of this window can have: none in plain text, the header in
        // CSV, the keys in reach in JSON; normalized once, then matched against each gated rule.
        List<String> labels = normalized(locator.labelsAhead(buf, (int) (locatorAt - base), len));
        WindowLabels fieldLabels = null;
        boolean labelsRead = false;
        for (int i = 0; i < detectors.size(); i++) {
            Detector d = detectors.get(i);
            int order = i;
            ScanText view = scanText;
            int rule = gatedRule[i];
            if (rule >= 0 && labels != null) {
                // A detector whose context is required only looks where a candidate can get it:
                // where one of its context words is in reach in the text, or in the values of a
                // field whose name supports it, as the locator will name them when scoring.
                WindowLabels.Spans named = WindowLabels.Spans.NONE;
                if (anySupports(scorers[i], labels)) {
                    if (!labelsRead) {
                        labelsRead = true;
                        fieldLabels = WindowLabels.read(locator, buf, (int) (locatorAt - base), scanEnd);
                    }
                    // A locator that cannot tell leaves the detector the whole window.
                    named = fieldLabels == null ? null : fieldLabels.supporting(scorers[i]);
                }
                if (named != null) {
                    if (index == null) {
                        index = new ContextIndex(gatedWords, scanText);
                    }
                    ContextIndex words = index;
                    if (!words.any(rule) && named.isEmpty()) {
                        continue;
                    }
                    WindowLabels.Spans fields = named;
                    view = scanText.filtered((start, end) ->
                            words.near(rule, start, end) || fields.overlaps(rawStart(start), rawEnd(end)));
                }
            }
            try {
                d.find(view, c -> {
                    if (c.start() >= from && c.start() < to && c.end() <= length) {
                        int start = rawStart(c.start());
                        int end = rawEnd(c.end());
                        if (end - start <= MAX_CANDIDATE) {
                            raw.add(new Scored(d, c, start, end, 0, null, false, order));
                        }
                    }
                });
            } catch (Throwable t) {
                if (!containable(t)) {
                    throw t;
                }
                throw new DetectorFailure("detector '" + d.id() + "' failed: " + describe(t), t);
            }
        }
        List<Emitted> out = new ArrayList<>();
        if (!raw.isEmpty()) {
            raw.sort(BY_POSITION);
            List<Scored> kept = resolve(score(raw, buf, text, base, index));
            for (Scored s : kept) {
                out.add(emit(s, buf, text, base));
            }
        }
        advanceLocator(buf, base, base + scanEnd);
        advanceLines(buf, base, base + scanEnd);
        return out;
    }

    /**
     * Whether a throwable from scanning a window can be contained to its input. A
     * StackOverflowError has unwound by the time it is caught, leaving nothing half-done outside
     * this input's scan. The other VirtualMachineErrors are not: an OutOfMemoryError comes from a
     * heap shared with every other scan and may have struck in any of them, and an InternalError
     * or UnknownError means the JVM itself is broken; those stop the whole run.
     */
    private static boolean containable(Throwable t) {
        return t instanceof StackOverflowError || !(t instanceof VirtualMachineError);
    }

    /** One line for a failed input: which detector, and what went wrong, without the message of an unknown error. */
    private static String reason(Throwable t) {
        return t instanceof DetectorFailure ? t.getMessage() : "scan failed: " + describe(t);
    }

    /** Why reading stopped, in one line: the file system's reason, else the message, never a stack trace. */
    private static String readReason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse("");
    }

    /**
     * What went wrong: a limit's own message, else only the throwable's class, since messages of
     * other errors may quote the text being scanned.
     */
    private static String describe(Throwable t) {
        return t instanceof DetectorLimitException
                ? t.getMessage()
                : t.getClass().getSimpleName();
    }

    private static List<String> normalized(List<String> labels) {
        return labels == null
                ? null
                : labels.stream().map(ContextScorer::normalizeLabel).toList();
    }

    /** Whether one of these normalized labels supports the rule. */
    private static boolean anySupports(ContextScorer scorer, List<String> labels) {
        for (String label : labels) {
            if (scorer.supports(label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Scores the candidates in order; {@code words}, when the window has one, tells where the
     * context words of gated detectors are, so that a candidate with no such word in reach and no
     * field name to supply one is dropped without reading its context.
     */
    private List<Scored> score(List<Scored> sorted, byte[] buf, String text, long base, ContextIndex words) {
        List<Scored> scored = new ArrayList<>(sorted.size());
        for (Scored s : sorted) {
            Candidate c = s.candidate();
            if (base + s.start() < lastEmittedEnd) {
                continue;
            }
            advanceLocator(buf, base, base + s.start());
            if (locator.crossesBoundary(text, c.start(), c.end())) {
                continue;
            }
            String label = normalizedLabel(locator.fieldLabel());
            int rule = gatedRule[s.order()];
            if (rule >= 0
                    && words != null
                    && !words.near(rule, c.start(), c.end())
                    && (label == null || !scorers[s.order()].supports(label))) {
                continue;
            }
            double confidence = scorers[s.order()].score(c.score(), text, c.start(), c.end(), label);
            if (confidence >= minConfidence) {
                locator.valueFound();
                scored.add(new Scored(
                        s.detector(),
                        c,
                        s.start(),
                        s.end(),
                        confidence,
                        locator.field(),
                        locator.inQuotedValue(),
                        s.order()));
            }
        }
        return scored;
    }

    /** The normalized form of a field label; labels repeat from candidate to candidate, so the last is kept. */
    private String normalizedLabel(String label) {
        if (!Objects.equals(label, lastLabel)) {
            lastLabel = label;
            lastNormalized = ContextScorer.normalizeLabel(label);
        }
        return lastNormalized;
    }

    /** Keeps, of each group of overlapping candidates, the most confident (then longest, then first). */
    private static List<Scored> resolve(List<Scored> sorted) {
        List<Scored> kept = new ArrayList<>(sorted.size());
        for (Scored s : sorted) {
            if (kept.isEmpty()) {
                kept.add(s);
                continue;
            }
            Scored last = kept.get(kept.size() - 1);
            if (s.start() >= last.end()) {
                kept.add(s);
            } else if (better(s, last)) {
                kept.set(kept.size() - 1, s);
            }
        }
        return kept;
    }

    private static boolean better(Scored a, Scored b) {
        if (a.confidence() != b.confidence()) {
            return a.confidence() > b.confidence();
        }
        int lenA = a.end() - a.start();
        int lenB = b.end() - b.start();
        if (lenA != lenB) {
            return lenA > lenB;
        }
        return a.order() < b.order();
    }

    private Emitted emit(Scored s, byte[] buf, String text, long base) {
        Candidate c = s.candidate();
        String value = text.substring(c.start(), c.end());
        advanceLines(buf, base, base + s.start());
        Detector d = s.detector();
        String masked = new String(d.mask(value).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        String fingerprint = fingerprinter == null ? null : fingerprinter.fingerprint(d.normalize(value));
        lastEmittedEnd = base + s.end();
        Finding f = new Finding(
                path,
                d.type(),
                base + s.start(),
                base + s.end(),
                lines.line(),
                lines.column(),
                round(s.confidence()),
                masked,
                d.id(),
                s.field(),
                fingerprint,
                c.detail());
        return new Emitted(f, s.quoted());
    }

    /** The raw window offset of the detectors' text offset {@code i}. */
    private int rawStart(int i) {
        return decoded == null ? i : decoded.rawStart(i);
    }

    /** The raw window offset just after the value ending at the detectors' text offset {@code end}. */
    private int rawEnd(int end) {
        return decoded == null ? end : decoded.rawEnd(end);
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    private void advanceLocator(byte[] buf, long base, long to) {
        if (to > locatorAt) {
            locator.consume(buf, (int) (locatorAt - base), (int) (to - base));
            locatorAt = to;
        }
    }

    private void advanceLines(byte[] buf, long base, long to) {
        if (to > linesAt) {
            lines.consume(buf, (int) (linesAt - base), (int) (to - base));
            linesAt = to;
        }
    }
}
