package io.piiscanner.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.scan.ScanOutcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {

    private static final long SECOND = 1_000_000_000L;

    private final ScanSummary summary = new ScanSummary();
    private final ScanProgress progress = new ScanProgress();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private long now;
    private final ProgressMeter meter =
            new ProgressMeter(new PrintStream(err, true, StandardCharsets.UTF_8), summary, progress, () -> now);

    @Test
    void oneLargeFileMovesTheMeterWithTheRateAndTheTimeLeft() throws IOException {
        progress.expect(1, 1_000_000_000);
        read(250_000_000);
        now = 10 * SECOND;

        assertThat(meter.line())
                .isEqualTo("0 of 1 file, 250.0 MB of 1.0 GB, 25.0 MB/s, 0 findings, 10 s, about 30 s left");

        read(750_000_000);
        now = 40 * SECOND;
        summary.add(new ScanOutcome("big.log", 1_000_000_000, 3, Map.of("CREDIT_CARD", 3L), null, null, 40 * SECOND));
        assertThat(meter.line())
                .isEqualTo("1 of 1 file, 1.0 GB of 1.0 GB, 25.0 MB/s, 3 findings, 40 s, about 0 s left");
    }

    @Test
    void withoutAKnownTotalThereIsNoTimeLeft() throws IOException {
        progress.found(4_000_000);
        read(1_500_000);
        now = 75 * SECOND;
        assertThat(meter.line()).as("the walk goes on").isEqualTo("0 files, 1.5 MB, 20.0 kB/s, 0 findings, 1 min 15 s");

        progress.found(-1);
        progress.walked();
        assertThat(meter.line())
                .as("standard input has no size")
                .isEqualTo("0 of 2 files, 1.5 MB, 20.0 kB/s, 0 findings, 1 min 15 s");
    }

    @Test
    void aFinishedWalkGivesTheTotalAndTheTimeLeft() throws IOException {
        progress.found(3_000_000);
        progress.found(1_000_000);
        read(1_000_000);
        now = 2 * SECOND;
        assertThat(meter.line()).isEqualTo("0 files, 1.0 MB, 500.0 kB/s, 0 findings, 2 s");

        progress.walked();
        assertThat(meter.line())
                .isEqualTo("0 of 2 files, 1.0 MB of 4.0 MB, 500.0 kB/s, 0 findings, 2 s, about 6 s left");
    }

    @Test
    void anInterruptedScanEndsTheLineSoThePromptStartsOnItsOwn() {
        now = 2 * SECOND;
        meter.draw();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("\r| 0 files, 0 B, 0 B/s, 0 findings, 2 s")
                .doesNotContain("\n");

        meter.endLine();

        assertThat(err.toString(StandardCharsets.UTF_8)).endsWith(" 2 s\n");
        meter.close();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .as("nothing is erased after the line ended")
                .endsWith(" 2 s\n");
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertThat(ProgressMeter.duration(42)).isEqualTo("42 s");
        assertThat(ProgressMeter.duration(185)).isEqualTo("3 min 05 s");
        assertThat(ProgressMeter.duration(7620)).isEqualTo("2 h 07 min");
    }

    /** Reads this many bytes through the progress counter, as a scan of one file does. */
    private void read(long bytes) throws IOException {
        InputStream in = progress.counting(new InputStream() {
            private long left = bytes;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                left -= n;
                return n;
            }
        });
        byte[] buffer = new byte[1 << 20];
        while (in.read(buffer) >= 0) {
            // Counting is all.
        }
    }
}
