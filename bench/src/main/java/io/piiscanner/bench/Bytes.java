package io.piiscanner.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the bytes each benchmark reads. The benchmarks report in operations per microsecond,
 * so this counter comes out as bytes per microsecond, which is MB/s (10^6 bytes per second):
 * read the {@code :MBps} line of a result.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Bytes {

    public long MBps;

    @Setup(Level.Iteration)
    public void reset() {
        MBps = 0;
    }
}
