package io.piiscanner.core.read;

import java.io.IOException;
import java.io.InputStream;

/** A range of a {@link RandomAccessInput} as a buffered stream. */
public class RandomAccessStream extends InputStream {

    private static final int BUFFER = 1 << 13;

    final RandomAccessInput input;
    /** The range: {@code [start, end)}; {@code end} may lie past the input's end. */
    final long start;

    final long end;
    private final byte[] buf = new byte[BUFFER];
    private long bufStart;
    private int bufLen;
    /** Position of the next byte to return. */
    long pos;

    private long mark;

    /** The bytes of {@code input} in {@code [start, end)}; {@code end} may lie past the input's end. */
    public RandomAccessStream(RandomAccessInput input, long start, long end) {
        this.input = input;
        this.start = start;
        this.end = end;
        this.pos = start;
        this.bufStart = start;
        this.mark = start;
    }

    /** The position in the input of the next byte to read. */
    public long position() {
        return pos;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return buf[(int) (pos++ - bufStart)] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = (int) Math.min(len, bufStart + bufLen - pos);
        System.arraycopy(buf, (int) (pos - bufStart), b, off, n);
        pos += n;
        return n;
    }

    /** Makes {@link #pos} readable from the buffer; false at the end of the range or input. */
    private boolean fill() throws IOException {
        if (pos >= end) {
            return false;
        }
        if (pos >= bufStart && pos < bufStart + bufLen) {
            return true;
        }
        int n = input.read(pos, buf, 0, (int) Math.min(buf.length, end - pos));
        if (n <= 0) {
            return false;
        }
        bufStart = pos;
        bufLen = n;
        return true;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, end - pos));
        pos += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public synchronized void mark(int readlimit) {
        mark = pos;
    }

    @Override
    public synchronized void reset() {
        pos = mark;
    }
}
