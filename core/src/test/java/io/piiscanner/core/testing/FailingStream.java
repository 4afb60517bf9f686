package io.piiscanner.core.testing;

import java.io.IOException;
import java.io.InputStream;

/** The first bytes of an input, then the error a failing disk gives: {@code Input/output error}. */
public final class FailingStream extends InputStream {

    private final byte[] bytes;
    private final int readable;
    private int at;

    /**
     * @param bytes    the input
     * @param readable how many of its bytes can be read before the error
     */
    public FailingStream(byte[] bytes, int readable) {
        this.bytes = bytes;
        this.readable = readable;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (at >= readable) {
            throw new IOException("Input/output error");
        }
        int n = Math.min(len, readable - at);
        System.arraycopy(bytes, at, b, off, n);
        at += n;
        return n;
    }
}
