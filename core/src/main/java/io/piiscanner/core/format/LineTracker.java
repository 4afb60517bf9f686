package io.piiscanner.core.format;

/** Tracks the line and column of the next byte of an input. */
public final class LineTracker implements ByteConsumer {

    private long line = 1;
    private long column = 1;

    @Override
    public void consume(byte[] buf, int from, int to) {
        long l = line;
        long c = column;
        for (int i = from; i < to; i++) {
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
