package io.piiscanner.core.detect;

/**
 * A set of token leads. A token's lead describes how it starts, in a byte: 0 for a mark token, else
 * the length of its first run (its letters when it starts with a letter, its digits when with a
 * digit; capped at {@link #MAX_LEAD}), plus {@link #LETTER_RUN} when that run is letters and
 * {@link #MORE} when the token goes on after it: {@code AB12} leads with two letters and more,
 * {@code 123} with three digits alone. The {@link Tokenizer} records each token's lead, so that a
 * {@link MatchStart} visits only the tokens it could match on. Each component holds one bit per
 * first-run length (bit 0 of {@code digitsAlone}: mark tokens).
 */
record Leads(long digitsAlone, long lettersAlone, long digitsMore, long lettersMore) {

    /** The longest first run a lead tells apart: longer ones count as this long. */
    static final int MAX_LEAD = 63;
    /** In a lead: the first run is letters. */
    static final int LETTER_RUN = 64;
    /** In a lead: the token goes on after its first run. */
    static final int MORE = 128;

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
     * Only the leads a token starting on a character of {@code first} can have: no letter leads
     * without letters, and so on. Lists fewer leads, so that more sets are one lead.
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
