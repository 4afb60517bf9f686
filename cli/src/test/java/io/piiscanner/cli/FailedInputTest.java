package io.piiscanner.cli;

import static io.piiscanner.cli.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input that fails partway is reported as failed, with why, after every finding (its own before
 * the failure included); the scan exits 2 and the counts agree with the findings.
 */
class FailedInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Amex test number, planted where it must not be reported as scanned. */
    private static final String OTHER_CARD = "378282246310005";

    @TempDir
    Path dir;

    @Test
    void aDetectorThatFailsOnOneFileLosesNoOtherFilesFindings() throws IOException {
        // Over a run of Q, each one-letter match of Q*X|Q comes after Q*X has read the whole run:
        // the detector gives up on that file. Capitals, so that the pattern matches no letter of the
        // (lower-case) paths, whose names are masked by every detector too.
        Path config =
                write(dir.resolve("config.yaml"), "detectors: [{id: runaway, type: RUNAWAY, pattern: 'Q*X|Q'}]\n");
        Path data = dir.resolve("data");
        for (int i = 0; i < 12; i++) {
            write(data.resolve("f" + (char) ('a' + i) + ".csv"), Fixtures.CSV);
        }
        Path failing = write(data.resolve("fm-runs.txt"), "Card number: " + Fixtures.CARD + "\n" + "Q".repeat(300_000));
        Cli.Result baseline = Cli.run(
                "scan",
                "--config",
                config.toString(),
                "--threads",
                "1",
                data.resolve("fa.csv").toString(),
                data.resolve("fb.csv").toString());
        int perFile = baseline.outLines().size() / 2;

        for (String threads : List.of("1", "4")) {
            Cli.Result result = Cli.run("scan", "--config", config.toString(), "--threads", threads, data.toString());

            assertThat(result.exit()).isEqualTo(ExitStatus.ERROR);
            List<JsonNode> findings = jsonLines(result);
            for (int i = 0; i < 12; i++) {
                String path = data.resolve("f" + (char) ('a' + i) + ".csv").toString();
                assertThat(findings)
                        .filteredOn(f -> f.get("path").asText().equals(path))
                        .hasSize(perFile);
            }
            assertThat(result.errLines())
                    .containsSequence(
                            "Failed (findings before the failure are reported):",
                            "  " + failing + ": detector 'runaway' failed: the pattern read the text more than 16 times"
                                    + " over; simplify it, for example by removing alternatives that overlap");
            assertThat(result.err())
                    .contains("Scanned 12 files")
                    .contains("failed 1")
                    .contains("Findings: " + findings.size());
        }
    }

    @Test
    void aTruncatedGzipReportsWhatWasReadThenFailsInEveryFormat() throws IOException {
        Path clean = write(dir.resolve("clean.txt"), "Card number: " + Fixtures.CARD + "\n");
        for (int records : List.of(40, 25_000)) {
            String text = records(records);
            Path gz = write(dir.resolve(records + ".txt.gz"), truncated(Fixtures.gzip(text)));
            Cli.Result result = Cli.run("scan", "--format", "json", gz.toString(), clean.toString());

            assertThat(result.exit()).isEqualTo(ExitStatus.ERROR);
            JsonNode report = JSON.readTree(result.out());
            JsonNode findings = report.get("findings");
            List<JsonNode> ofGz = new ArrayList<>();
            findings.forEach(f -> {
                if (f.get("path").asText().equals(gz.toString())) {
                    ofGz.add(f);
                }
            });
            JsonNode file = report.get("files").get(0);
            // About three fifths of the records can be read, and each card in them is reported.
            String readable = text.substring(0, file.get("bytes").asInt());
            assertThat(ofGz)
                    .allSatisfy(f -> assertThat(f.get("type").asText()).isEqualTo("CREDIT_CARD"))
                    .hasSize(readable.split(Fixtures.CARD, -1).length - 1)
                    .hasSizeGreaterThan(records / 2);
            assertThat(file.get("failed").asText())
                    .startsWith("truncated gzip stream after ")
                    .endsWith(" compressed bytes");
            assertThat(file.get("skipped").isNull()).isTrue();
            assertThat(file.get("findings").asLong()).isEqualTo(ofGz.size());
            JsonNode summary = report.get("summary");
            assertThat(summary.get("filesScanned").asInt()).isOne();
            assertThat(summary.get("filesFailed").asInt()).isOne();
            assertThat(summary.get("findings").asLong())
                    .isEqualTo(findings.size())
                    .isEqualTo(ofGz.size() + 1);
            assertThat(summary.get("bytes").asLong())
                    .isEqualTo(file.get("bytes").asLong()
                            + report.get("files").get(1).get("bytes").asLong());
            assertThat(result.errLines())
                    .contains("  " + gz + ": " + file.get("failed").asText());

            JsonNode run = JSON.readTree(
                            Cli.run("scan", "--format", "sarif", gz.toString()).out())
                    .get("runs")
                    .get(0);
            assertThat(run.get("results")).hasSize(ofGz.size());
            JsonNode invocation = run.get("invocations").get(0);
            assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
            assertThat(invocation.get("toolExecutionNotifications"))
                    .singleElement()
                    .satisfies(n -> {
                        assertThat(n.get("level").asText()).isEqualTo("error");
                        assertThat(n.get("message").get("text").asText())
                                .isEqualTo("failed: " + file.get("failed").asText());
                    });
        }
    }

    @Test
    void dataAfterAGzipStreamFailsTheInputAfterTheStreamsFindings() throws IOException {
        byte[] gz = Fixtures.gzip("Card number: " + Fixtures.CARD + "\n");
        byte[] trailing = ("Card number: " + OTHER_CARD + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] both = Arrays.copyOf(gz, gz.length + trailing.length);
        System.arraycopy(trailing, 0, both, gz.length, trailing.length);
        Path file = write(dir.resolve("appended.gz"), both);

        Cli.Result result = Cli.run("scan", file.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(jsonLines(result)).extracting(f -> f.get("masked").asText()).containsExactly("************1111");
        assertThat(result.err())
                .contains(file + ": data after the end of the gzip stream, at compressed byte " + gz.length
                        + ", is not gzip and was not read");
    }

    @Test
    void quietStillNamesTheFailedInputAndRedactRefusesIt() {
        Path gz = write(dir.resolve("cut.txt.gz"), truncated(Fixtures.gzip(Fixtures.TEXT.repeat(50))));

        Cli.Result quiet = Cli.run("scan", "-q", gz.toString());

        assertThat(quiet.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(quiet.errLines())
                .singleElement()
                .satisfies(
                        line -> assertThat(line).startsWith("pii-scanner: " + gz + ": truncated gzip stream after "));

        Path out = dir.resolve("redacted.txt");
        Cli.Result redact = Cli.run("redact", gz.toString(), "-o", out.toString());

        assertThat(redact.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(redact.err()).startsWith("pii-scanner: cannot redact " + gz + ": truncated gzip stream after ");
        assertThat(Files.exists(out)).isFalse();
    }

    private static final int RECORD_LENGTH = 230;

    /**
     * Records of a card and random letters: they compress evenly, so that a cut through the
     * compressed stream cuts the records about as far in.
     */
    private static String records(int count) {
        Random random = new Random(count);
        StringBuilder sb = new StringBuilder(count * RECORD_LENGTH);
        for (int i = 0; i < count; i++) {
            sb.append("Card number: ").append(Fixtures.CARD).append('\n');
            for (int k = 0; k < RECORD_LENGTH - 31; k++) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The first three fifths of a gzip stream. */
    private static byte[] truncated(byte[] gz) {
        return Arrays.copyOf(gz, gz.length * 3 / 5);
    }

    private static List<JsonNode> jsonLines(Cli.Result result) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : result.outLines()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
