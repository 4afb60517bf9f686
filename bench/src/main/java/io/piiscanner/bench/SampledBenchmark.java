package io.piiscanner.bench;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What the benchmarks share: the size and seed of their in-memory sample, as JMH parameters
 * ({@code -p size=... -p seed=...}). Subclasses declare the corpus kinds they run on.
 */
@State(Scope.Benchmark)
public abstract class SampledBenchmark {

    @Param(Sample.SIZE)
    public long size;

    @Param(Sample.SEED)
    public long seed;

    /** The sample of this corpus kind, generated once per fork. */
    protected Sample sample(String corpus) {
        return new Sample(corpus, size, seed);
    }
}
