package io.piiscanner.cli;

import static io.piiscanner.cli.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.core.testing.FailingStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit status 0 means every input was read in full and nothing was found: a scan that skipped an
 * input is incomplete (3) unless skips are accepted, one that failed partway is an error (2)
 * whatever the options, and findings (1) win over skips.
 */
class ExitStatusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CARD_LINE = "Card number: " + Fixtures.CARD + "\n";

    @TempDir
    Path dir;

    @Test
    void aScanThatReadNothingIsIncompleteNotClean() {
        Path png = write(dir.resolve("only/logo.png"), Fixtures.png());

        Cli.Result result = Cli.run("scan", dir.resolve("only").toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.INCOMPLETE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsSequence("Skipped (not read):", "  " + png + ": binary file (PNG image)");
        assertThat(result.err()).contains("Scanned 0 files").contains("skipped 1");

        Cli.Result quiet = Cli.run("scan", "-q", dir.resolve("only").toString());
        assertThat(quiet.exit()).isEqualTo(ExitStatus.INCOMPLETE);
        assertThat(quiet.errLines()).containsExactly("pii-scanner: " + png + ": skipped: binary file (PNG image)");
    }

    @Test
    void allowSkippedAcceptsSkipsButStillListsThem() {
        Path png = write(dir.resolve("logo.png"), Fixtures.png());
        write(dir.resolve("notes.txt"), "nothing to see\n");

        Cli.Result result = Cli.run("scan", "--allow-skipped", dir.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.CLEAN);
        assertThat(result.errLines()).contains("  " + png + ": binary file (PNG image)");
        assertThat(Cli.run("scan", "-q", "--allow-skipped", dir.toString()).err())
                .isEmpty();
    }

    @Test
    void findingsWinOverSkipsAndAreAllReported() {
        write(dir.resolve("logo.png"), Fixtures.png());
        write(dir.resolve("cards.txt"), CARD_LINE);

        Cli.Result result = Cli.run("scan", dir.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(result.outLines()).hasSize(1);
        assertThat(result.err()).contains("skipped 1");
    }

    @Test
    void aFailedInputIsAnErrorThatAllowSkippedDoesNotAccept() {
        write(dir.resolve("logo.png"), Fixtures.png());
        write(dir.resolve("cards.txt"), CARD_LINE);
        byte[] gz = Fixtures.gzip(CARD_LINE.repeat(100));
        write(dir.resolve("cut.txt.gz"), Arrays.copyOf(gz, gz.length / 2));

        Cli.Result result = Cli.run("scan", "--allow-skipped", dir.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(result.outLines()).isNotEmpty();
        assertThat(result.err()).contains("failed 1, skipped 1");
    }

    @Test
    void aDecompressionLimitMetPartwayFailsTheInputAfterItsFindings() throws IOException {
        String text = CARD_LINE.repeat((4 << 20) / CARD_LINE.length());
        Path gz = write(dir.resolve("big.txt.gz"), Fixtures.gzip(text));

        Cli.Result result = Cli.run("scan", "--format", "json", "--max-decompressed-bytes", "2M", gz.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.ERROR);
        JsonNode report = JSON.readTree(result.out());
        JsonNode file = report.get("files").get(0);
        assertThat(file.get("failed").asText())
                .isEqualTo("decompression bomb guard: more than 2097152 decompressed bytes");
        assertThat(file.get("skipped").isNull()).isTrue();
        // Every card read before the limit is reported, and the counts agree.
        long scanned = file.get("bytes").asLong();
        assertThat(scanned).isPositive().isLessThanOrEqualTo(2 << 20);
        assertThat(report.get("findings")).hasSize(cards(text.substring(0, (int) scanned)));
        assertThat(report.get("summary").get("findings").asLong())
                .isEqualTo(report.get("findings").size());
        assertThat(report.get("summary").get("filesFailed").asInt()).isOne();
        assertThat(report.get("summary").get("filesSkipped").asInt()).isZero();
    }

    @Test
    void aReadErrorPartwayFailsTheInputWithTheFindingsBeforeIt() {
        String text = CARD_LINE.repeat((3 << 20) / CARD_LINE.length());
        int readable = (2 << 20) + 100 * CARD_LINE.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Main.run(
                new String[] {"scan", "-"},
                out,
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new FailingStream(text.getBytes(StandardCharsets.US_ASCII), readable),
                Map.of());

        assertThat(exit).isEqualTo(ExitStatus.ERROR);
        long findings = out.toString(StandardCharsets.UTF_8).lines().count();
        assertThat(findings).isEqualTo(cards(text.substring(0, readable)));
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Failed (findings before the failure are reported):\n  -: read error: Input/output error\n")
                .contains("Scanned 0 files, 2.1 MB in ")
                .contains("failed 1")
                .contains("Findings: " + findings);
    }

    private static int cards(String text) {
        return text.split(Fixtures.CARD, -1).length - 1;
    }
}
