package io.piiscanner.core.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input's own bytes as they are read from where they are: counted for the decompression
 * guard, and their read errors marked as {@link SourceException}s, so that a format library that
 * passes them on is not taken to report damage.
 */
public final class SourceStream extends FilterInputStream {

    private final DecompressionGuard.Budget budget;

    public SourceStream(InputStream in, DecompressionGuard.Budget budget) {
        super(in);
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        try {
            int b = super.read();
            if (b >= 0) {
                budget.read(1);
            }
            return b;
        } catch (IOException e) {
            throw marked(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            int n = super.read(b, off, len);
            if (n > 0) {
                budget.read(n);
            }
            return n;
        } catch (IOException e) {
            throw marked(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            long skipped = super.skip(n);
            budget.read(skipped);
            return skipped;
        } catch (IOException e) {
            throw marked(e);
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    static SourceException marked(IOException e) {
        return e instanceof SourceException s ? s : new SourceException(e);
    }
}
