package io.piiscanner.cli;

import static io.piiscanner.cli.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> findings(Cli.Result result) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : result.outLines()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static List<String> types(List<JsonNode> findings) {
        return findings.stream().map(f -> f.get("type").asText()).toList();
    }

    @Test
    void cleanInputExitsZeroWithEmptyReport() {
        Path file = write(dir.resolve("notes.txt"), "Meeting moved to Tuesday at 10.\n");

        Cli.Result result = Cli.run("scan", file.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.CLEAN);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .contains("Scanned 1 file")
                .contains("Findings: none")
                .as("no throughput for a few bytes, which would say more about start-up than speed")
                .doesNotContain("/s");
    }

    @Test
    void findingsExitOneAndReportEachAsJsonLines() throws IOException {
        Path file = write(dir.resolve("customers.csv"), Fixtures.CSV);

        Cli.Result result = Cli.run("scan", file.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.FINDINGS);
        List<JsonNode> findings = findings(result);
        assertThat(types(findings))
                .contains("CREDIT_CARD", "US_SSN", "EMAIL_ADDRESS", "IBAN_CODE", "AWS_ACCESS_KEY", "PHONE_NUMBER");
        JsonNode card = findings.stream()
                .filter(f -> f.get("type").asText().equals("CREDIT_CARD"))
                .findFirst()
                .orElseThrow();
        assertThat(card.get("path").asText()).isEqualTo(file.toString());
        assertThat(card.get("field").asText()).isEqualTo("card_number");
        assertThat(card.get("line").asLong()).isEqualTo(2);
        assertThat(card.get("masked").asText()).contains("*").endsWith("1111");
        assertThat(card.get("end").asLong()).isGreaterThan(card.get("start").asLong());
        assertThat(card.get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(card.has("fingerprint")).isFalse();
        assertThat(result.err()).contains("Findings: ").contains("CREDIT_CARD");
    }

    @Test
    void readsStandardInputAsTextByDefault() throws IOException {
        Cli.Result result = Cli.withStdin(Fixtures.TEXT.getBytes(StandardCharsets.UTF_8), "scan", "-");

        assertThat(result.exit()).isEqualTo(ExitStatus.FINDINGS);
        List<JsonNode> findings = findings(result);
        assertThat(findings)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.get("path").asText()).isEqualTo("-"));
        assertThat(types(findings)).contains("EMAIL_ADDRESS", "CREDIT_CARD");
    }

    @Test
    void readsStandardInputInTheGivenFormat() throws IOException {
        Cli.Result result =
                Cli.withStdin(Fixtures.CSV.getBytes(StandardCharsets.UTF_8), "scan", "--input-format", "csv", "-");

        assertThat(findings(result)).extracting(f -> f.path("field").asText()).contains("email", "card_number");
    }

    @Test
    void walksFoldersInNameOrderAndLeavesOutExcludedEntries() throws IOException {
        write(dir.resolve("b/second.txt"), "Email: " + Fixtures.EMAIL + "\n");
        write(dir.resolve("a/first.txt"), "Email: " + Fixtures.EMAIL + "\n");
        write(dir.resolve("a/debug.log"), "Email: " + Fixtures.EMAIL + "\n");
        write(dir.resolve("build/out/copy.txt"), "Email: " + Fixtures.EMAIL + "\n");
        write(dir.resolve("c.txt"), "Email: " + Fixtures.EMAIL + "\n");

        Cli.Result result = Cli.run("scan", "--exclude", "*.log", "--exclude", "build", dir.toString());

        assertThat(findings(result))
                .extracting(f -> f.get("path").asText())
                .containsExactly(
                        dir.resolve("a/first.txt").toString(),
                        dir.resolve("b/second.txt").toString(),
                        dir.resolve("c.txt").toString());
        assertThat(result.err()).contains("Scanned 3 files");
    }

    @Test
    void excludeMatchesPathsRelativeToTheFolder() throws IOException {
        write(dir.resolve("keep/a.txt"), "Email: " + Fixtures.EMAIL + "\n");
        write(dir.resolve("fixtures/deep/b.txt"), "Email: " + Fixtures.EMAIL + "\n");

        Cli.Result result = Cli.run("scan", "--exclude", "fixtures/**", dir.toString());

        assertThat(findings(result))
                .extracting(f -> f.get("path").asText())
                .containsExactly(dir.resolve("keep/a.txt").toString());
    }

    @Test
    void skipsBinaryFilesWithTheReasonInTheSummary() {
        Path png = write(dir.resolve("logo.png"), Fixtures.png());
        write(dir.resolve("notes.txt"), "nothing to see\n");

        Cli.Result result = Cli.run("scan", dir.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.INCOMPLETE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsSequence("Skipped (not read):", "  " + png + ": binary file (PNG image)");
        assertThat(result.err()).contains("Scanned 1 file").contains("skipped 1");
    }

    @Test
    void scansTextWithAFewNulBytesAndSaysSo() throws IOException {
        Path csv = write(
                dir.resolve("export.csv"),
                ("id,email,flags\n1," + Fixtures.EMAIL + ",\0\n").getBytes(StandardCharsets.UTF_8));

        Cli.Result result = Cli.run("scan", "--format", "json", csv.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(result.errLines()).contains("Notes:", "  " + csv + ": scanned as text despite 1 NUL byte");
        JsonNode file = JSON.readTree(result.out()).get("files").get(0);
        assertThat(file.get("skipped").isNull()).isTrue();
        assertThat(file.get("findings").asLong()).isEqualTo(1);
        assertThat(file.get("notes"))
                .extracting(JsonNode::asText)
                .containsExactly("scanned as text despite 1 NUL byte");

        Cli.Result redacted =
                Cli.run("redact", csv.toString(), "-o", dir.resolve("out.csv").toString());

        assertThat(redacted.errLines()).contains("Note: scanned as text despite 1 NUL byte");
    }

    @Test
    void reportsBrokenLinksAsSkippedAndLinkLoopsAsDuplicates() throws IOException {
        write(dir.resolve("data/a.txt"), "Email: " + Fixtures.EMAIL + "\n");
        Files.createSymbolicLink(dir.resolve("data/loop"), dir.resolve("data"));
        Files.createSymbolicLink(dir.resolve("data/dangling"), dir.resolve("gone.txt"));
        Files.createSymbolicLink(dir.resolve("data/self"), dir.resolve("data/self"));

        Cli.Result result = Cli.run("scan", dir.resolve("data").toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(result.errLines())
                .containsSequence(
                        "Skipped (not read):",
                        "  " + dir.resolve("data/dangling") + ": broken symbolic link",
                        "  " + dir.resolve("data/self") + ": symbolic link loop",
                        "Duplicates, not read again (the same file or folder as an earlier path):",
                        "  " + dir.resolve("data/loop") + ": same as " + dir.resolve("data"));
        assertThat(result.err()).contains("Scanned 1 file").contains("skipped 2, duplicates 1");
    }

    @Test
    void scansTheFilesOfALinkedFolderOnce() throws IOException {
        write(dir.resolve("docs/guide.txt"), "Email: " + Fixtures.EMAIL + "\n");
        Files.createSymbolicLink(dir.resolve("latest"), dir.resolve("docs"));

        Cli.Result result = Cli.run("scan", dir.toString());

        assertThat(findings(result))
                .extracting(f -> f.get("path").asText())
                .containsExactly(dir.resolve("docs/guide.txt").toString());
        assertThat(result.errLines()).contains("  " + dir.resolve("latest") + ": same as " + dir.resolve("docs"));
        assertThat(result.exit()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void scansGzipInputDecompressedWhateverItsName() throws IOException {
        Path gz = write(dir.resolve("export.csv.gz"), Fixtures.gzip(Fixtures.CSV));
        Path disguised = write(dir.resolve("export.dat"), Fixtures.gzip(Fixtures.TEXT));

        List<JsonNode> findings = findings(Cli.run("scan", gz.toString(), disguised.toString()));

        assertThat(findings)
                .filteredOn(f -> f.get("path").asText().equals(gz.toString()))
                .extracting(f -> f.path("field").asText())
                .contains("card_number", "email");
        assertThat(findings)
                .filteredOn(f -> f.get("path").asText().equals(disguised.toString()))
                .extracting(f -> f.get("type").asText())
                .contains("CREDIT_CARD", "EMAIL_ADDRESS");
    }

    @Test
    void gzipBeyondTheDecompressionLimitIsSkippedWhenMetBeforeAnythingIsScanned() {
        Path gz = write(dir.resolve("big.txt.gz"), Fixtures.gzip("x".repeat(200_000)));

        Cli.Result result = Cli.run("scan", "--max-decompressed-bytes", "64K", gz.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.INCOMPLETE);
        assertThat(result.err()).contains(gz + ": decompression bomb guard");
    }

    @Test
    void anyNumberOfThreadsGivesTheSameReport() {
        for (int i = 0; i < 40; i++) {
            String content = i % 3 == 0 ? Fixtures.TEXT : i % 3 == 1 ? Fixtures.CSV : "clean line\n".repeat(i);
            write(dir.resolve("f" + (char) ('a' + i % 26) + i + (i % 3 == 1 ? ".csv" : ".txt")), content);
        }

        Cli.Result one = Cli.run("scan", "--threads", "1", dir.toString());
        Cli.Result two = Cli.run("scan", "--threads", "2", dir.toString());
        Cli.Result eight = Cli.run("scan", "--threads", "8", dir.toString());

        assertThat(one.outLines()).hasSizeGreaterThan(40);
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(eight.out()).isEqualTo(one.out());
    }

    @Test
    void fingerprintsOnlyWithTheKeyStableAcrossRunsAndSpellings() throws IOException {
        Path file = write(
                dir.resolve("cards.txt"),
                "Card number: " + Fixtures.CARD + "\nCard number: " + Fixtures.CARD_SPACED + "\n");
        Map<String, String> env = Map.of(EngineOptions.HMAC_KEY_ENV, "s3cret-key-for-tests");

        List<JsonNode> without = findings(Cli.run("scan", file.toString()));
        Cli.Result first = Cli.run(env, "scan", file.toString());
        Cli.Result second = Cli.run(env, "scan", file.toString());
        Cli.Result otherKey = Cli.run(Map.of(EngineOptions.HMAC_KEY_ENV, "another key"), "scan", file.toString());

        assertThat(without)
                .hasSize(2)
                .allSatisfy(f -> assertThat(f.has("fingerprint")).isFalse());
        List<String> prints =
                findings(first).stream().map(f -> f.get("fingerprint").asText()).toList();
        assertThat(prints).hasSize(2).allSatisfy(p -> assertThat(p).matches("[0-9a-f]{64}"));
        assertThat(prints.get(1)).as("same card, other spelling").isEqualTo(prints.get(0));
        assertThat(findings(second).stream()
                        .map(f -> f.get("fingerprint").asText())
                        .toList())
                .isEqualTo(prints);
        assertThat(findings(otherKey).get(0).get("fingerprint").asText()).isNotEqualTo(prints.get(0));
        assertThat(first.out() + first.err()).doesNotContain("s3cret-key-for-tests");
    }

    @Test
    void writesTheReportToAFileAtomically() throws IOException {
        Path input = write(dir.resolve("in/customers.csv"), Fixtures.CSV);
        Path report = dir.resolve("in/report.jsonl");

        Cli.Result result =
                Cli.run("scan", "-o", report.toString(), dir.resolve("in").toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(result.out()).isEmpty();
        assertThat(Fixtures.list(dir.resolve("in"))).containsExactly("customers.csv", "report.jsonl");
        List<String> lines = Files.readAllLines(report);
        assertThat(lines)
                .isNotEmpty()
                .allSatisfy(l -> assertThat(JSON.readTree(l).get("path").asText())
                        .as("the report and its temporary file are not scanned")
                        .isEqualTo(input.toString()));

        // The report is now a file of the folder: it would be an input, so it is left out by name.
        Cli.Result again = Cli.run(
                "scan",
                "-o",
                report.toString(),
                "--exclude",
                "report.jsonl",
                dir.resolve("in").toString());
        assertThat(again.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(Files.readAllLines(report)).isEqualTo(lines);
    }

    @Test
    void failedScanLeavesNoReportFile() {
        Path report = dir.resolve("report.json");

        Cli.Result result = Cli.run(
                "scan",
                "-o",
                report.toString(),
                "--config",
                dir.resolve("none.yaml").toString(),
                dir.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(Fixtures.list(dir)).isEmpty();
    }

    @Test
    void quietPrintsNoSummary() {
        Path file = write(dir.resolve("a.txt"), Fixtures.TEXT);

        Cli.Result result = Cli.run("scan", "--quiet", file.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void typesKeepsOnlyTheGivenEntityTypes() throws IOException {
        Path file = write(dir.resolve("a.txt"), Fixtures.TEXT);

        List<JsonNode> findings = findings(Cli.run("scan", "--types", "email_address,IBAN_CODE", file.toString()));

        assertThat(types(findings)).containsOnly("EMAIL_ADDRESS", "IBAN_CODE").contains("EMAIL_ADDRESS", "IBAN_CODE");
    }

    @Test
    void disableSwitchesOffDetectorsByIdOrType() throws IOException {
        Path file = write(dir.resolve("a.txt"), Fixtures.TEXT);

        List<JsonNode> findings =
                findings(Cli.run("scan", "--disable", "credit-card", "--disable", "EMAIL_ADDRESS", file.toString()));

        assertThat(types(findings)).isNotEmpty().doesNotContain("CREDIT_CARD", "EMAIL_ADDRESS");
    }

    @Test
    void higherMinimumConfidenceReportsNoMore() throws IOException {
        Path file = write(dir.resolve("a.txt"), Fixtures.TEXT);

        List<JsonNode> all = findings(Cli.run("scan", "--min-confidence", "0", file.toString()));
        List<JsonNode> sure = findings(Cli.run("scan", "--min-confidence", "0.99", file.toString()));

        assertThat(sure.size()).isLessThanOrEqualTo(all.size());
        assertThat(sure)
                .allSatisfy(f -> assertThat(f.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.99));
    }

    @Test
    void customDetectorsFromTheConfigFile() throws IOException {
        Path config = write(dir.resolve("pii.yaml"), """
                detectors:
                  - id: employee-id
                    type: EMPLOYEE_ID
                    pattern: 'EMP-\\d{6}'
                    score: 0.9
                """);
        Path file = write(dir.resolve("staff.txt"), "Employee EMP-123456 joined.\n");

        List<JsonNode> findings = findings(Cli.run("scan", "--config", config.toString(), file.toString()));

        assertThat(findings).extracting(f -> f.get("type").asText()).containsExactly("EMPLOYEE_ID");
        assertThat(findings.get(0).get("detector").asText()).isEqualTo("employee-id");
        assertThat(findings.get(0).get("masked").asText()).doesNotContain("123456");
    }

    @Test
    void regionsReadNationalPhoneNumbers() throws IOException {
        Path file =
                write(dir.resolve("uk.txt"), "Call the office, phone 020 7930 4832.\nOffice hours 020 7930 4833.\n");

        List<JsonNode> byDefault = findings(Cli.run("scan", "--types", "PHONE_NUMBER", file.toString()));
        List<JsonNode> gbFirst =
                findings(Cli.run("scan", "--region", "gb", "--types", "PHONE_NUMBER", file.toString()));
        List<JsonNode> gbOnly =
                findings(Cli.run("scan", "--regions", "GB", "--types", "PHONE_NUMBER", file.toString()));
        List<JsonNode> usOnly =
                findings(Cli.run("scan", "--regions", "US", "--types", "PHONE_NUMBER", file.toString()));

        // Numbers of a region after the first need a label such as "phone".
        assertThat(byDefault).extracting(f -> f.get("line").asInt()).containsExactly(1);
        assertThat(byDefault).extracting(f -> f.get("detail").asText()).containsExactly("GB");
        assertThat(gbFirst).extracting(f -> f.get("line").asInt()).containsExactly(1, 2);
        assertThat(gbOnly).hasSize(2);
        assertThat(usOnly).isEmpty();
    }

    @Test
    void defaultsToATableOnATerminal() {
        Path file = write(dir.resolve("a.txt"), Fixtures.TEXT);

        Cli.Result result = Cli.onTerminal("scan", file.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(result.outLines().get(0)).startsWith("LOCATION").contains("TYPE", "CONFIDENCE", "MASKED", "FIELD");
    }

    @Test
    void versionComesFromTheBuild() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("pii-scanner ");
    }

    @Test
    void helpListsTheOptionsAndExitStatuses() {
        Cli.Result result = Cli.run("scan", "--help");

        assertThat(result.exit()).isZero();
        assertThat(result.out())
                .contains("--format", "--exclude", "--threads", "--min-confidence", "--allow-skipped", "Exit status");
        assertThat(exitStatuses(result.out())).containsExactly("0", "1", "2", "3");
    }

    @Test
    void topLevelHelpGivesTheExitStatusesOfEveryCommand() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exit()).isZero();
        assertThat(exitStatuses(result.out())).containsExactly("0", "1", "2", "3");
        String statuses = result.out().substring(result.out().indexOf("Exit status"));
        assertThat(statuses).contains("scan:", "redact:", "check:");
        assertThat(Cli.run("check", "--help").out()).contains("Exit status").contains("Critical or High");
    }

    /** The statuses listed after the "Exit status" heading of a help text. */
    private static List<String> exitStatuses(String help) {
        return help.substring(help.indexOf("Exit status"))
                .lines()
                .map(String::strip)
                .filter(l -> l.matches("\\d\\s.*"))
                .map(l -> l.substring(0, 1))
                .toList();
    }
}
