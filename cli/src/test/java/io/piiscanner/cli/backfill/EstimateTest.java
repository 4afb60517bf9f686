package io.piiscanner.cli.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The figures {@code backfill start} prints before anything starts, and the README's worked example. */
class EstimateTest {

    @Test
    void tenMillionObjectsOfOneHundredTerabytesAtAThousandBatchesAtOnce() {
        Estimate e = new Estimate(10_000_000L, 100_000_000_000_000L, 1000);
        assertThat(e.batches()).isEqualTo(100_000);
        assertThat(e.scanSeconds()).isCloseTo(100e12 / 50.8e6 + 10e6 * 0.2, within(1.0));
        assertThat(e.wallTime()).isBetween(Duration.ofMinutes(66), Duration.ofMinutes(67));
        assertThat(e.lambdaGbSeconds()).isCloseTo(7_937_008, within(1.0));
        assertThat(e.transitions()).isEqualTo(400_008);
        assertThat(e.s3Gets()).isEqualTo(30_000_000);
        assertThat(e.s3Puts()).isEqualTo(20_010_000);
        assertThat(e.lambdaCost()).isCloseTo(132.30, within(0.01));
        assertThat(e.stepFunctionsCost()).isCloseTo(10.00, within(0.01));
        assertThat(e.s3Cost()).isCloseTo(112.05, within(0.01));
    }

    @Test
    void aSmallPrefixFitsOneBatchWhateverTheConcurrency() {
        Estimate e = new Estimate(42, 42_000_000, 1000);
        assertThat(e.batches()).isEqualTo(1);
        assertThat(e.wallTime()).isEqualTo(Duration.ofMillis(Math.round((42e6 / 50.8e6 + 42 * 0.2) * 1000)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        e.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("objects            42 (42.0 MB)")
                .contains("batches            1 of up to 100 objects, 1000 at once")
                .contains("expected duration  9 s")
                .contains("Step Functions     12 state transitions")
                .contains("S3                 126 GET and 85 PUT/LIST requests");
    }

    @Test
    void anEmptyPrefixCostsOnlyTheRun() {
        Estimate e = new Estimate(0, 0, 10);
        assertThat(e.batches()).isZero();
        assertThat(e.wallTime()).isZero();
        assertThat(e.transitions()).isEqualTo(Estimate.TRANSITIONS_PER_RUN);
    }
}
