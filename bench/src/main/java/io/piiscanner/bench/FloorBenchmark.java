package io.piiscanner.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one plain pass over the sample's bytes costs on this machine, with no detection at all:
 * the floor under any scanner that must look at every byte for the numbers it validates. The
 * engine makes several such passes per window (tokens and digit clusters, context words, field
 * structure, lines), so its throughput is a fraction of these figures, and a target above them
 * needs a different kind of pass (several bytes per step) rather than less work per byte.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class FloorBenchmark extends SampledBenchmark {

    @Param("sparse")
    public String corpus;

    private Sample sample;

    @Setup
    public void setUp() {
        sample = sample(corpus);
    }

    /** Counts digit bytes: one comparison per byte, no branch on the data. */
    @Benchmark
    public long countDigits(Bytes counter) {
        long n = 0;
        for (Sample.Window w : sample.windows) {
            byte[] b = w.bytes();
            for (int i = w.scanStart(); i < w.scanEnd(); i++) {
                n += b[i] >= '0' && b[i] <= '9' ? 1 : 0;
            }
        }
        counter.MBps += sample.bytes;
        return n;
    }

    /** Counts runs of digits: the least a number detector must find, branching where runs begin and end. */
    @Benchmark
    public long countDigitRuns(Bytes counter) {
        long n = 0;
        for (Sample.Window w : sample.windows) {
            byte[] b = w.bytes();
            int i = w.scanStart();
            int end = w.scanEnd();
            while (i < end) {
                while (i < end && (b[i] < '0' || b[i] > '9')) {
                    i++;
                }
                if (i < end) {
                    n++;
                }
                while (i < end && b[i] >= '0' && b[i] <= '9') {
                    i++;
                }
            }
        }
        counter.MBps += sample.bytes;
        return n;
    }
}
