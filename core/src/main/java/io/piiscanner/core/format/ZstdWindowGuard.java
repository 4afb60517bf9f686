package io.piiscanner.core.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Follows the frames of a zstd stream (RFC 8878) as its compressed bytes go by, and refuses a
 * frame whose window is larger than {@link #MAX_WINDOW}: the decompressor keeps up to a window of
 * output in memory, and a frame may ask for 2 GiB, or for its whole content in a single-segment
 * frame. 128 MiB is zstd's own default limit (windowLogMax 27). Hand-written because the pure-Java
 * decompressor has no such limit; it looks only at frame and block headers.
 */
final class ZstdWindowGuard extends FilterInputStream {

    static final long MAX_WINDOW = 128L << 20;

    private static final long MAGIC = 0xFD2FB528L;
    private static final long SKIPPABLE_MASK = 0xFFFFFFF0L;
    private static final long SKIPPABLE = 0x184D2A50L;
    private static final int[] DICTIONARY_ID_BYTES = {0, 1, 2, 4};

    /** What the field being gathered is. */
    private enum Field {
        MAGIC,
        DESCRIPTOR,
        WINDOW,
        CONTENT_SIZE,
        BLOCK_HEADER,
        SKIPPABLE_SIZE
    }

    private Field state = Field.MAGIC;
    private int length = 4;
    private long value;
    private int have;
    /** Bytes to pass over before gathering {@link #state}. */
    private long skip;

    private int descriptor;
    private boolean lastBlock;

    ZstdWindowGuard(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            follow(b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        int end = off + Math.max(n, 0);
        for (int i = off; i < end; i++) {
            if (skip > 0) {
                // Block contents are passed over without looking.
                int passed = (int) Math.min(skip, end - i);
                skip -= passed;
                i += passed - 1;
            } else {
                follow(b[i] & 0xff);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Every byte must be seen: read rather than skip.
        byte[] buf = new byte[(int) Math.min(Math.max(n, 1), 8192)];
        return Math.max(read(buf, 0, buf.length), 0);
    }

    private void follow(int b) throws IOException {
        if (skip > 0) {
            skip--;
            return;
        }
        value |= (long) b << (8 * have);
        if (++have < length) {
            return;
        }
        long v = value;
        switch (state) {
            case MAGIC -> {
                if ((v & SKIPPABLE_MASK) == SKIPPABLE) {
                    next(Field.SKIPPABLE_SIZE, 4, 0);
                } else if (v == MAGIC) {
                    next(Field.DESCRIPTOR, 1, 0);
                } else {
                    // Not a frame: the decompressor reports it; there is nothing more to follow.
                    next(Field.MAGIC, 4, Long.MAX_VALUE);
                }
            }
            case SKIPPABLE_SIZE -> next(Field.MAGIC, 4, v);
            case DESCRIPTOR -> {
                descriptor = (int) v;
                int dictionary = DICTIONARY_ID_BYTES[descriptor & 3];
                if (singleSegment()) {
                    // The window is the content size, which follows the dictionary id.
                    next(Field.CONTENT_SIZE, contentSizeBytes(), dictionary);
                } else {
                    next(Field.WINDOW, 1, 0);
                }
            }
            case WINDOW -> {
                long base = 1L << (10 + (v >>> 3));
                check(base + (base / 8) * (v & 7));
                next(Field.BLOCK_HEADER, 3, DICTIONARY_ID_BYTES[descriptor & 3] + contentSizeBytes());
            }
            case CONTENT_SIZE -> {
                check(length == 2 ? v + 256 : v);
                next(Field.BLOCK_HEADER, 3, 0);
            }
            case BLOCK_HEADER -> {
                lastBlock = (v & 1) != 0;
                long size = v >>> 3;
                long contents = ((v >>> 1) & 3) == 1 ? 1 : size;
                if (lastBlock) {
                    boolean checksum = (descriptor & 0x04) != 0;
                    next(Field.MAGIC, 4, contents + (checksum ? 4 : 0));
                } else {
                    next(Field.BLOCK_HEADER, 3, contents);
                }
            }
        }
    }

    private boolean singleSegment() {
        return (descriptor & 0x20) != 0;
    }

    private int contentSizeBytes() {
        int flag = descriptor >>> 6;
        return flag == 0 ? (singleSegment() ? 1 : 0) : 1 << flag;
    }

    private void check(long window) throws DecompressionBombException {
        if (window < 0 || window > MAX_WINDOW) {
            throw new DecompressionBombException("decompression bomb guard: a zstd frame needs a window of "
                    + (window < 0 ? "over 8 EiB" : (window >> 20) + " MiB") + ", over the limit of "
                    + (MAX_WINDOW >> 20) + " MiB");
        }
    }

    /** Gathers {@code field} of {@code bytes} bytes next, after passing over {@code skipFirst} bytes. */
    private void next(Field field, int bytes, long skipFirst) {
        state = field;
        length = bytes;
        value = 0;
        have = 0;
        skip = skipFirst;
    }
}
