package io.piiscanner.core.detect;

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

    private final String text;
    private final int scanStart;
    private final int scanEnd;
    private final Map<Gate, int[]> regions = new HashMap<>();
    private int[] clusters;

    public ScanText(String text, int scanStart, int scanEnd) {
        if (scanStart < 0 || scanEnd < scanStart || scanEnd > text.length()) {
            throw new IllegalArgumentException("bad scan range " + scanStart + ".." + scanEnd);
        }
        this.text = text;
        this.scanStart = scanStart;
        this.scanEnd = scanEnd;
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
        return regions.computeIfAbsent(gate, this::compute);
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
        RegionList out = new RegionList();
        CharClass cls = gate.chars();
        int from = Math.max(0, scanStart - gate.maxLength());
        int n = text.length();
        int i = from;
        while (i < n) {
            if (!cls.contains(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && cls.contains(text.charAt(i))) {
                i++;
            }
            int len = i - start;
            if (len >= gate.minLength() && len <= gate.maxLength()) {
                out.add(start, i);
            }
            if (start >= scanEnd) {
                break;
            }
        }
        return out.toArray();
    }

    /**
     * Digit clusters of the whole text as {@code [start, end, digitCount, ...]}. One pass over the
     * window serves every digit-gated detector.
     */
    private int[] digitClusters() {
        if (clusters != null) {
            return clusters;
        }
        int[] out = new int[96];
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int digits = 0;
            while (i < n) {
                char d = text.charAt(i);
                if (d >= '0' && d <= '9') {
                    digits++;
                    i++;
                    end = i;
                    continue;
                }
                int gap = 0;
                while (i < n && gap <= MAX_GAP && isGap(text.charAt(i))) {
                    i++;
                    gap++;
                }
                if (gap == 0 || gap > MAX_GAP || i >= n || text.charAt(i) < '0' || text.charAt(i) > '9') {
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
        clusters = Arrays.copyOf(out, count);
        return clusters;
    }

    private static boolean isGap(char c) {
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
