package io.piiscanner.core.detect;

import io.piiscanner.core.swar.Swar;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

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

    /** Characters that may separate the digit groups of one cluster. */
    private static final boolean[] GAP = new boolean[256];

    static {
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
        int[] longClusters;
        int[] tokenStarts;
        int[] tokenEnds;
        int[] wordStarts;
        int words;
        /** Each token's {@link Leads lead}. */
        byte[] tokenLeads;

        int tokens = -1;
        final Map<Leads, int[]> startsByLeads = new HashMap<>();
    }

    /**
     * The arrays of a window's classifying pass, kept for the next window: a scanner that reads
     * one window after another passes the same workspace to each, and its windows allocate no
     * token arrays (a few megabytes per window otherwise, most of the pass's cost in zeroing and
     * page faults). A workspace serves one window at a time: the window it served before is not
     * to be used after it serves the next.
     */
    public static final class Workspace {
        private int[] starts = new int[0];
        private int[] ends = new int[0];
        private byte[] leads = new byte[0];
        private int[] wordStarts = new int[0];
        private int[] scratch = new int[0];

        void reserve(int tokens, int words) {
            if (starts.length < tokens) {
                int capacity = Math.max(tokens, starts.length + (starts.length >> 1));
                starts = new int[capacity];
                ends = new int[capacity];
                leads = new byte[capacity];
            }
            if (wordStarts.length < words) {
                wordStarts = new int[Math.max(words, wordStarts.length + (wordStarts.length >> 1))];
            }
        }
    }

    private final Workspace workspace;

    public ScanText(String text, int scanStart, int scanEnd) {
        this(text, text.getBytes(StandardCharsets.ISO_8859_1), scanStart, scanEnd);
    }

    /**
     * A window over {@code bytes}, of which {@code text} is the ISO-8859-1 decoding of the first
     * {@code text.length()} bytes; lets the engine pass its buffer without a second copy.
     */
    public ScanText(String text, byte[] bytes, int scanStart, int scanEnd) {
        this(text, bytes, scanStart, scanEnd, null);
    }

    /**
     * As {@link #ScanText(String, byte[], int, int)}, with its token arrays in {@code workspace}
     * (see {@link Workspace}); a null workspace gives the window arrays of its own.
     */
    public ScanText(String text, byte[] bytes, int scanStart, int scanEnd, Workspace workspace) {
        if (scanStart < 0 || scanEnd < scanStart || scanEnd > text.length() || bytes.length < text.length()) {
            throw new IllegalArgumentException("bad scan range " + scanStart + ".." + scanEnd);
        }
        this.text = text;
        this.bytes = bytes;
        this.scanStart = scanStart;
        this.scanEnd = scanEnd;
        this.index = new Index();
        this.filter = null;
        this.workspace = workspace;
    }

    private ScanText(ScanText shared, RegionFilter filter) {
        this.text = shared.text;
        this.bytes = shared.bytes;
        this.scanStart = shared.scanStart;
        this.scanEnd = shared.scanEnd;
        this.index = shared.index;
        this.filter = filter;
        this.workspace = shared.workspace;
    }

    /** The same window, sharing its gate computations, whose regions also pass {@code filter}. */
    public ScanText filtered(RegionFilter regionFilter) {
        return new ScanText(this, regionFilter);
    }

    /**
     * Whether this view's region filter keeps a candidate spanning {@code [start, end)}, as it
     * keeps regions; always true without a filter. Lets a detector whose candidates cost much to
     * confirm skip, inside a region the filter keeps, those that the engine would drop.
     */
    public boolean keeps(int start, int end) {
        return filter == null || filter.keep(start, end);
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
        int[] c = gate.minDigits() >= LONG_CLUSTER ? longClusters() : digitClusters();
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
            if (len >= min && len <= max && index.tokenLeads[k] != 0) {
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

    /**
     * A set of token leads. A token's lead describes how it starts, in a byte: 0 for a mark token,
     * else the length of its first run (its letters when it starts with a letter, its digits when
     * with a digit; capped at {@link ScanText#MAX_LEAD}), plus {@link ScanText#LETTER_RUN} when that run
     * is letters and {@link ScanText#MORE} when the token goes on after it: {@code AB12} leads with
     * two letters and more, {@code 123} with three digits alone. Each component holds one bit per
     * first-run length (bit 0 of {@code digitsAlone}: mark tokens).
     */
    record Leads(long digitsAlone, long lettersAlone, long digitsMore, long lettersMore) {

        /** Every lead. */
        static final Leads ANY = new Leads(-1L, -1L, -1L, -1L);

        /** These leads as a table over the lead byte. */
        boolean[] table() {
            boolean[] ok = new boolean[256];
            for (int l = 0; l < ok.length; l++) {
                ok[l] = contains(l);
            }
            return ok;
        }

        boolean contains(int lead) {
            long bits = switch (lead >>> 6) {
                case 0 -> digitsAlone;
                case 1 -> lettersAlone;
                case 2 -> digitsMore;
                default -> lettersMore;
            };
            return (bits >>> lead & 1) != 0;
        }

        /** Tokens starting with a digit start with {@code min..max} of them (mark tokens stay). */
        Leads digits(int min, int max) {
            long m = lengths(min, max);
            return new Leads(digitsAlone & (m | 1), lettersAlone, digitsMore & m, lettersMore);
        }

        /** Tokens starting with a letter start with {@code min..max} of them. */
        Leads letters(int min, int max) {
            long m = lengths(min, max);
            return new Leads(digitsAlone, lettersAlone & m, digitsMore, lettersMore & m);
        }

        /**
         * Only the leads a token starting on a character of {@code first} can have: no letter
         * leads without letters, and so on. Lists fewer leads, so that more sets are one lead.
         */
        Leads startingWith(CharClass first) {
            boolean digits = false;
            boolean letters = false;
            boolean marks = false;
            for (char c = 0; c < 128; c++) {
                if (first.contains(c)) {
                    digits |= CharClass.DIGIT.contains(c);
                    letters |= CharClass.LETTER.contains(c);
                    marks |= CharClass.TOKEN_MARK.contains(c);
                }
            }
            long markBit = marks ? digitsAlone & 1 : 0;
            return new Leads(
                    digits ? digitsAlone & ~1L | markBit : markBit,
                    letters ? lettersAlone : 0,
                    digits ? digitsMore : 0,
                    letters ? lettersMore : 0);
        }

        /** The one lead in this set, or -1 when it holds none or several. */
        int single() {
            long[] bits = {digitsAlone, lettersAlone, digitsMore, lettersMore};
            int found = -1;
            for (int kind = 0; kind < bits.length; kind++) {
                int n = Long.bitCount(bits[kind]);
                if (n > 1 || (n == 1 && found >= 0)) {
                    return -1;
                }
                if (n == 1) {
                    found = kind * 64 + Long.numberOfTrailingZeros(bits[kind]);
                }
            }
            return found;
        }

        /** Tokens starting with a digit have nothing after their digits. */
        Leads digitsOnly() {
            return new Leads(digitsAlone, lettersAlone, 0, lettersMore);
        }

        /** Tokens starting with a letter go on after their letters. */
        Leads lettersThenMore() {
            return new Leads(digitsAlone, 0, digitsMore, lettersMore);
        }

        /** The lengths {@code min..max} as bits; bit 63 stands for 63 and more, bit 0 for none. */
        private static long lengths(int min, int max) {
            if (min < 1 || max < min) {
                throw new IllegalArgumentException("bad lead length " + min + ".." + max);
            }
            if (min > MAX_LEAD) {
                return 0;
            }
            long upTo = max >= MAX_LEAD ? -1L : (1L << (max + 1)) - 1;
            return upTo & -(1L << min);
        }
    }

    /** The longest first run a {@link Leads lead} tells apart: longer ones count as this long. */
    static final int MAX_LEAD = 63;
    /** In a {@link Leads lead}: the first run is letters. */
    static final int LETTER_RUN = 64;
    /** In a {@link Leads lead}: the token goes on after its first run. */
    static final int MORE = 128;

    /** Every token start, sorted; the first {@link #tokenCount()} are valid. Not to be modified. */
    int[] tokenStarts() {
        tokenCount();
        return index.tokenStarts;
    }

    /**
     * The number of runs of ASCII letters in the window: the word starts at which context words
     * are looked for ({@link #wordStart}), in order. From the classifying pass.
     */
    public int wordStartCount() {
        tokenCount();
        return index.words;
    }

    /** Where word {@code k} starts, for {@code k} below {@link #wordStartCount()}. */
    public int wordStart(int k) {
        return index.wordStarts[k];
    }

    /** Each token's {@link Leads lead}; the first {@link #tokenCount()} are valid. Not to be modified. */
    byte[] tokenLeads() {
        tokenCount();
        return index.tokenLeads;
    }

    /**
     * A scratch array of at least {@code length} ints for one detector's use at a time, such as
     * the positions {@link MatchStart} tries: the workspace's, reused from window to window.
     */
    int[] scratch(int length) {
        if (workspace == null) {
            return new int[length];
        }
        if (workspace.scratch.length < length) {
            workspace.scratch = new int[Math.max(length, workspace.scratch.length + (workspace.scratch.length >> 1))];
        }
        return workspace.scratch;
    }

    /**
     * The starts of the tokens whose lead is in {@code leads}, sorted. Computed once per window
     * for each set, by one pass over the leads (a byte per token), so that a detector visits only
     * the tokens it could start on. Not to be modified.
     */
    int[] tokenStarts(Leads leads) {
        return index.startsByLeads.computeIfAbsent(leads, this::filterStarts);
    }

    private int[] filterStarts(Leads leads) {
        int count = tokenCount();
        byte[] lead = index.tokenLeads;
        int[] starts = index.tokenStarts;
        int[] out = new int[256];
        int n = 0;
        int k = 0;
        int single = leads.single();
        if (single >= 0) {
            // One lead, such as an IBAN's two letters and more: eight leads compared at a time.
            long wanted = Swar.repeat((byte) single);
            for (; k + 8 <= count; k += 8) {
                long hits = Swar.zeroBytes(Swar.word(lead, k) ^ wanted);
                while (hits != 0) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = starts[k + (Long.numberOfTrailingZeros(hits) >>> 3)];
                    hits &= hits - 1;
                }
            }
        }
        boolean[] ok = single >= 0 ? null : leads.table();
        for (; k < count; k++) {
            if (ok == null ? (lead[k] & 0xff) == single : ok[lead[k] & 0xff]) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = starts[k];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The index of the first element of the sorted {@code a[0, count)} at or after {@code pos},
     * searching from index {@code k} on ({@code count} if none): galloping, so that walking a
     * window's regions in order costs little however far apart they are.
     */
    static int lowerBound(int[] a, int count, int k, int pos) {
        // Regions are usually near one another: look at the next few before searching.
        for (int end = Math.min(count, k + 4); k < end; k++) {
            if (a[k] >= pos) {
                return k;
            }
        }
        int lo = k;
        int step = 1;
        while (lo + step < count && a[lo + step] < pos) {
            lo += step;
            step <<= 1;
        }
        int hi = Math.min(count, lo + step);
        if (lo >= hi) {
            return lo;
        }
        // Elements are distinct, so the insertion point is the first at or after pos.
        int found = Arrays.binarySearch(a, lo, hi, pos);
        return found >= 0 ? found : -found - 1;
    }

    /**
     * The window's one classifying pass: tokens with their {@link Leads leads}, and digit clusters
     * (digit runs joined by one to {@link #MAX_GAP} of {@code " \t-./(),+"}), read off the
     * window's {@link ByteClasses} bitmaps a word of 64 bytes at a time.
     */
    private void tokenize() {
        byte[] b = bytes;
        int n = text.length();
        ByteClasses classes = ByteClasses.of(b, n);
        long[] alnum = classes.alnum;
        long[] digits = classes.digits;
        long[] letters = classes.letters;
        long[] marks = classes.marks;
        int words = classes.words();
        // Counted first, so that each array is allocated once at its size.
        int tokenCount = 0;
        int runCount = 0;
        int wordCount = 0;
        long carry = 0;
        long digitCarry = 0;
        long letterCarry = 0;
        for (int word = 0; word < words; word++) {
            long a = alnum[word];
            long d = digits[word];
            long l = letters[word];
            tokenCount += Long.bitCount((a | marks[word]) & ~(a << 1 | carry));
            runCount += Long.bitCount(d & ~(d << 1 | digitCarry));
            wordCount += Long.bitCount(l & ~(l << 1 | letterCarry));
            carry = a >>> 63;
            digitCarry = d >>> 63;
            letterCarry = l >>> 63;
        }
        Workspace arrays = workspace != null ? workspace : new Workspace();
        arrays.reserve(tokenCount, wordCount);
        int[] wordStarts = arrays.wordStarts;
        int w = 0;
        letterCarry = 0;
        for (int word = 0; word < words; word++) {
            long l = letters[word];
            long runStarts = l & ~(l << 1 | letterCarry);
            letterCarry = l >>> 63;
            while (runStarts != 0) {
                wordStarts[w++] = (word << 6) + Long.numberOfTrailingZeros(runStarts);
                runStarts &= runStarts - 1;
            }
        }
        int[] starts = arrays.starts;
        int[] ends = arrays.ends;
        byte[] leads = arrays.leads;
        int count = 0;
        Clusters clusters = new Clusters(runCount);
        // Whether the byte before the current word is alphanumeric, or a digit.
        long alnumBefore = 0;
        long digitBefore = 0;
        for (int word = 0; word < words; word++) {
            long a = alnum[word];
            long d = digits[word];
            long afterAlnum = a << 1 | alnumBefore;
            long runStarts = d & ~(d << 1 | digitBefore);
            alnumBefore = a >>> 63;
            digitBefore = d >>> 63;
            int base = word << 6;
            while (runStarts != 0) {
                int p = base + Long.numberOfTrailingZeros(runStarts);
                runStarts &= runStarts - 1;
                clusters.add(b, p, classes.nextClear(digits, p));
            }
            // A token starts on a letter or digit after none, or on a mark after none.
            long tokens = (a | marks[word]) & ~afterAlnum;
            while (tokens != 0) {
                int bit = Long.numberOfTrailingZeros(tokens);
                tokens &= tokens - 1;
                int p = base + bit;
                int end;
                int lead;
                if ((marks[word] >>> bit & 1) != 0) {
                    end = p + 1;
                    lead = 0;
                } else {
                    boolean letter = (letters[word] >>> bit & 1) != 0;
                    int firstRunEnd = classes.nextClear(letter ? letters : digits, p);
                    end = isSet(alnum, firstRunEnd) ? classes.nextClear(alnum, firstRunEnd) : firstRunEnd;
                    lead = Math.min(MAX_LEAD, firstRunEnd - p)
                            + (letter ? LETTER_RUN : 0)
                            + (end > firstRunEnd ? MORE : 0);
                }
                starts[count] = p;
                ends[count] = end;
                leads[count++] = (byte) lead;
            }
        }
        index.tokenStarts = starts;
        index.tokenEnds = ends;
        index.tokenLeads = leads;
        index.wordStarts = wordStarts;
        index.words = wordCount;
        index.tokens = count;
        index.clusters = clusters.toArray();
    }

    private static boolean isSet(long[] bits, int p) {
        return (bits[p >>> 6] >>> p & 1) != 0;
    }

    /** The digit clusters of {@link #tokenize()}, as {@code [start, end, digitCount, ...]}. */
    private static final class Clusters {
        private final int[] a;
        private int n;

        Clusters(int runs) {
            a = new int[3 * runs];
        }

        /** Adds the digit run {@code [start, end)}, after every run before it. */
        void add(byte[] b, int start, int end) {
            if (n > 0 && joins(b, a[n - 2], start)) {
                a[n - 2] = end;
                a[n - 1] += end - start;
            } else {
                a[n++] = start;
                a[n++] = end;
                a[n++] = end - start;
            }
        }

        int[] toArray() {
            return n == a.length ? a : Arrays.copyOf(a, n);
        }
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

    /** Digit gates needing this many digits or more read only the clusters that have as many. */
    private static final int LONG_CLUSTER = 7;

    /** The {@link #digitClusters()} with at least {@link #LONG_CLUSTER} digits: most gates need no others. */
    private int[] longClusters() {
        if (index.longClusters == null) {
            int[] c = digitClusters();
            int[] out = new int[c.length];
            int n = 0;
            for (int i = 0; i < c.length; i += 3) {
                if (c[i + 2] >= LONG_CLUSTER) {
                    out[n++] = c[i];
                    out[n++] = c[i + 1];
                    out[n++] = c[i + 2];
                }
            }
            index.longClusters = Arrays.copyOf(out, n);
        }
        return index.longClusters;
    }

    /**
     * Regions of {@code length} characters from each of the sorted {@code starts[0, count)} that
     * {@code keep} accepts, merged where they overlap, dropping those that cannot hold a
     * candidate starting in the scanned range.
     */
    int[] regionsFrom(int[] starts, int count, int length, IntPredicate keep) {
        RegionList out = new RegionList();
        for (int k = lowerBound(starts, count, 0, Math.max(0, scanStart - length));
                k < count && starts[k] < scanEnd;
                k++) {
            int i = starts[k];
            if (keep.test(i)) {
                out.add(i, Math.min(text.length(), i + length));
            }
        }
        return out.toArray();
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
            return n == a.length ? a : Arrays.copyOf(a, n);
        }
    }
}
