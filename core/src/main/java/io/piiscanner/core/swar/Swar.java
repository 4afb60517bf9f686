package io.piiscanner.core.swar;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * SIMD within a register: byte tests done on eight bytes at once in a {@code long}, for the loops
 * that read every byte of the input (the classifying pass, line counting, skipping over field
 * contents). A plain Java loop over bytes costs about a nanosecond a byte on the benchmark
 * machine, which alone would cap the engine near a few hundred MB/s.
 */
public final class Swar {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The high bit of every byte. */
    public static final long HIGH = 0x8080808080808080L;
    /** The low seven bits of every byte. */
    public static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    /** One in every byte: {@code c * ONES} repeats byte {@code c}. */
    public static final long ONES = 0x0101010101010101L;

    private Swar() {}

    /** The eight bytes {@code b[i, i + 8)}, {@code b[i]} lowest. */
    public static long word(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /** Eight copies of byte {@code c}. */
    public static long repeat(byte c) {
        return (c & 0xffL) * ONES;
    }

    /** The high bit of each byte of {@code e} that is zero, exactly (no carries between bytes). */
    public static long zeroBytes(long e) {
        return ~(((e & LOW7) + LOW7) | e) & HIGH;
    }

    /** The index of the first byte of {@code b[from, to)} that is {@code x}, or {@code to}. */
    public static int indexOf(byte[] b, int from, int to, byte x) {
        long xs = repeat(x);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long hits = zeroBytes(word(b, i) ^ xs);
            if (hits != 0) {
                return i + (Long.numberOfTrailingZeros(hits) >>> 3);
            }
        }
        while (i < to && b[i] != x) {
            i++;
        }
        return i;
    }

    /** How many bytes of {@code b[from, to)} are {@code x}. */
    public static int count(byte[] b, int from, int to, byte x) {
        long xs = repeat(x);
        int n = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            n += Long.bitCount(zeroBytes(word(b, i) ^ xs));
        }
        for (; i < to; i++) {
            if (b[i] == x) {
                n++;
            }
        }
        return n;
    }

    /** The index of the first byte of {@code b[from, to)} that is {@code x} or {@code y}, or {@code to}. */
    public static int indexOfEither(byte[] b, int from, int to, byte x, byte y) {
        long xs = repeat(x);
        long ys = repeat(y);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = word(b, i);
            long hits = zeroBytes(w ^ xs) | zeroBytes(w ^ ys);
            if (hits != 0) {
                return i + (Long.numberOfTrailingZeros(hits) >>> 3);
            }
        }
        while (i < to && b[i] != x && b[i] != y) {
            i++;
        }
        return i;
    }

    /** The index of the first byte of {@code b[from, to)} that is {@code x}, {@code y} or {@code z}, or {@code to}. */
    public static int indexOfAny(byte[] b, int from, int to, byte x, byte y, byte z) {
        long xs = repeat(x);
        long ys = repeat(y);
        long zs = repeat(z);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = word(b, i);
            long hits = zeroBytes(w ^ xs) | zeroBytes(w ^ ys) | zeroBytes(w ^ zs);
            if (hits != 0) {
                return i + (Long.numberOfTrailingZeros(hits) >>> 3);
            }
        }
        while (i < to && b[i] != x && b[i] != y && b[i] != z) {
            i++;
        }
        return i;
    }
}
