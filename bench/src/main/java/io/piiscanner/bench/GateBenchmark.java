package io.piiscanner.bench;

import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.ScanText;
import java.util.Map;
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
 * The window-level gates: {@link ScanText#regions} over every window of the sample, each a fresh
 * {@link ScanText}. A named gate is computed alone, including the pass that finds the digit
 * clusters or character runs it is made from; {@code all} computes every gate the built-in
 * detectors declare on one shared ScanText per window (digit gates then share one cluster pass),
 * which is what a window costs before any detector's pattern runs.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class GateBenchmark extends SampledBenchmark {

    /**
     * The gates the built-in detectors declare (their constructors in core's detect/builtin), by
     * name. Keep in step with the detectors: a gate no detector uses measures nothing useful.
     */
    static final Map<String, Gate> GATES = Map.ofEntries(
            Map.entry("digits-2-iban", Gate.digits(2, 2, 42)),
            Map.entry("digits-4-dob", Gate.digits(4, 24, 2)),
            Map.entry("digits-6-license", Gate.digits(6, 4, 2)),
            Map.entry("digits-7-phone", Gate.digits(7, 0, 0)),
            Map.entry("digits-7-phone-intl", Gate.digits(7, 2, 0)),
            Map.entry("digits-8-bank", Gate.digits(8, 0, 0)),
            Map.entry("digits-8-passport", Gate.digits(8, 1, 0)),
            Map.entry("digits-9-ssn", Gate.digits(9, 0, 0)),
            Map.entry("digits-13-card", Gate.digits(13, 0, 0)),
            Map.entry("alnum-20-access-key", Gate.runs(CharClass.ALNUM, 20, 20)),
            Map.entry("base64-40-secret-key", Gate.runs(CharClass.BASE64, 40, 40)),
            Map.entry("alnum-11-90-crypto", Gate.runs(CharClass.ALNUM, 11, 90)),
            Map.entry("ip-literal-5-100", Gate.runsHolding(CharClass.IP_LITERAL, CharClass.of(".:"), 5, 100)));

    @Param({
        "all",
        "digits-13-card",
        "digits-9-ssn",
        "digits-2-iban",
        "digits-4-dob",
        "alnum-20-access-key",
        "base64-40-secret-key",
        "alnum-11-90-crypto",
        "ip-literal-5-100"
    })
    public String gate;

    @Param("sparse")
    public String corpus;

    private Sample sample;
    private Gate[] gates;

    @Setup
    public void setUp() {
        sample = sample(corpus);
        if (!gate.equals("all") && !GATES.containsKey(gate)) {
            throw new IllegalArgumentException("no gate " + gate + "; known: all, " + GATES.keySet());
        }
        gates = gate.equals("all") ? GATES.values().toArray(Gate[]::new) : new Gate[] {GATES.get(gate)};
    }

    /** Returns the number of region boundaries, so that nothing can be optimized away. */
    @Benchmark
    public long regions(Bytes counter) {
        long n = 0;
        for (Sample.Window w : sample.windows) {
            ScanText text = w.scanText();
            for (Gate g : gates) {
                n += text.regions(g).length;
            }
        }
        counter.MBps += sample.bytes;
        return n;
    }
}
