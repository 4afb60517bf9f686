package io.piiscanner.cli;

import static io.piiscanner.cli.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Usage and input errors: exit status 2, one line on standard error, no stack trace, no output. */
class UsageErrorTest {

    @TempDir
    Path dir;

    private String file;

    @BeforeEach
    void createInput() {
        file = write(dir.resolve("a.txt"), Fixtures.TEXT).toString();
    }

    private static void assertUsageError(Cli.Result result, String... messageParts) {
        assertThat(result.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err())
                .startsWith("pii-scanner: ")
                .contains(messageParts)
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void missingFile() {
        assertUsageError(
                Cli.run("scan", file, dir.resolve("missing.csv").toString()),
                "missing.csv",
                "no such file or directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "", "JSONLINES"})
    void unknownReportFormat(String format) {
        assertUsageError(Cli.run("scan", "--format", format, file), "--format", "jsonl, table, sarif, json or html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "-0.1", "high", "NaN"})
    void minimumConfidenceOutOfRange(String value) {
        assertUsageError(Cli.run("scan", "--min-confidence", value, file), "--min-confidence", "0 to 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ", "USA", "1", "u"})
    void unknownRegion(String region) {
        assertUsageError(Cli.run("scan", "--region", region, file), "--region", region);
        assertUsageError(Cli.run("scan", "--regions", "US," + region, file), "--regions", region);
    }

    @Test
    void regionAndRegionsTogether() {
        assertUsageError(Cli.run("scan", "--region", "GB", "--regions", "US,GB", file), "--region and --regions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "many"})
    void threadsMustBePositive(String threads) {
        assertUsageError(Cli.run("scan", "--threads", threads, file), "--threads");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "ten", "5X"})
    void decompressionLimitsMustBePositiveSizes(String size) {
        assertUsageError(Cli.run("scan", "--max-decompressed-bytes", size, file), "--max-decompressed-bytes");
        assertUsageError(Cli.run("scan", "--max-ratio", size, file), "--max-ratio");
    }

    @Test
    void unknownInputFormat() {
        assertUsageError(Cli.run("scan", "--input-format", "yaml", "-"), "--input-format", "yaml");
    }

    @Test
    void missingConfigFile() {
        assertUsageError(Cli.run("scan", "--config", dir.resolve("nope.yaml").toString(), file), "nope.yaml");
    }

    @Test
    void configFileThatIsNotYaml() {
        Path config = write(dir.resolve("broken.yaml"), "detectors: [\n  - id: {\n");

        assertUsageError(Cli.run("scan", "--config", config.toString(), file), "broken.yaml");
    }

    @Test
    void configurationMistakesPointAtTheirLineInTheUsersWords() {
        String[][] cases = {
            {"minConfidance: 0.5\n", ":1:1: unknown setting 'minConfidance'"},
            {
                "detectors:\n  - id: a\n    type: A\n    pattern: 'A\\d+'\n    keepLast: 9\n",
                ":2: detectors[0]: keepLast must be between 0 and 4, got 9"
            },
            {"x\n", ":1:1: expected a mapping of settings"},
            {"{\n", ":2:1: expected the node content, but found the end of the file"},
            {"disable: [no-such-detector]\n", ":1: disable: no detector has id or type 'no-such-detector'"},
            {"defaultRegion: XX\n", ": defaultRegion 'XX' is not a known region"},
            {
                "detectors: [{id: credit-card, type: MY_CARD, pattern: 'MC\\d{8}'}]\n",
                ":1: detectors[0]: id 'credit-card' is a built-in detector's"
            },
        };
        for (String[] c : cases) {
            Path config = write(dir.resolve("config.yaml"), c[0]);
            Cli.Result result = Cli.run("scan", "-q", "--config", config.toString(), file);
            assertUsageError(result, config + c[1]);
            assertThat(result.err()).doesNotContain("io.piiscanner", "$", "Source", "java.");
        }
        assertUsageError(
                Cli.run("scan", "--config", dir.toString(), file),
                dir + ": is a folder, not a configuration" + " file");
    }

    @Test
    void configFileWithABadPattern() {
        Path config = write(dir.resolve("bad.yaml"), """
                detectors:
                  - id: broken
                    type: BROKEN
                    pattern: '(unclosed'
                """);

        assertUsageError(Cli.run("redact", "--config", config.toString(), file), "bad.yaml");
    }

    @Test
    void unknownEntityType() {
        assertUsageError(Cli.run("scan", "--types", "CREDIT_CRAD", file), "--types", "CREDIT_CRAD", "CREDIT_CARD");
    }

    @Test
    void unknownDetectorToDisable() {
        assertUsageError(Cli.run("scan", "--disable", "no-such-detector", file), "--disable", "no-such-detector");
    }

    @Test
    void invalidExcludeGlob() {
        assertUsageError(Cli.run("scan", "--exclude", "[a-", dir.toString()), "--exclude", "[a-");
    }

    @Test
    void standardInputTwice() {
        assertUsageError(Cli.run("scan", "-", "-"), "standard input");
    }

    @Test
    void unknownOption() {
        assertUsageError(Cli.run("scan", "--colour", file), "--colour");
    }

    @Test
    void missingPath() {
        assertUsageError(Cli.run("scan"), "PATH");
    }

    @Test
    void missingCommand() {
        assertUsageError(Cli.run(), "missing command (scan, redact or check)");
    }

    @Test
    void outputIntoAMissingFolder() {
        assertUsageError(
                Cli.run("scan", "-o", dir.resolve("no/such/report.json").toString(), file), "report.json");
    }

    @Test
    void redactMissingFile() {
        assertUsageError(Cli.run("redact", dir.resolve("gone.csv").toString()), "gone.csv", "no such file");
    }

    @Test
    void redactAFolder() {
        assertUsageError(Cli.run("redact", dir.toString()), "is a directory");
    }

    @Test
    void redactIntoAFolder() {
        assertUsageError(Cli.run("redact", file, "-o", dir.toString()), "is a directory");
    }
}
