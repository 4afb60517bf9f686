package io.piiscanner.bench;

import io.piiscanner.core.detect.CandidateSink;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.scan.Engine;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * One built-in detector alone: {@link Detector#find} over every window of the sample, each a
 * fresh {@link io.piiscanner.core.detect.ScanText}, so the detector also pays for computing its
 * gate (which in a scan it shares with the detectors using the same gate; {@link GateBenchmark}
 * measures the gates alone). Candidates are counted, not scored: context scoring, overlap
 * resolution and masking are the engine's and are in {@link EngineBenchmark}. Detectors whose
 * context is required run here over every gate region, whereas in unstructured text the engine
 * only hands them the regions near one of their context words.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class DetectorBenchmark extends SampledBenchmark {

    /** Every built-in detector's id (core/src/main/resources/META-INF/services). */
    @Param({
        "aba-routing",
        "aws-access-key",
        "aws-secret-key",
        "credit-card",
        "crypto",
        "date-of-birth",
        "email",
        "iban",
        "ip-address",
        "phone",
        "phone-plain",
        "us-bank-number",
        "us-driver-license",
        "us-itin",
        "us-itin-plain",
        "us-passport",
        "us-ssn",
        "us-ssn-plain"
    })
    public String detector;

    @Param("sparse")
    public String corpus;

    private Sample sample;
    private Detector under;

    @Setup
    public void setUp() {
        sample = sample(corpus);
        // From the engine, so the detector is configured with the default settings (phone region).
        Engine engine = Engine.withDefaults();
        under = engine.detectors().stream()
                .filter(d -> d.id().equals(detector))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no detector " + detector + "; built-in: "
                        + engine.detectors().stream().map(Detector::id).collect(Collectors.joining(", "))));
    }

    /** Returns the number of candidates, so that nothing can be optimized away. */
    @Benchmark
    public long find(Bytes counter) {
        long[] candidates = new long[1];
        CandidateSink sink = c -> candidates[0]++;
        for (Sample.Window w : sample.windows) {
            under.find(w.scanText(), sink);
        }
        counter.MBps += sample.bytes;
        return candidates[0];
    }
}
