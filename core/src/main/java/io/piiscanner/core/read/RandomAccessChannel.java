package io.piiscanner.core.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/** A read-only {@link SeekableByteChannel} over a {@link RandomAccessInput}; closing it closes the input. */
final class RandomAccessChannel implements SeekableByteChannel {

    private final RandomAccessInput input;
    private final byte[] chunk = new byte[1 << 16];
    private long position;
    private boolean open = true;

    RandomAccessChannel(RandomAccessInput input) {
        this.input = input;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        int total = 0;
        while (dst.hasRemaining()) {
            int n = input.read(position, chunk, 0, Math.min(chunk.length, dst.remaining()));
            if (n < 0) {
                return total == 0 ? -1 : total;
            }
            dst.put(chunk, 0, n);
            position += n;
            total += n;
        }
        return total;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position");
        }
        position = newPosition;
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return input.size();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        if (open) {
            open = false;
            input.close();
        }
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }
}
