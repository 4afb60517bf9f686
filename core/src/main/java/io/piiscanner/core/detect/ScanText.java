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

    /** Byte kinds for the window's one classifying pass: see {@link #tokenCount()}. */
    private static final byte OTHER = 0;
    private static final byte DIGIT = 1;
    private static final byte LETTER = 2;
    private static final byte MARK = 3;
    private static final byte[] KIND = new byte[256];
    /** Characters that may separate the digit groups of one cluster. */
    private static final boolean[] GAP = new boolean[256];

    static {
        for (int c = 0; c < 128; c++) {
            if (CharClass.DIGIT.contains((char) c)) {
                KIND[c] = DIGIT;
            } else if (CharClass.LETTER.contains((char) c)) {
                KIND[c] = LETTER;
            } else if (CharClass.TOKEN_MARK.contains((char) c)) {
                KIND[c] = MARK;
            }
        }
        for (char c : " -./(),+\t".toCharArray()) {
            GAP[c] = true;
        }
    }

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
    private final Index index;
    private final RegionFilter filter;

    /** What a window's views share: gate regions, digit clusters and tokens, each computed once. */
    private static final class Index {
        final Map<Gate, int[]> regions = new HashMap<>();
        int[] clusters;
        int[] tokenStarts;
        int[] tokenEnds;
        int tokens = -1;
    }

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
        this.index = new Index();
        this.filter = null;
    }

    private ScanText(ScanText shared, RegionFilter filter) {
        this.text = shared.text;
        this.bytes = shared.bytes;
        this.scanStart = shared.scanStart;
        this.scanEnd = shared.scanEnd;
        this.index = shared.index;
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

    /** The window's bytes; {@code text} is their ISO-8859-1 reading. Not to be modified. */
    byte[] bytes() {
        return bytes;
    }

    /**
     * The regions where a gate lets candidates be, as {@code [start0, end0, start1, end1, ...]}:
     * sorted, not overlapping, within the text, and only those that can hold a candidate starting
     * in the scanned range.
     */
    public int[] regions(Gate gate) {
        int[] all = index.regions.computeIfAbsent(gate, this::compute);
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

    /** Maximal runs of the gate's class within its length bounds, in one pass over the window. */
    private int[] runRegions(Gate.Runs gate) {
        CharClass cls = gate.chars();
        if (gate.required() != cls) {
            return runsHolding(gate);
        }
        if (cls == CharClass.ALNUM) {
            return alnumRegions(gate.minLength(), gate.maxLength());
        }
        byte[] b = bytes;
        int n = text.length();
        int min = gate.minLength();
        int max = gate.maxLength();
        RegionList out = new RegionList();
        // A run of at least min bytes covers a multiple of min: probing those alone finds every
        // one, reading a fraction of the window where runs are short.
        int probe = min - 1;
        while (probe < n) {
            if (!cls.contains(b[probe])) {
                probe += min;
                continue;
            }
            int start = probe;
            while (start > 0 && cls.contains(b[start - 1])) {
                start--;
            }
            int end = cls.indexNotIn(b, probe, n);
            int len = end - start;
            if (len >= min && len <= max) {
                out.add(start, end);
            }
            probe = end + min;
        }
        return out.toArray();
    }

    /** Runs within length bounds that hold a required character, found from those characters. */
    private int[] runsHolding(Gate.Runs gate) {
        CharClass cls = gate.chars();
        byte[] b = bytes;
        int n = text.length();
        RegionList out = new RegionList();
        int i = gate.required().indexIn(b, 0, n);
        while (i < n) {
            int start = i;
            while (start > 0 && cls.contains(b[start - 1])) {
                start--;
            }
            int end = cls.indexNotIn(b, i, n);
            if (end - start >= gate.minLength() && end - start <= gate.maxLength()) {
                out.add(start, end);
            }
            i = gate.required().indexIn(b, end, n);
        }
        return out.toArray();
    }

    /** ALNUM runs within length bounds: the tokens of the classifying pass that start with ALNUM. */
    private int[] alnumRegions(int min, int max) {
        int count = tokenCount();
        int[] starts = index.tokenStarts;
        int[] ends = index.tokenEnds;
        RegionList out = new RegionList();
        for (int k = 0; k < count; k++) {
            int len = ends[k] - starts[k];
            if (len >= min && len <= max && isAlnum(KIND[bytes[starts[k]] & 0xff])) {
                out.add(starts[k], ends[k]);
            }
        }
        return out.toArray();
    }

    /**
     * The number of tokens in the window. A token is a maximal run of ASCII letters and digits, or
     * one of {@code + ( : /} that does not follow a letter or digit. Every built-in pattern starts
     * a match at a token's start (see {@link MatchStart}), so matching is only tried there. Computed
     * in one pass over the window, the first time it is asked for.
     */
    public int tokenCount() {
        if (index.tokens < 0) {
            tokenize();
        }
        return index.tokens;
    }

    /** Where token {@code k} starts. */
    public int tokenStart(int k) {
        return index.tokenStarts[k];
    }

    /** The index of the first token starting at or after {@code pos} ({@link #tokenCount()} if none). */
    public int firstTokenFrom(int pos) {
        return firstTokenFrom(pos, 0);
    }

    /**
     * The index of the first token at or after {@code pos}, searching from token {@code k} on:
     * galloping, so that walking a window's regions in order costs little however far apart.
     */
    public int firstTokenFrom(int pos, int k) {
        int count = tokenCount();
        int[] starts = index.tokenStarts;
        int lo = k;
        int step = 1;
        while (lo + step < count && starts[lo + step] < pos) {
            lo += step;
            step <<= 1;
        }
        int hi = Math.min(count, lo + step);
        // Token starts are distinct, so the insertion point is the first start at or after pos.
        int found = Arrays.binarySearch(starts, lo, hi, pos);
        return found >= 0 ? found : -found - 1;
    }

    private static boolean isAlnum(byte kind) {
        return kind == DIGIT || kind == LETTER;
    }

    /**
     * The window's one classifying pass: tokens, and digit clusters (digit runs joined by one to
     * {@link #MAX_GAP} of {@code " \t-./(),+"}). Hand-written: it reads every byte of every
     * window, the engine's hottest loop.
     */
    private void tokenize() {
        byte[] b = bytes;
        int n = text.length();
        int[] starts = new int[4096];
        int[] ends = new int[4096];
        int count = 0;
        int[] clusters = new int[768];
        int clusterCount = 0;
        int i = 0;
        while (i < n) {
            byte kind = KIND[b[i] & 0xff];
            if (kind == OTHER || (kind == MARK && i > 0 && isAlnum(KIND[b[i - 1] & 0xff]))) {
                i++;
                continue;
            }
            int start = i;
            if (kind == MARK) {
                i++;
            } else {
                while (i < n) {
                    byte k = KIND[b[i] & 0xff];
                    if (k == LETTER) {
                        i++;
                    } else if (k == DIGIT) {
                        int digitsFrom = i;
                        while (i < n && KIND[b[i] & 0xff] == DIGIT) {
                            i++;
                        }
                        if (clusterCount + 3 > clusters.length) {
                            clusters = Arrays.copyOf(clusters, clusters.length * 2);
                        }
                        if (clusterCount > 0 && joins(b, clusters[clusterCount - 2], digitsFrom)) {
                            clusters[clusterCount - 2] = i;
                            clusters[clusterCount - 1] += i - digitsFrom;
                        } else {
                            clusters[clusterCount++] = digitsFrom;
                            clusters[clusterCount++] = i;
                            clusters[clusterCount++] = i - digitsFrom;
                        }
                    } else {
                        break;
                    }
                }
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count++] = i;
        }
        index.tokenStarts = starts;
        index.tokenEnds = ends;
        index.tokens = count;
        index.clusters = Arrays.copyOf(clusters, clusterCount);
    }

    /** Whether the digits starting at {@code next} continue a cluster ending at {@code end}. */
    private static boolean joins(byte[] b, int end, int next) {
        if (next - end > MAX_GAP) {
            return false;
        }
        for (int j = end; j < next; j++) {
            if (!GAP[b[j] & 0xff]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Digit clusters of the whole text as {@code [start, end, digitCount, ...]}, from the
     * classifying pass; they serve every digit-gated detector.
     */
    private int[] digitClusters() {
        tokenCount();
        return index.clusters;
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
