package io.piiscanner.core.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A local file read at any position. */
public final class FileInput implements RandomAccessInput {

    private final FileChannel channel;

    FileInput(FileChannel channel) {
        this.channel = channel;
    }

    /** Opens a file for reading. */
    public static FileInput open(Path file) throws IOException {
        return new FileInput(FileChannel.open(file, StandardOpenOption.READ));
    }

    /** The file's channel, for a library that reads only files. */
    FileChannel fileChannel() {
        return channel;
    }

    @Override
    public long size() throws IOException {
        return channel.size();
    }

    @Override
    public int read(long position, byte[] buf, int off, int len) throws IOException {
        ByteBuffer dst = ByteBuffer.wrap(buf, off, len);
        int total = 0;
        while (dst.hasRemaining()) {
            int n = channel.read(dst, position + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total == 0 && len > 0 ? -1 : total;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
