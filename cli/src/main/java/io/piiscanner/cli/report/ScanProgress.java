package io.piiscanner.cli.report;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * How far a scan has read, for the progress meter: bytes read so far, within files too, against
 * the total once it is known. The total is known from the start for files named on the command
 * line ({@link #expect}); for a walk, once it has found every input ({@link #walked}), which on a
 * large folder is towards the end, since the walk keeps only a few inputs ahead of the scans.
 * Sizes are as stored (compressed, for gzip), and so are the bytes counted. Thread-safe.
 */
public final class ScanProgress {

    private final LongAdder read = new LongAdder();
    private final AtomicLong inputs = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicBoolean sizeUnknown = new AtomicBoolean();
    private volatile boolean known;

    /** Sets the total from the start, for inputs known before any walk: files named on the command line. */
    public void expect(long inputCount, long byteCount) {
        inputs.set(inputCount);
        bytes.set(byteCount);
        known = true;
    }

    /** Counts an input the walk found, of the given size, or -1 when it is not known (standard input). */
    public void found(long size) {
        if (known) {
            return;
        }
        inputs.incrementAndGet();
        if (size < 0) {
            sizeUnknown.set(true);
        } else {
            bytes.addAndGet(size);
        }
    }

    /** Notes that the walk has found every input. */
    public void walked() {
        known = true;
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

    /** Bytes read so far. */
    public long bytesRead() {
        return read.sum();
    }

    /** How many inputs the scan has in all, or -1 while that is not known. */
    public long inputsTotal() {
        return known ? inputs.get() : -1;
    }

    /** The bytes the scan will read in all, or -1 while that is not known or when a size is not. */
    public long bytesTotal() {
        return known && !sizeUnknown.get() ? bytes.get() : -1;
    }
}
