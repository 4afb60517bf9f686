package io.piiscanner.core.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading decompressed data once everything decompressed from one input, all its layers
 * and archive members together, grows beyond a size limit, or beyond a ratio to the bytes read of
 * the input once past a minimum size: the signature of a decompression bomb, a zip of zips
 * included.
 */
public final class DecompressionGuard extends FilterInputStream {

    /** The limits of one input and what its decompression has produced so far; one per input, not thread-safe. */
    public static final class Budget {
        private final long maxBytes;
        private final long maxRatio;
        private final long ratioFloor;
        private long raw;
        private long produced;

        /**
         * @param maxBytes   the most decompressed bytes allowed
         * @param maxRatio   the highest ratio of decompressed bytes to bytes read of the input
         * @param ratioFloor decompressed size below which the ratio is not checked
         */
        public Budget(long maxBytes, long maxRatio, long ratioFloor) {
            this.maxBytes = maxBytes;
            this.maxRatio = maxRatio;
            this.ratioFloor = ratioFloor;
        }

        /** Counts bytes read of the input itself. */
        public void read(long n) {
            raw += n;
        }

        /** How many more decompressed bytes are allowed. */
        public long remaining() {
            return maxBytes - produced;
        }

        /**
         * Counts decompressed bytes, for a library that decompresses into memory (a Parquet page):
         * called before the bytes are made, it refuses them when they would break a limit.
         */
        public void produced(long n) throws DecompressionBombException {
            produced += n;
            if (produced > maxBytes) {
                throw new DecompressionBombException(
                        "decompression bomb guard: more than " + maxBytes + " decompressed bytes");
            }
            long in = Math.max(1, raw);
            if (produced > ratioFloor && produced / in > maxRatio) {
                throw new DecompressionBombException("decompression bomb guard: ratio " + (produced / in)
                        + ":1 exceeds " + maxRatio + ":1 after " + produced + " bytes");
            }
        }
    }

    private final Budget budget;

    /**
     * @param decompressed the decompressing stream
     * @param budget       the input's limits, shared by all its decompressing streams
     */
    public DecompressionGuard(InputStream decompressed, Budget budget) {
        super(decompressed);
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            budget.produced(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            budget.produced(n);
        }
        return n;
    }
}
