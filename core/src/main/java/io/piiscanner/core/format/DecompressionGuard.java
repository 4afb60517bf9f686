package io.piiscanner.core.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading decompressed data that grows beyond a size limit, or beyond a ratio to the
 * compressed bytes consumed once past a minimum size: the signature of a decompression bomb.
 */
public final class DecompressionGuard extends FilterInputStream {

    private final CountingInputStream compressed;
    private final long maxBytes;
    private final long maxRatio;
    private final long ratioFloor;
    private long produced;

    /**
     * @param decompressed the decompressing stream
     * @param compressed   the counter under it, to measure the ratio
     * @param maxBytes     the most decompressed bytes allowed
     * @param maxRatio     the highest decompressed:compressed ratio allowed
     * @param ratioFloor   decompressed size below which the ratio is not checked
     */
    public DecompressionGuard(InputStream decompressed, CountingInputStream compressed, long maxBytes,
                              long maxRatio, long ratioFloor) {
        super(decompressed);
        this.compressed = compressed;
        this.maxBytes = maxBytes;
        this.maxRatio = maxRatio;
        this.ratioFloor = ratioFloor;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            account(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            account(n);
        }
        return n;
    }

    private void account(int n) throws DecompressionBombException {
        produced += n;
        if (produced > maxBytes) {
            throw new DecompressionBombException("decompression bomb guard: more than " + maxBytes
                    + " decompressed bytes");
        }
        long in = Math.max(1, compressed.count());
        if (produced > ratioFloor && produced / in > maxRatio) {
            throw new DecompressionBombException("decompression bomb guard: ratio " + (produced / in)
                    + ":1 exceeds " + maxRatio + ":1 after " + produced + " bytes");
        }
    }
}
