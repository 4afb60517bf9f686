package io.piiscanner.core.linear;

import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Measures the work of a scan without a clock: the characters the engine reads (see
 * {@link CharReads}). A scan whose cost grows with the square of a line's length reads each
 * character of the line again for each candidate in it; a linear one reads it a bounded number of
 * times, however long the line. Deterministic, so a test can bound it where it could not bound a time.
 */
public final class WorkMeter {

    /** What one scan did. */
    public record Work(long reads, long findings) {}

    private final ToLongFunction<byte[]> run;

    /** An engine with the built-in detectors but {@code disabled} (ids) and the detector classes named in {@code extra}. */
    public WorkMeter(Set<String> disabled, List<String> extra) {
        this.run = EngineRun.in(new ReadCountingLoader(WorkMeter.class.getClassLoader()), disabled, extra);
    }

    /** Scans {@code input} as text and counts what that took. */
    public Work measure(byte[] input) {
        CharReads.reset();
        long findings = run.applyAsLong(input);
        return new Work(CharReads.count(), findings);
    }
}
