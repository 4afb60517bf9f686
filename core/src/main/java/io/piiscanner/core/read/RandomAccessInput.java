package io.piiscanner.core.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;

/**
 * An input's bytes, readable at any position: for formats whose structure is found from the end
 * or by offsets (a ZIP's central directory, a Parquet footer, the parts of an email). Files
 * implement it with positioned reads ({@link FileInput}), S3 objects with ranged GETs
 * ({@code io.piiscanner.s3.S3RangedInput}), and a stream that has no other way is copied to a
 * temporary file first ({@link SpooledInput}). Not thread-safe: one reader at a time.
 */
public interface RandomAccessInput extends Closeable {

    /** The number of bytes. */
    long size() throws IOException;

    /**
     * Reads up to {@code len} bytes at {@code position} into {@code buf}; fewer only at the end.
     *
     * @return the number of bytes read, or -1 when {@code position} is at or past the end
     */
    int read(long position, byte[] buf, int off, int len) throws IOException;

    /**
     * Reads exactly {@code len} bytes at {@code position} into {@code buf} from {@code off}.
     *
     * @return whether they were all there: false when the input ends first
     */
    default boolean readFully(long position, byte[] buf, int off, int len) throws IOException {
        int done = 0;
        while (done < len) {
            int n = read(position + done, buf, off + done, len - done);
            if (n <= 0) {
                return false;
            }
            done += n;
        }
        return true;
    }

    /** A read-only channel over these bytes, for libraries that take one (Commons Compress' ZipFile). */
    default SeekableByteChannel channel() {
        return new RandomAccessChannel(this);
    }
}
