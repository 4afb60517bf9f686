package io.piiscanner.core.read;

import io.piiscanner.core.format.DecompressionBombException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A stream copied to a temporary file, for a format that needs random access but came as a
 * stream: from standard input, out of a compressed stream or from inside another archive. The
 * file is readable by its owner only and deleted when closed (or by the system if the process
 * dies first).
 */
public final class SpooledInput {

    private static final int BUFFER = 1 << 16;

    private SpooledInput() {}

    /**
     * Copies a stream to a temporary file.
     *
     * @param maxBytes the most bytes copied
     * @throws DecompressionBombException when the stream holds more than {@code maxBytes}
     */
    public static RandomAccessInput spool(InputStream in, long maxBytes) throws IOException {
        Path file = Files.createTempFile("pii-scanner-", ".spool");
        FileChannel channel;
        try {
            // DELETE_ON_CLOSE: the name goes when the channel closes, whatever happens after.
            channel = FileChannel.open(
                    file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        try {
            byte[] buf = new byte[BUFFER];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new DecompressionBombException("content to read at random positions is over " + maxBytes
                            + " bytes (--max-decompressed-bytes)");
                }
                ByteBuffer src = ByteBuffer.wrap(buf, 0, n);
                while (src.hasRemaining()) {
                    channel.write(src);
                }
            }
            return new FileInput(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }
}
