package io.piiscanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format html} of scan and check, as files: self-contained, honest about what it lists. */
class HtmlReportTest {

    /** What would make a page fetch something, or run script it does not carry. */
    private static final Pattern EXTERNAL = Pattern.compile("(?i)\\ssrc=|<link|@import|url\\(|<iframe|<object");

    @TempDir
    Path dir;

    private Path folder;

    @BeforeEach
    void createInputs() {
        folder = dir.resolve("data");
        Fixtures.write(folder.resolve("exports/customers.json"), Fixtures.JSON);
        Fixtures.write(folder.resolve("events.ndjson"), Fixtures.NDJSON);
        Fixtures.write(folder.resolve("scan.png"), Fixtures.png());
    }

    @Test
    void aScanReportIsOnePageThatNamesNothingOutsideItself() {
        Cli.Result r = Cli.run("scan", "--format", "html", folder.toString());

        assertThat(r.exit()).isEqualTo(ExitStatus.FINDINGS);
        String html = r.out();
        assertThat(html)
                .startsWith(
                        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-");
        assertThat(html).endsWith("</html>\n").doesNotContainPattern(EXTERNAL).doesNotContain("http:", "https:");
        assertThat(html.indexOf("Content-Security-Policy")).isLessThan(html.indexOf("<style>"));
        assertThat(r.err()).contains("Findings: ");
    }

    @Test
    void aCheckReportLinksOnlyToTheAwsDocumentation() throws IOException {
        Path template = Files.writeString(dir.resolve("stack.yaml"), CheckCommandTest.FAILING);
        Path report = dir.resolve("check.html");

        Cli.Result r = Cli.run("check", "--format", "html", "-o", report.toString(), template.toString());

        assertThat(r.exit()).isEqualTo(ExitStatus.FINDINGS);
        String html = Files.readString(report);
        assertThat(html)
                .contains("Critical or High findings: fix them before deploying.")
                .contains("logs-kms-key-policy")
                .contains(template + ":8:")
                .doesNotContainPattern(EXTERNAL);
        Matcher links = Pattern.compile("https?:[^\"<\\s]*").matcher(html);
        int n = 0;
        while (links.find()) {
            assertThat(links.group()).startsWith("https://docs.aws.amazon.com/");
            assertThat(html.substring(links.start() - "<a href=\"".length(), links.start()))
                    .isEqualTo("<a href=\"");
            n++;
        }
        assertThat(n).isPositive();
        assertThat(Cli.run(
                                "check",
                                "--format",
                                "html",
                                write("low.json", CheckCommandTest.LOW_ONLY).toString())
                        .exit())
                .isEqualTo(ExitStatus.CLEAN);
    }

    @Test
    void htmlRowsListsThatManyFindingsOfEachTypeAndSaysSo() {
        Cli.Result r = Cli.run("scan", "--format", "html", "--html-rows", "1", folder.toString());

        Matcher rows = Pattern.compile("<tr data-type=\"([A-Z_]+)\"").matcher(r.out());
        Map<String, Integer> perType = new TreeMap<>();
        while (rows.find()) {
            perType.merge(rows.group(1), 1, Integer::sum);
        }
        assertThat(perType)
                .containsKeys("CREDIT_CARD", "US_SSN", "EMAIL_ADDRESS")
                .allSatisfy((type, n) -> assertThat(n).as(type).isEqualTo(1));
        assertThat(r.out())
                .contains("Listed: the first 1 findings of each type, " + perType.size() + " of ")
                .contains("CREDIT_CARD (1 of ");
    }

    @Test
    void htmlRowsWithAnotherFormatIsAUsageError() {
        Cli.Result r = Cli.run("scan", "--format", "json", "--html-rows", "5", folder.toString());

        assertThat(r.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(r.errLines()).containsExactly("pii-scanner: --html-rows applies only to --format html");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theVerdictCallsAScanCleanOnlyWhenEveryInputWasReadInFull() {
        Path clean = write("clean/notes.txt", "nothing to see\n");
        assertThat(Cli.run("scan", "--format", "html", clean.getParent().toString())
                        .out())
                .contains("<p class=\"verdict\">Clean: 1 file read in full, nothing found.</p>");

        Fixtures.write(dir.resolve("clean/logo.png"), Fixtures.png());
        assertThat(Cli.run("scan", "--format", "html", clean.getParent().toString())
                        .out())
                .contains("<p class=\"verdict\">Nothing found in 1 file scanned, but 1 input was not read in full:"
                        + " this scan cannot be called clean.</p>")
                .contains("<h3>Skipped: 1</h3>");
    }

    private Path write(String name, String content) {
        return Fixtures.write(dir.resolve(name), content);
    }
}
