package io.piiscanner.cli;

import static io.piiscanner.cli.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each report format is well-formed and carries the findings. */
class ReportFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FINDING_KEYS = Set.of(
            "path",
            "type",
            "start",
            "end",
            "line",
            "column",
            "confidence",
            "masked",
            "detector",
            "field",
            "fingerprint",
            "detail");
    private static final Map<String, String> KEY = Map.of(EngineOptions.HMAC_KEY_ENV, "report-test-key");

    @TempDir
    Path dir;

    private Path folder;

    @BeforeEach
    void createInputs() {
        folder = dir.resolve("data");
        write(folder.resolve("customers.csv"), Fixtures.CSV);
        write(folder.resolve("notes/record.txt"), Fixtures.TEXT);
        write(folder.resolve("logo.png"), Fixtures.png());
    }

    private Cli.Result scan(String format) {
        return Cli.run(KEY, "scan", "--format", format, folder.toString());
    }

    @Test
    void jsonLinesHasOneFindingObjectPerLine() throws IOException {
        Cli.Result result = scan("jsonl");

        assertThat(result.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(result.out()).endsWith("\n");
        for (String line : result.outLines()) {
            JsonNode finding = JSON.readTree(line);
            List<String> keys = new ArrayList<>();
            finding.fieldNames().forEachRemaining(keys::add);
            assertThat(FINDING_KEYS).containsAll(keys);
            assertThat(keys)
                    .contains(
                            "path",
                            "type",
                            "start",
                            "end",
                            "line",
                            "column",
                            "confidence",
                            "masked",
                            "detector",
                            "fingerprint");
            assertThat(finding.get("field")).as("field is left out, not null").isNotEqualTo(JSON.nullNode());
        }
    }

    @Test
    void jsonIsOneDocumentWithFindingsFilesAndSummary() throws IOException {
        Cli.Result result = scan("json");

        JsonNode doc = JSON.readTree(result.out());
        JsonNode findings = doc.get("findings");
        JsonNode files = doc.get("files");
        JsonNode summary = doc.get("summary");
        assertThat(findings.size()).isPositive();
        assertThat(files)
                .extracting(f -> f.get("path").asText())
                .containsExactly(
                        folder.resolve("customers.csv").toString(),
                        folder.resolve("logo.png").toString(),
                        folder.resolve("notes/record.txt").toString());
        JsonNode png = files.get(1);
        assertThat(png.get("skipped").asText()).contains("binary");
        assertThat(files.get(0).get("skipped").isNull()).isTrue();
        assertThat(files.get(0).get("bytes").asLong()).isEqualTo(Fixtures.CSV.length());
        long perFile = 0;
        for (JsonNode f : files) {
            perFile += f.get("findings").asLong();
        }
        assertThat(perFile).isEqualTo(findings.size());
        assertThat(summary.get("filesScanned").asLong()).isEqualTo(2);
        assertThat(summary.get("filesSkipped").asLong()).isEqualTo(1);
        assertThat(summary.get("findings").asLong()).isEqualTo(findings.size());
        assertThat(summary.get("byType").get("CREDIT_CARD").asLong()).isPositive();
        assertThat(summary.get("elapsedMs").asLong()).isNotNegative();
        assertThat(summary.get("bytes").asLong()).isEqualTo(Fixtures.CSV.length() + Fixtures.TEXT.length());
    }

    @Test
    void sarifIsVersion210WithARulePerTypeAndLocatedResults() throws IOException {
        Cli.Result result = scan("sarif");

        JsonNode sarif = JSON.readTree(result.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode run = sarif.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("pii-scanner");
        List<String> ruleIds = new ArrayList<>();
        driver.get("rules").forEach(r -> ruleIds.add(r.get("id").asText()));
        assertThat(ruleIds).doesNotHaveDuplicates().contains("CREDIT_CARD", "EMAIL_ADDRESS");

        JsonNode results = run.get("results");
        assertThat(results.size()).isPositive();
        Set<String> levels = new HashSet<>();
        for (JsonNode r : results) {
            String ruleId = r.get("ruleId").asText();
            assertThat(ruleIds).contains(ruleId);
            assertThat(ruleIds.get(r.get("ruleIndex").asInt())).isEqualTo(ruleId);
            assertThat(r.get("message").get("text").asText()).contains("*");
            JsonNode location = r.get("locations").get(0).get("physicalLocation");
            String uri = location.get("artifactLocation").get("uri").asText();
            assertThat(uri).doesNotContain("\\").matches(".*\\.(csv|txt)");
            JsonNode region = location.get("region");
            assertThat(region.get("startLine").asInt()).isPositive();
            assertThat(region.get("startColumn").asInt()).isPositive();
            assertThat(region.get("byteOffset").asLong()).isNotNegative();
            assertThat(region.get("byteLength").asLong()).isPositive();
            assertThat(r.get("partialFingerprints").get("piiValueHmacSha256/v1").asText())
                    .matches("[0-9a-f]{64}");
            levels.add(ruleId + "=" + r.get("level").asText());
        }
        assertThat(levels)
                .contains(
                        "CREDIT_CARD=error",
                        "US_SSN=error",
                        "IBAN_CODE=error",
                        "AWS_ACCESS_KEY=error",
                        "EMAIL_ADDRESS=warning",
                        "PHONE_NUMBER=warning");
        JsonNode notifications = run.get("invocations").get(0).get("toolExecutionNotifications");
        assertThat(notifications).hasSize(1);
        assertThat(notifications.get(0).get("message").get("text").asText()).contains("binary");
    }

    @Test
    void sarifUrisAreRelativeToTheWorkingDirectory() throws IOException {
        // Tests run in the module folder; a path under it must come out relative, with forward slashes.
        Path local = Path.of("target", "sarif-uri-test", "sub dir", "card.txt");
        write(local, "Card number: " + Fixtures.CARD + "\n");

        Cli.Result result =
                Cli.run("scan", "--format", "sarif", local.toAbsolutePath().toString());

        JsonNode location = JSON.readTree(result.out())
                .get("runs")
                .get(0)
                .get("results")
                .get(0)
                .get("locations")
                .get(0)
                .get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText())
                .isEqualTo("target/sarif-uri-test/sub%20dir/card.txt");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(1);
        assertThat(location.get("region").get("startColumn").asInt()).isEqualTo("Card number: ".length() + 1);
        assertThat(location.get("region").get("byteOffset").asInt()).isEqualTo("Card number: ".length());
        assertThat(location.get("region").get("byteLength").asInt()).isEqualTo(Fixtures.CARD.length());
    }

    @Test
    void cleanScanStillWritesValidDocuments() throws IOException {
        Path clean = write(dir.resolve("clean.txt"), "nothing here\n");

        JsonNode json = JSON.readTree(
                Cli.run("scan", "--format", "json", clean.toString()).out());
        JsonNode sarif = JSON.readTree(
                Cli.run("scan", "--format", "sarif", clean.toString()).out());

        assertThat(json.get("findings")).isEmpty();
        assertThat(json.get("summary").get("filesScanned").asInt()).isEqualTo(1);
        assertThat(sarif.get("runs").get(0).get("results")).isEmpty();
    }

    @Test
    void tableRowsAlignWithTheOneHeaderAboveThem() {
        Cli.Result result = scan("table");

        List<String> lines = result.outLines();
        assertThat(lines.get(0)).startsWith("LOCATION");
        assertAligned(lines.get(0), lines.subList(1, lines.size()));
        assertThat(lines)
                .anySatisfy(row -> assertThat(row).contains("customers.csv:2:").endsWith("card_number"));
    }

    @Test
    void aLongerPathLaterWidensTheColumnsWithoutRepeatingTheHeader() {
        Path first = write(folder.resolve("a.txt"), ("Card number: " + Fixtures.CARD + "\n").repeat(300));
        Path later = write(
                folder.resolve("b/" + "much-longer-folder-name/".repeat(3) + "z.txt"),
                "Card number: " + Fixtures.CARD + "\n");

        List<String> lines = Cli.run("scan", "--format", "table", first.toString(), later.toString())
                .outLines();

        assertThat(lines).hasSize(302).filteredOn(l -> l.startsWith("LOCATION")).hasSize(1);
        assertThat(lines).doesNotContain("");
        assertAligned(lines.get(0), lines.subList(1, 301));
        assertThat(lines.get(301)).startsWith(later + ":1:14").contains("CREDIT_CARD");
    }

    private static void assertAligned(String header, List<String> rows) {
        int typeColumn = header.indexOf("TYPE");
        int confidenceColumn = header.indexOf("CONFIDENCE");
        for (String row : rows) {
            assertThat(row.charAt(typeColumn - 1)).isEqualTo(' ');
            assertThat(row.substring(typeColumn)).matches("[A-Z_]+ .*");
            assertThat(row.substring(confidenceColumn)).matches("[01]\\.\\d\\d .*");
        }
    }
}
