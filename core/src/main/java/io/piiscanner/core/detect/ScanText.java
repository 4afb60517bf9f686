package io.piiscanner.core.detect;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A window of input handed to detectors.
 *
 * <p>Input is treated as bytes: each byte is one {@code char} (ISO-8859-1), so offsets into the
 * text are byte offsets into the input, invalid UTF-8 can never fail decoding, and every pattern
 * that matters here (digits, ASCII letters, punctuation) matches as usual. Non-ASCII letters
 * appear as their UTF-8 bytes, which are never word characters.
 *
 * <p>Detectors report candidates that start in {@code [scanStart, scanEnd)}. The characters
 * before {@code scanStart} and after {@code scanEnd} are there for look-around only.
 *
 * <p>Not thread-safe: a window is scanned by one thread, and its {@link #regions gate regions}
 * are computed once and shared by the detectors that use the same gate.
 */
public final class ScanText {

    private static final int MAX_GAP = 3;

    /** Keeps or drops a gate region; lets the engine skip regions no candidate could survive. */
    @FunctionalInterface
    public interface RegionFilter {
        boolean keep(int start, int end);
    }

    private final String text;
    /** The same characters as bytes: the gate loops read them without String's per-char checks. */
    private final byte[] bytes;
    private final int scanStart;
    private final int scanEnd;
    private final Map<Gate, int[]> regions;
    private final int[][] clusters;
    private final Map<CharClass, int[]> runs;
    private final RegionFilter filter;

    public ScanText(String text, int scanStart, int scanEnd) {
        this(text, text.getBytes(StandardCharsets.ISO_8859_1), scanStart, scanEnd);
    }

    /**
     * A window over {@code bytes}, of which {@code text} is the ISO-8859-1 decoding of the first
     * {@code text.length()} bytes; lets the engine pass its buffer without a second copy.
     */
    public ScanText(String text, byte[] bytes, int scanStart, int scanEnd) {
        if (scanStart < 0 || scanEnd < scanStart || scanEnd > text.length() || bytes.length < text.length()) {
            throw new IllegalArgumentException("bad scan range " + scanStart + ".." + scanEnd);
        }
        this.text = text;
        this.bytes = bytes;
        this.scanStart = scanStart;
        this.scanEnd = scanEnd;
        this.regions = new HashMap<>();
        this.clusters = new int[1][];
        this.runs = new HashMap<>();
        this.filter = null;
    }

    private ScanText(ScanText shared, RegionFilter filter) {
        this.text = shared.text;
        this.bytes = shared.bytes;
        this.scanStart = shared.scanStart;
        this.scanEnd = shared.scanEnd;
        this.regions = shared.regions;
        this.clusters = shared.clusters;
        this.runs = shared.runs;
        this.filter = filter;
    }

    /** The same window, sharing its gate computations, whose regions also pass {@code filter}. */
    public ScanText filtered(RegionFilter regionFilter) {
        return new ScanText(this, regionFilter);
    }

    /** A text whose whole length is scanned. */
    public static ScanText of(String text) {
        return new ScanText(text, 0, text.length());
    }

    /** The window, including look-around on both sides. */
    public String text() {
        return text;
    }

    public int scanStart() {
        return scanStart;
    }

    public int scanEnd() {
        return scanEnd;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int i) {
        return text.charAt(i);
    }

    /**
     * The regions where a gate lets candidates be, as {@code [start0, end0, start1, end1, ...]}:
     * sorted, not overlapping, within the text, and only those that can hold a candidate starting
     * in the scanned range.
     */
    public int[] regions(Gate gate) {
        int[] all = regions.computeIfAbsent(gate, this::compute);
        if (filter == null) {
            return all;
        }
        int[] kept = new int[all.length];
        int n = 0;
        for (int i = 0; i < all.length; i += 2) {
            if (filter.keep(all[i], all[i + 1])) {
                kept[n++] = all[i];
                kept[n++] = all[i + 1];
            }
        }
        return n == all.length ? all : Arrays.copyOf(kept, n);
    }

    private int[] compute(Gate gate) {
        if (gate instanceof Gate.Digits d) {
            return digitRegions(d);
        }
        if (gate instanceof Gate.Runs r) {
            return runRegions(r);
        }
        return new int[] {scanStart, text.length()};
    }

    private int[] digitRegions(Gate.Digits gate) {
        int[] c = digitClusters();
        RegionList out = new RegionList();
        for (int i = 0; i < c.length; i += 3) {
            if (c[i + 2] >= gate.minDigits()) {
                out.add(Math.max(0, c[i] - gate.before()), Math.min(text.length(), c[i + 1] + gate.after()));
            }
        }
        return out.toArray();
    }

    private int[] runRegions(Gate.Runs gate) {
        int[] runs = runs(gate.chars());
        RegionList out = new RegionList();
        for (int i = 0; i < runs.length; i += 2) {
            int len = runs[i + 1] - runs[i];
            if (len >= gate.minLength() && len <= gate.maxLength()) {
                out.add(runs[i], runs[i + 1]);
            }
        }
        return out.toArray();
    }

    /** Maximal runs of a character class in the whole text, computed once per class and window. */
    private int[] runs(CharClass cls) {
        int[] cached = runs.get(cls);
        if (cached != null) {
            return cached;
        }
        int[] out = new int[256];
        int count = 0;
        byte[] b = bytes;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!cls.contains(b[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && cls.contains(b[i])) {
                i++;
            }
            if (count + 2 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[count++] = start;
            out[count++] = i;
        }
        int[] result = Arrays.copyOf(out, count);
        runs.put(cls, result);
        return result;
    }

    /**
     * Digit clusters of the whole text as {@code [start, end, digitCount, ...]}. One pass over the
     * window serves every digit-gated detector.
     */
    private int[] digitClusters() {
        if (clusters[0] != null) {
            return clusters[0];
        }
        int[] out = new int[96];
        int count = 0;
        byte[] b = bytes;
        int n = text.length();
        int i = 0;
        while (i < n) {
            byte c = b[i];
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int digits = 0;
            while (i < n) {
                byte d = b[i];
                if (d >= '0' && d <= '9') {
                    digits++;
                    i++;
                    end = i;
                    continue;
                }
                int gap = 0;
                while (i < n && gap <= MAX_GAP && isGap(b[i])) {
                    i++;
                    gap++;
                }
                if (gap == 0 || gap > MAX_GAP || i >= n || b[i] < '0' || b[i] > '9') {
                    break;
                }
            }
            if (count + 3 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[count++] = start;
            out[count++] = end;
            out[count++] = digits;
            i = Math.max(i, end);
        }
        clusters[0] = Arrays.copyOf(out, count);
        return clusters[0];
    }

    private static boolean isGap(byte c) {
        return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == ',' || c == '+'
                || c == '\t';
    }

    /** Accumulates regions, merging those that overlap or touch and dropping those out of range. */
    private final class RegionList {
        private int[] a = new int[64];
        private int n;

        void add(int start, int end) {
            if (start >= scanEnd || end <= scanStart) {
                return;
            }
            if (n > 0 && start <= a[n - 1]) {
                a[n - 1] = Math.max(a[n - 1], end);
                return;
            }
            if (n + 2 > a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = start;
            a[n++] = end;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
