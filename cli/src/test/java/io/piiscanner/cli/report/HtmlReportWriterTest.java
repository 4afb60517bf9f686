package io.piiscanner.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.core.scan.Finding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report streams: rows as findings arrive, capped per type, in memory that does not grow. */
class HtmlReportWriterTest {

    private static final Pattern ROW = Pattern.compile("<tr data-type=\"([A-Z_]+)\"");

    @TempDir
    Path dir;

    @Test
    void fourMillionFindingsListTheFirstRowsOfEachTypeInASmallHeapAndCountEveryOne()
            throws IOException, InterruptedException {
        Path report = dir.resolve("report.html");
        int inputs = 2000;
        int base = 1000;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx24m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ManyFindingsReport.class.getName(),
                        report.toString(),
                        String.valueOf(inputs),
                        String.valueOf(base),
                        "50")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();

        String html = Files.readString(report);
        long findings = (long) inputs * base + (long) inputs * (inputs - 1) / 2;
        assertThat(rowsByType(html))
                .containsOnly(entry("CREDIT_CARD", 50), entry("EMAIL_ADDRESS", 50), entry("US_SSN", 50));
        String total = String.format(Locale.ROOT, "%,d", findings);
        assertThat(html)
                .contains("<dt>Findings</dt><dd>" + total + "</dd>")
                .contains("Listed: the first 50 findings of each type, 150 of " + total)
                .contains("<title>data/part-01999.csv: 2,999</title>")
                .contains("And 1,990 more files with ");
        assertThat(Files.size(report))
                .as("the page does not grow with the findings")
                .isLessThan(200_000);
    }

    @Test
    void rowsAreWrittenAsFindingsArriveUpToTheCapOfTheirType() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter writer = ReportFormat.HTML.open(out, new RunInfo("test", List.of("CREDIT_CARD")), 2);
        writer.begin();
        for (int n = 1; n <= 5; n++) {
            writer.finding(new Finding(
                    "a.txt", "CREDIT_CARD", 0, 16, n, 1, 0.95, "************1111", "card", null, null, null));
            writer.flush();
            assertThat(rowsByType(out.toString(StandardCharsets.UTF_8)))
                    .containsOnly(entry("CREDIT_CARD", Math.min(n, 2)));
        }
    }

    @Test
    void aLocationIsShownFieldByFieldWhateverItHolds() throws IOException {
        JsonNode finding = new ObjectMapper().readTree("""
                {"path": "book.xlsx", "type": "CREDIT_CARD", "line": 7, "column": 2, "field": "Card <no>",
                 "location": {"sheet": "Accounts", "cell": "B7", "entry": null}, "page": 3}
                """);
        assertThat(HtmlReportWriter.location(finding))
                .isEqualTo(
                        "<span>field Card &lt;no&gt;</span><span>sheet Accounts</span><span>cell B7</span><span>page 3</span>");
    }

    private static Map<String, Integer> rowsByType(String html) {
        Map<String, Integer> rows = new TreeMap<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            rows.merge(m.group(1), 1, Integer::sum);
        }
        return rows;
    }

    private static Map.Entry<String, Integer> entry(String type, int rows) {
        return Map.entry(type, rows);
    }
}
