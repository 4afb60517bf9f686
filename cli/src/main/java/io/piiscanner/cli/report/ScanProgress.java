package io.piiscanner.cli.report;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * How far a scan has read, for the progress meter: bytes read so far, within files too, against
 * the sizes of the inputs the walk has found. Sizes are as stored (compressed, for gzip), and so
 * are the bytes counted. Thread-safe.
 */
public final class ScanProgress {

    private final LongAdder read = new LongAdder();
    private final AtomicLong found = new AtomicLong();
    private final AtomicLong inputs = new AtomicLong();
    private final AtomicBoolean sizeUnknown = new AtomicBoolean();
    private volatile boolean walked;

    /** Counts an input the walk found, of the given size, or -1 when it is not known (standard input). */
    public void found(long size) {
        inputs.incrementAndGet();
        if (size < 0) {
            sizeUnknown.set(true);
        } else {
            found.addAndGet(size);
        }
    }

    /** Notes that the walk has found every input: the total is known, unless a size was not. */
    public void walked() {
        walked = true;
    }

    /** Counts the bytes read through the returned stream. */
    public InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    read.increment();
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    read.add(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                read.add(skipped);
                return skipped;
            }
        };
    }

    /** The inputs the walk has found so far. */
    public long inputsFound() {
        return inputs.get();
    }

    /** Whether the walk has found every input. */
    public boolean walkedAll() {
        return walked;
    }

    /** Bytes read so far. */
    public long bytesRead() {
        return read.sum();
    }

    /** The bytes the scan will read in all, or -1 while the walk goes on or when a size is not known. */
    public long bytesTotal() {
        return walked && !sizeUnknown.get() ? found.get() : -1;
    }
}
