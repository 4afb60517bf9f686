package io.piiscanner.core.scan;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An input of any size made on the fly: filler letters with a value planted at given offsets.
 * Lets tests scan inputs far larger than the heap.
 */
final class PlantedStream extends InputStream {

    private final long size;
    private final long[] at;
    private final byte[] value;
    private long pos;

    PlantedStream(long size, List<Long> offsets, String value) {
        this.size = size;
        this.at = offsets.stream().mapToLong(Long::longValue).sorted().toArray();
        this.value = value.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (pos >= size) {
            return -1;
        }
        int n = (int) Math.min(len, size - pos);
        for (int i = 0; i < n; i++) {
            b[off + i] = byteAt(pos + i);
        }
        pos += n;
        return n;
    }

    private byte byteAt(long p) {
        int k = java.util.Arrays.binarySearch(at, p);
        int idx = k >= 0 ? k : -k - 2;
        if (idx >= 0 && p - at[idx] < value.length) {
            return value[(int) (p - at[idx])];
        }
        return (byte) (p % 7 == 0 ? ' ' : 'a' + (p % 26));
    }
}
