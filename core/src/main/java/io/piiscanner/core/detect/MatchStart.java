package io.piiscanner.core.detect;

import java.util.regex.Matcher;

/**
 * Where a detector's pattern can begin a match: on a character of one class that does not follow a
 * character of another. {@link Matcher#find()} tries the whole pattern, look-behinds and all, at
 * every position of a region; trying it only where this cheap test passes does the same work at a
 * few positions per number instead of at every character. The test must hold for every match the
 * pattern can make, so that matching with it finds exactly what {@code find()} would.
 *
 * <p>Matches must start on letters, digits or {@link CharClass#TOKEN_MARK} and never right after a
 * letter or digit, as every built-in pattern does: then only the window's token starts
 * ({@link Tokens}) need visiting, rather than every character of a region.
 */
public final class MatchStart {

    /** No restriction: plain {@link Matcher#find()}. */
    public static final MatchStart ANY = new MatchStart(null, null, null, null);

    /**
     * A hand-written test of the characters from a start position on, such as "three digits and
     * a dash", that every match starting there passes; it saves running the pattern where it
     * cannot match.
     */
    @FunctionalInterface
    public interface Shape {
        /** Whether a match of the pattern can start at {@code i} and end by {@code to}. */
        boolean fits(CharSequence s, int i, int to);
    }

    /** Receives one match; returns whether to go on. */
    @FunctionalInterface
    public interface MatchVisitor {
        boolean visit(Matcher match);
    }

    /** A hand-written matcher, in place of a pattern: what its match from a start position is. */
    @FunctionalInterface
    public interface MatchEnd {
        /** Where a match starting at {@code i} and ending by {@code to} ends, or -1 when none starts there. */
        int end(CharSequence s, int i, int to);
    }

    /** Receives one match of a {@link MatchEnd}, {@code [start, end)}; returns whether to go on. */
    @FunctionalInterface
    public interface SpanVisitor {
        boolean visit(int start, int end);
    }

    private final CharClass first;
    private final CharClass notAfter;
    private final Shape shape;
    /** The token {@link Leads leads} a match can start on; null when any can. */
    private final Leads leads;
    /** {@link #leads} as a table over the lead byte. */
    private final boolean[] leadOk;

    private MatchStart(CharClass first, CharClass notAfter, Shape shape, Leads leads) {
        this.first = first;
        this.notAfter = notAfter;
        this.shape = shape;
        this.leads = leads;
        this.leadOk = (leads == null ? Leads.ANY : leads).table();
    }

    /**
     * Matches start on a character of {@code first} that is not preceded by one of {@code notAfter}.
     *
     * @throws IllegalArgumentException unless {@code first} holds only letters, digits and
     *     {@link CharClass#TOKEN_MARK} and {@code notAfter} holds every letter and digit
     */
    public static MatchStart of(CharClass first, CharClass notAfter) {
        if (!first.isSubsetOf(CharClass.TOKEN_START) || !CharClass.ALNUM.isSubsetOf(notAfter)) {
            throw new IllegalArgumentException("a match start must be a token start; use MatchStart.ANY");
        }
        return new MatchStart(first, notAfter, null, null);
    }

    /** The same start, further restricted to positions where {@code test} also fits. */
    public MatchStart where(Shape test) {
        if (first == null) {
            throw new IllegalStateException("a shape needs a first character class");
        }
        Shape before = shape;
        Shape both = before == null ? test : (s, i, to) -> before.fits(s, i, to) && test.fits(s, i, to);
        return new MatchStart(first, notAfter, both, leads);
    }

    /**
     * The same start, further restricted to tokens that, when they start with a letter, start
     * with {@code min..max} letters. Lengths like this are checked before any {@link Shape}, from
     * what the window's classifying pass has already counted, and let a detector visit only the
     * tokens it could match on; each must hold for every match: {@code [A-Za-z]{2}\d{2}} starts
     * with exactly two letters.
     */
    public MatchStart leadingLetters(int min, int max) {
        return withLeads(leads().letters(min, max));
    }

    /** As {@link #leadingLetters}, for tokens that start with a digit: {@code \d{3}-\d{2}} starts with three. */
    public MatchStart leadingDigits(int min, int max) {
        return withLeads(leads().digits(min, max));
    }

    /**
     * Restricted to tokens that, when they start with a digit, hold nothing but that run of digits:
     * a pattern whose first digits may not run into a letter ({@code \d{9}(?!\w)}).
     */
    public MatchStart digitsEndToken() {
        return withLeads(leads().digitsOnly());
    }

    /**
     * Restricted to tokens that, when they start with a letter, go on with a digit after their
     * first letters ({@code [A-Za-z]{2}\d{2}}).
     */
    public MatchStart lettersThenDigits() {
        return withLeads(leads().lettersThenMore());
    }

    /**
     * Above this share of the window (one in this many bytes) covered by regions, the tokens that
     * fit the leads are listed in one pass over the window's leads rather than sought in the regions.
     */
    private static final int FILTER_COVERAGE = 4;

    private static boolean covers(int[] regions, int bytes) {
        long sum = 0;
        for (int r = 0; r < regions.length; r += 2) {
            sum += regions[r + 1] - regions[r];
        }
        return sum > bytes;
    }

    private Leads leads() {
        requireFirst();
        return leads == null ? Leads.ANY : leads;
    }

    private MatchStart withLeads(Leads restricted) {
        return new MatchStart(first, notAfter, shape, restricted.startingWith(first));
    }

    /**
     * Regions of {@code length} characters from each token where this start lets a match begin
     * (its classes and leads; shapes are left to {@link #forEachMatch}), merged where they overlap:
     * the regions of a detector whose matches are at most {@code length} long and begin on tokens
     * rare enough that listing them costs less than its gate.
     */
    public int[] tokenRegions(ScanText text, int length) {
        requireFirst();
        Tokens tokens = text.tokens();
        int[] at = leads == null ? tokens.starts() : tokens.startsLeading(leads);
        int count = leads == null ? tokens.count() : at.length;
        byte[] b = text.bytes();
        int scanStart = text.scanStart();
        int scanEnd = text.scanEnd();
        RegionList out = new RegionList(scanStart, scanEnd);
        for (int k = Tokens.lowerBound(at, count, 0, Math.max(0, scanStart - length));
                k < count && at[k] < scanEnd;
                k++) {
            int i = at[k];
            if (startsAt(b, i)) {
                out.add(i, Math.min(text.length(), i + length));
            }
        }
        return out.toArray();
    }

    /** Whether a match may start at token start {@code i} by this start's classes. */
    private boolean startsAt(byte[] b, int i) {
        return first.contains(b[i]) && (i == 0 || !notAfter.contains(b[i - 1]));
    }

    private void requireFirst() {
        if (first == null) {
            throw new IllegalStateException("leads and token regions need a first character class");
        }
    }

    /**
     * Calls {@code onMatch} for each match, left to right and not overlapping, that starts in one
     * of the sorted, disjoint {@code regions} and ends by its region's end, as
     * {@link Matcher#find()} over each region would; stops when {@code onMatch} returns false.
     * {@code m} must use transparent and non-anchoring bounds.
     */
    public void forEachMatch(Matcher m, ScanText text, int[] regions, MatchVisitor onMatch) {
        if (first == null) {
            for (int r = 0; r < regions.length; r += 2) {
                m.region(regions[r], regions[r + 1]);
                while (m.find()) {
                    if (!onMatch.visit(m)) {
                        return;
                    }
                }
            }
            return;
        }
        MatchEnd pattern = (s, i, to) -> {
            m.region(i, to);
            return m.lookingAt() ? m.end() : -1;
        };
        forEachMatch(pattern, text, regions, (start, end) -> onMatch.visit(m));
    }

    /**
     * As {@link #forEachMatch(Matcher, ScanText, int[], MatchVisitor)}, with a hand-written
     * matcher that must find exactly what the pattern would from each start: a detector whose
     * shape test reads the whole match already need not run the pattern again.
     *
     * @throws IllegalStateException for {@link #ANY}, which has no start positions to try
     */
    public void forEachMatch(MatchEnd match, ScanText text, int[] regions, SpanVisitor onMatch) {
        requireFirst();
        Tokens tokens = text.tokens();
        int[] tries = text.scratch(2 * tokens.count());
        int n = positionsToTry(text, tokens, regions, tries);
        // The pattern, shapes and visitor differ from detector to detector: they run in a loop of
        // their own, so the JIT's guesses about them do not force the position loop
        // (positionsToTry) to be compiled again; as one loop, it was recompiled all through a run.
        String s = text.text();
        int next = 0;
        for (int j = 0; j < n; j += 2) {
            int i = tries[j];
            int to = tries[j + 1];
            if (i < next || (shape != null && !shape.fits(s, i, to))) {
                continue;
            }
            int end = match.end(s, i, to);
            if (end >= 0) {
                // A match ends inside its region, so skipping to its end never skips a later region.
                next = Math.max(end, i + 1);
                if (!onMatch.visit(i, end)) {
                    return;
                }
            }
        }
    }

    /**
     * Fills {@code tries} with pairs (position, end of its region) of the token starts in
     * {@code regions} that fit this start's leads and classes, in order; returns the ints filled.
     */
    private int positionsToTry(ScanText text, Tokens tokens, int[] regions, int[] tries) {
        byte[] b = text.bytes();
        int[] at;
        int count;
        byte[] lead;
        if (leads != null && covers(regions, text.length() / FILTER_COVERAGE)) {
            // Regions cover much of the window: one pass over the leads, then only fitting tokens.
            at = tokens.startsLeading(leads);
            count = at.length;
            lead = null;
        } else {
            at = tokens.starts();
            count = tokens.count();
            lead = tokens.leads();
        }
        boolean[] ok = leadOk;
        int n = 0;
        int k = 0;
        for (int r = 0; r < regions.length && k < count; r += 2) {
            int from = regions[r];
            int to = regions[r + 1];
            k = Tokens.lowerBound(at, count, k, from);
            for (; k < count; k++) {
                int i = at[k];
                if (i >= to) {
                    break;
                }
                if ((lead != null && !ok[lead[k] & 0xff]) || !startsAt(b, i)) {
                    continue;
                }
                tries[n++] = i;
                tries[n++] = to;
            }
        }
        return n;
    }
}
