package io.piiscanner.core.read.avro;

import io.piiscanner.core.read.RandomAccessInput;
import java.io.IOException;
import org.apache.avro.file.SeekableInput;

/** A {@link RandomAccessInput} as Avro's {@link SeekableInput}; closing it closes the input. */
final class SeekableAdapter implements SeekableInput {

    private final RandomAccessInput input;
    private long position;

    SeekableAdapter(RandomAccessInput input) {
        this.input = input;
    }

    @Override
    public void seek(long p) {
        position = p;
    }

    @Override
    public long tell() {
        return position;
    }

    @Override
    public long length() throws IOException {
        return input.size();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = input.read(position, b, off, len);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
