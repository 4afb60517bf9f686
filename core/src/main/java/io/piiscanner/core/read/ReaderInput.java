package io.piiscanner.core.read;

import io.piiscanner.core.format.DecompressionGuard;
import java.io.InputStream;

/**
 * What a {@link FormatReader} reads: a stream, or random access to the bytes when the reader
 * asked for it; and the engine's limits.
 *
 * @param stream the content, for a reader reading a stream; else {@code null}
 * @param file   the content, for a reader that needs {@link FormatReader#randomAccess()}; else {@code null}
 * @param limits what the engine allows
 * @param budget what the input's decompression may still produce: a reader whose library
 *               decompresses (a ZIP member) wraps that stream with {@link #decompressed}
 */
public record ReaderInput(
        InputStream stream, RandomAccessInput file, ReadLimits limits, DecompressionGuard.Budget budget) {

    /** A stream the format's library decompresses, counted against the input's decompression limits. */
    public InputStream decompressed(InputStream in) {
        return new DecompressionGuard(in, budget);
    }
}
