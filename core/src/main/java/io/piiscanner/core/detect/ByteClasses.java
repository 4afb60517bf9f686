package io.piiscanner.core.detect;

import static io.piiscanner.core.swar.Swar.HIGH;
import static io.piiscanner.core.swar.Swar.LOW7;
import static io.piiscanner.core.swar.Swar.ONES;
import static io.piiscanner.core.swar.Swar.word;
import static io.piiscanner.core.swar.Swar.zeroBytes;

/**
 * Bitmaps of a window's digits, letters and token marks ({@code + ( : /}): bit {@code p & 63} of
 * word {@code p >>> 6} tells whether byte {@code p} is one. Built eight bytes at a time with
 * {@link io.piiscanner.core.swar.Swar SWAR} arithmetic rather than a table lookup and a branch per
 * byte: this pass reads every byte of every window, and written byte by byte it was the engine's
 * costliest loop (a fifth of the scan time on the sparse benchmark corpus). Every later step of the
 * classifying pass works on runs of bits.
 */
final class ByteClasses {

    /** Each thread's bitmaps, reused from window to window: a window allocates none. */
    private static final ThreadLocal<ByteClasses> REUSED = ThreadLocal.withInitial(ByteClasses::new);

    long[] digits = new long[0];
    long[] letters = new long[0];
    long[] marks = new long[0];
    /** Digits or letters. */
    long[] alnum = new long[0];
    /** The number of bytes classified: bits from here on are clear, up to {@link #words()}. */
    int length;

    private ByteClasses() {}

    /**
     * Classifies {@code b[0, n)} into this thread's bitmaps, which stay valid until its next call:
     * the caller must be done with them before it classifies another window.
     */
    static ByteClasses of(byte[] b, int n) {
        ByteClasses c = REUSED.get();
        c.classify(b, n);
        return c;
    }

    /** The words that hold the {@link #length} bits and one clear bit after them. */
    int words() {
        return (length >>> 6) + 1;
    }

    private void classify(byte[] b, int n) {
        length = n;
        int words = (n >>> 6) + 1;
        if (alnum.length < words) {
            digits = new long[words];
            letters = new long[words];
            marks = new long[words];
            alnum = new long[words];
        }
        int whole = n >>> 6;
        for (int word = 0; word < whole; word++) {
            long d = 0;
            long l = 0;
            long m = 0;
            for (int k = 0, i = word << 6; k < 64; k += 8, i += 8) {
                long w = word(b, i);
                d |= gather(digitBits(w)) << k;
                l |= gather(letterBits(w)) << k;
                m |= gather(markBits(w)) << k;
            }
            digits[word] = d;
            letters[word] = l;
            marks[word] = m;
            alnum[word] = d | l;
        }
        // The last, partial word, byte by byte: the array may end with it.
        long d = 0;
        long l = 0;
        long m = 0;
        for (int i = whole << 6; i < n; i++) {
            int c = b[i] & 0xff;
            long bit = 1L << i;
            if (c >= '0' && c <= '9') {
                d |= bit;
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                l |= bit;
            } else if (c == '+' || c == '(' || c == ':' || c == '/') {
                m |= bit;
            }
        }
        digits[whole] = d;
        letters[whole] = l;
        marks[whole] = m;
        alnum[whole] = d | l;
    }

    /** The first position at or after {@code p} whose bit in {@code bits} is clear (at most {@link #length}). */
    int nextClear(long[] bits, int p) {
        int word = p >>> 6;
        long rest = ~bits[word] & (-1L << p);
        while (rest == 0) {
            rest = ~bits[++word];
        }
        return (word << 6) + Long.numberOfTrailingZeros(rest);
    }

    /** The high bit of each byte of {@code w} that is an ASCII digit. */
    static long digitBits(long w) {
        long x = w ^ 0x3030303030303030L;
        // A byte is a digit when x < 10: adding 0x76 to its low seven bits sets the high bit otherwise.
        return ~(((x & LOW7) + 0x7676767676767676L) | x) & HIGH;
    }

    /** The high bit of each byte of {@code w} that is an ASCII letter. */
    static long letterBits(long w) {
        long y = w | 0x2020202020202020L;
        // Per byte (y | 0x80) - 'a', without borrows: at least 0x80 exactly when y >= 'a', and then
        // at most 0x99 exactly when y <= 'z'.
        long r = (y | HIGH) - 0x6161616161616161L;
        return r & ~((r & LOW7) + 0x6666666666666666L) & ~w & HIGH;
    }

    /** The high bit of each byte of {@code w} that is one of {@code + ( : /}. */
    static long markBits(long w) {
        return zeroBytes(w ^ ('+' * ONES))
                | zeroBytes(w ^ ('(' * ONES))
                | zeroBytes(w ^ (':' * ONES))
                | zeroBytes(w ^ ('/' * ONES));
    }

    /** The high bits of the eight bytes of {@code high} as eight bits, byte 0 lowest. */
    static long gather(long high) {
        return ((high >>> 7) * 0x0102040810204080L) >>> 56;
    }
}
