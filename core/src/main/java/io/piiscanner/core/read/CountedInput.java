package io.piiscanner.core.read;

import io.piiscanner.core.format.DecompressionGuard;
import io.piiscanner.core.format.SourceException;
import java.io.IOException;

/**
 * An input's own bytes read at random positions: counted for the decompression guard, and read
 * errors marked as {@link SourceException}s, as {@link io.piiscanner.core.format.SourceStream} does
 * for streams.
 */
public final class CountedInput implements RandomAccessInput {

    private final RandomAccessInput input;
    private final DecompressionGuard.Budget budget;

    public CountedInput(RandomAccessInput input, DecompressionGuard.Budget budget) {
        this.input = input;
        this.budget = budget;
    }

    @Override
    public long size() throws IOException {
        try {
            return input.size();
        } catch (IOException e) {
            throw marked(e);
        }
    }

    @Override
    public int read(long position, byte[] buf, int off, int len) throws IOException {
        try {
            int n = input.read(position, buf, off, len);
            if (n > 0) {
                budget.read(n);
            }
            return n;
        } catch (IOException e) {
            throw marked(e);
        }
    }

    @Override
    public void close() throws IOException {
        input.close();
    }

    private static SourceException marked(IOException e) {
        return e instanceof SourceException s ? s : new SourceException(e);
    }
}
