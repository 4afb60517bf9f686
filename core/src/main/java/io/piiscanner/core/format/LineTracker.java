package io.piiscanner.core.format;

import io.piiscanner.core.swar.Swar;

/** Tracks the line and column of the next byte of an input. */
public final class LineTracker implements ByteConsumer {

    private long line = 1;
    private long column = 1;

    /** Counts eight bytes at a time ({@link Swar}): the engine moves it over every byte of its input. */
    @Override
    public void consume(byte[] buf, int from, int to) {
        long l = line;
        long c = column;
        int i = from;
        long newlines = Swar.repeat((byte) '\n');
        for (; i + 8 <= to; i += 8) {
            long w = Swar.word(buf, i);
            // Continuation bytes, 10xxxxxx, do not start a character.
            long continuation = w & ~(w << 1) & Swar.HIGH;
            long breaks = Swar.zeroBytes(w ^ newlines);
            if (breaks == 0) {
                c += 8 - Long.bitCount(continuation);
            } else {
                l += Long.bitCount(breaks);
                int last = (63 - Long.numberOfLeadingZeros(breaks)) >>> 3;
                long after = last == 7 ? 0 : -1L << ((last + 1) << 3);
                c = 1L + (7 - last) - Long.bitCount(continuation & after);
            }
        }
        for (; i < to; i++) {
            byte b = buf[i];
            if (b == '\n') {
                l++;
                c = 1;
            } else if ((b & 0xC0) != 0x80) {
                // Columns count UTF-8 characters: continuation bytes do not start one.
                c++;
            }
        }
        line = l;
        column = c;
    }

    /** 1-based line of the next byte. */
    public long line() {
        return line;
    }

    /** 1-based column of the next byte, in UTF-8 characters. */
    public long column() {
        return column;
    }
}
