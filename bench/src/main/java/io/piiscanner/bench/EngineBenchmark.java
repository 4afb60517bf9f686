package io.piiscanner.bench;

import io.piiscanner.core.corpus.Document;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.InputSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * The hot loop: {@link Engine#scan} over every document of the sample with the default detectors
 * and settings, as one CLI thread runs it minus file reading and report writing: windows, gates,
 * detectors, validation, context scoring, overlap resolution, CSV/JSON field tracking, masking.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class EngineBenchmark extends SampledBenchmark {

    /** Sparse is what a sweep of a data lake reads; dense stresses validation and scoring. */
    @Param({"sparse", "dense"})
    public String corpus;

    private Sample sample;
    private Engine engine;

    @Setup
    public void setUp() {
        sample = sample(corpus);
        engine = Engine.withDefaults();
    }

    /** Returns the number of findings, so that nothing can be optimized away. */
    @Benchmark
    public long scan(Bytes counter) throws IOException {
        long[] findings = new long[1];
        for (Document d : sample.documents) {
            engine.scan(
                    new InputSource(d.name(), () -> new ByteArrayInputStream(d.content()), d.format()),
                    f -> findings[0]++);
        }
        counter.MBps += sample.bytes;
        return findings[0];
    }
}
