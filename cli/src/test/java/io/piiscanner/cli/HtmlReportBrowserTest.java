package io.piiscanner.cli;

import static io.piiscanner.cli.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The HTML scan report as a person meets it: opened from a file in a real browser, its summary
 * and charts show what the JSON report of the same scan counts, its table filters by type, file
 * and confidence and sorts, and it makes no network request. Screenshots go to
 * {@code target/html-report/}.
 */
class HtmlReportBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROWS_PER_TYPE = 40;
    /** A file name that is markup: the page must show it as text. */
    private static final String MARKUP_NAME = "<img src=x onerror=alert(1)>.txt";

    private static final Path SCREENSHOTS = Path.of("target", "html-report");
    /** Rows the page shows: laid out, not hidden by a filter. */
    private static final String VISIBLE_ROWS = "return Array.from(document.querySelectorAll('#findings tbody tr'))"
            + ".filter(r => r.getClientRects().length > 0).map(r => Array.from(r.cells, c => c.textContent));";

    @TempDir
    static Path dir;

    private static Browser browser;
    private static Path report;
    private static JsonNode scan;

    @BeforeAll
    static void scanTheSamplesAndStartTheBrowser() throws IOException {
        browser = Browser.start(dir.resolve("profile"));
        Path samples = Path.of("..", "samples").toAbsolutePath().normalize();
        Path odd = dir.resolve("odd");
        write(odd.resolve(MARKUP_NAME), "card " + Fixtures.CARD + "\n");
        write(odd.resolve("note.txt"), "mail " + Fixtures.EMAIL + "\n");
        write(odd.resolve("todo.txt"), "call " + Fixtures.PHONE + "\n");
        // The odd names first, so that their findings are among the first of each type, which are listed.
        Cli.Result json = Cli.run("scan", "--format", "json", odd.toString(), samples.toString());
        scan = JSON.readTree(json.out());
        report = dir.resolve("report.html");
        Cli.Result html = Cli.run(
                "scan",
                "--format",
                "html",
                "--html-rows",
                String.valueOf(ROWS_PER_TYPE),
                "-o",
                report.toString(),
                odd.toString(),
                samples.toString());
        assertThat(html.exit()).as(html.err()).isEqualTo(ExitStatus.FINDINGS);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openTheReport() {
        browser.open(report);
    }

    @Test
    void theSummaryComesFirstWithTheTotalsOfTheJsonReport() {
        JsonNode summary = scan.get("summary");
        Map<String, String> tiles = new HashMap<>();
        for (WebElement tile : browser.findAll(".summary .totals div")) {
            tiles.put(
                    tile.findElement(By.tagName("dt")).getText(),
                    tile.findElement(By.tagName("dd")).getText());
        }
        assertThat(tiles)
                .containsEntry("Findings", count(summary.get("findings").asLong()))
                .containsEntry(
                        "Files scanned", count(summary.get("filesScanned").asLong()))
                .containsEntry("Files skipped", "1")
                .containsEntry("Files failed", "0");
        assertThat(browser.find(".summary .skipped").getText()).contains("logo.png", "binary");
        // Written after the table, shown above it: the stylesheet applied.
        assertThat(browser.find(".summary").getRect().getY())
                .isLessThan(browser.find("#findings").getRect().getY());
        browser.screenshot(SCREENSHOTS.resolve("scan-summary.png"));
    }

    @Test
    void theChartsDrawTheCountsOfTheJsonReport() {
        Map<String, Long> byType = new TreeMap<>();
        scan.get("summary")
                .get("byType")
                .properties()
                .forEach(e -> byType.put(e.getKey(), e.getValue().asLong()));
        assertThat(chart("chart-types")).containsExactlyEntriesOf(byType);

        Map<String, Long> byBand = new TreeMap<>(Comparator.reverseOrder());
        for (JsonNode f : scan.get("findings")) {
            byBand.merge(band(f.get("confidence").asDouble()), 1L, Long::sum);
        }
        assertThat(chart("chart-confidence")).containsExactlyEntriesOf(byBand);

        List<JsonNode> files = new ArrayList<>();
        scan.get("files").forEach(f -> {
            if (f.get("findings").asLong() > 0) {
                files.add(f);
            }
        });
        files.sort(Comparator.comparingLong((JsonNode f) -> f.get("findings").asLong())
                .reversed());
        Map<String, Long> topFiles = new LinkedHashMap<>();
        files.stream()
                .limit(10)
                .forEach(f ->
                        topFiles.put(f.get("path").asText(), f.get("findings").asLong()));
        assertThat(chart("chart-files")).containsExactlyEntriesOf(topFiles);
        assertThat(files).hasSizeGreaterThan(10);
        long others = files.stream()
                .skip(10)
                .mapToLong(f -> f.get("findings").asLong())
                .sum();
        assertThat(browser.find("#chart-files").getText())
                .contains("And " + (files.size() - 10) + " more files with " + others + " findings.");
    }

    @Test
    void theTableFiltersByTypeFileAndConfidence() {
        List<JsonNode> listed = listed();
        assertThat(visibleRows()).hasSize(listed.size());
        assertThat(browser.find("#findings .shown").getText())
                .isEqualTo(listed.size() + " of " + listed.size() + " rows shown");

        choose("type", "CREDIT_CARD");
        assertShows(listed, f -> f.get("type").asText().equals("CREDIT_CARD"));
        assertThat(visibleRows()).allSatisfy(row -> assertThat(row.get(3)).isEqualTo("CREDIT_CARD"));

        WebElement file = browser.find("input[data-filter=file]");
        file.sendKeys("customers.csv");
        assertShows(
                listed,
                f -> f.get("type").asText().equals("CREDIT_CARD")
                        && f.get("path").asText().endsWith("customers.csv"));

        choose("type", "");
        assertShows(listed, f -> f.get("path").asText().endsWith("customers.csv"));
        file.clear();
        file.sendKeys("ONERROR");
        assertShows(listed, f -> f.get("path").asText().contains("onerror"));
        assertThat(visibleRows())
                .singleElement()
                .satisfies(row -> assertThat(row.get(0)).endsWith("/" + MARKUP_NAME));
        assertThat(browser.findAll("#findings img"))
                .as("a name is text, never markup")
                .isEmpty();
        file.clear();

        double lowest = listed.stream()
                .mapToDouble(f -> f.get("confidence").asDouble())
                .min()
                .orElseThrow();
        assertThat(lowest).isLessThan(0.9);
        String band = band(lowest);
        choose("band", bandValue(lowest));
        assertShows(listed, f -> band(f.get("confidence").asDouble()).equals(band));
        assertThat(visibleRows())
                .allSatisfy(
                        row -> assertThat(band(Double.parseDouble(row.get(4)))).isEqualTo(band));
        browser.script("document.getElementById('findings').scrollIntoView()");
        browser.screenshot(SCREENSHOTS.resolve("scan-filtered.png"));
    }

    @Test
    void theListSaysWhatItLeftOut() {
        Map<String, Long> byType = new TreeMap<>();
        scan.get("summary")
                .get("byType")
                .properties()
                .forEach(e -> byType.put(e.getKey(), e.getValue().asLong()));
        String note = browser.find("#findings .note").getText();
        long found = scan.get("summary").get("findings").asLong();
        assertThat(note)
                .contains("the first " + ROWS_PER_TYPE + " findings of each type, " + count(listed().size()) + " of "
                        + count(found));
        byType.forEach((type, n) -> {
            if (n > ROWS_PER_TYPE) {
                assertThat(note).contains(type + " " + count(n - ROWS_PER_TYPE));
            }
        });
        assertThat(browser.find("select[data-filter=type] option[value=CREDIT_CARD]")
                        .getText())
                .isEqualTo("CREDIT_CARD (" + ROWS_PER_TYPE + " of " + count(byType.get("CREDIT_CARD")) + ")");
    }

    @Test
    void theTableSortsByAColumnBothWays() {
        clickHeading("Confidence");
        List<Double> ascending = visibleRows().stream()
                .map(row -> Double.parseDouble(row.get(4)))
                .toList();
        assertThat(ascending).isSorted().contains(1.0);
        assertThat(browser.find("#findings th[aria-sort]").getText()).startsWith("Confidence");
        clickHeading("Confidence");
        List<Double> descending = visibleRows().stream()
                .map(row -> Double.parseDouble(row.get(4)))
                .toList();
        assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(browser.find("#findings th[aria-sort=descending]").getText()).startsWith("Confidence");

        clickHeading("Line");
        assertThat(visibleRows().stream()
                        .map(row -> Long.parseLong(row.get(1).split(":")[0]))
                        .toList())
                .isSorted();

        clickHeading("File");
        List<String> files = visibleRows().stream().map(row -> row.get(0)).toList();
        List<String> runs = new ArrayList<>();
        for (String f : files) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(f)) {
                runs.add(f);
            }
        }
        assertThat(runs).as("the rows of a file are together").doesNotHaveDuplicates();
        clickHeading("File");
        List<String> reversedRuns = new ArrayList<>(runs);
        Collections.reverse(reversedRuns);
        assertThat(visibleRows().stream().map(row -> row.get(0)).distinct().toList())
                .isEqualTo(reversedRuns);
    }

    @Test
    void thePageRequestsNothingAndItsPolicyForbidsEveryRequest() throws IOException {
        List<String> requests = browser.requests();
        choose("type", "US_SSN");
        clickHeading("Confidence");
        requests.addAll(browser.requests());
        assertThat(requests)
                .as("only the report itself")
                .containsExactly(report.toUri().toString());
        assertThat(browser.script("return performance.getEntriesByType('resource').length"))
                .isEqualTo(0L);

        Object blocked = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                const violations = [];
                document.addEventListener('securitypolicyviolation', e => violations.push(e.effectiveDirective));
                new Image().src = 'http://127.0.0.1:9/pixel.png';
                fetch('http://127.0.0.1:9/beacon').then(() => done('fetched'),
                    () => setTimeout(() => done(violations.sort().join(' ')), 200));
                """);
        assertThat(blocked).isEqualTo("connect-src img-src");

        // The same browser does see a page that makes a request, so the silence above means something.
        Path fetching = Files.writeString(dir.resolve("fetching.html"), "<img src=\"http://127.0.0.1:9/pixel.png\">");
        browser.open(fetching);
        assertThat(browser.requests()).contains("http://127.0.0.1:9/pixel.png");
    }

    /** The bars of a chart: the whole label (shown on hover) and the count, each bar as long as its share. */
    private static Map<String, Long> chart(String id) {
        Map<String, Long> bars = new LinkedHashMap<>();
        List<WebElement> groups = browser.findAll("#" + id + " g.bar");
        double longest = 0;
        long largest = 0;
        for (WebElement g : groups) {
            String title = g.findElement(By.tagName("title")).getDomProperty("textContent");
            String label = title.substring(0, title.lastIndexOf(": "));
            String shown = g.findElement(By.cssSelector("text.label")).getDomProperty("textContent");
            assertThat(label).endsWith(shown.replace("\u2026", ""));
            long value = Long.parseLong(g.findElement(By.cssSelector("text.value"))
                    .getDomProperty("textContent")
                    .replace(",", ""));
            bars.put(label, value);
            longest = Math.max(longest, width(g));
            largest = Math.max(largest, value);
        }
        for (WebElement g : groups) {
            long value = Long.parseLong(g.findElement(By.cssSelector("text.value"))
                    .getDomProperty("textContent")
                    .replace(",", ""));
            assertThat(width(g) / longest)
                    .as("bar of %s in %s", value, id)
                    .isCloseTo((double) value / largest, within(0.01));
        }
        return bars;
    }

    private static double width(WebElement bar) {
        Object width = browser.script("return arguments[0].querySelector('rect').getBBox().width", bar);
        return ((Number) width).doubleValue();
    }

    /** The findings the table lists: the first of each type, in report order. */
    private static List<JsonNode> listed() {
        Map<String, Integer> perType = new HashMap<>();
        List<JsonNode> listed = new ArrayList<>();
        for (JsonNode f : scan.get("findings")) {
            if (perType.merge(f.get("type").asText(), 1, Integer::sum) <= ROWS_PER_TYPE) {
                listed.add(f);
            }
        }
        return listed;
    }

    /** The confidence band as the report labels it. */
    private static String band(double confidence) {
        long hundredths = Math.round(confidence * 100);
        if (hundredths >= 90) {
            return "0.90\u20131.00";
        }
        if (hundredths < 50) {
            return "below 0.50";
        }
        return String.format(Locale.ROOT, "0.%d0\u20130.%d9", hundredths / 10, hundredths / 10);
    }

    /** The value of the band in the confidence filter: its lower bound. */
    private static String bandValue(double confidence) {
        long hundredths = Math.round(confidence * 100);
        return hundredths >= 90 ? "0.9" : hundredths < 50 ? "0.0" : "0." + hundredths / 10;
    }

    private static void assertShows(List<JsonNode> listed, Predicate<JsonNode> kept) {
        List<String> expected = listed.stream()
                .filter(kept)
                .map(f -> f.get("path").asText() + ":" + f.get("line").asLong() + ":"
                        + f.get("column").asLong())
                .toList();
        assertThat(expected).isNotEmpty();
        assertThat(visibleRows().stream()
                        .map(row -> row.get(0) + ":" + row.get(1))
                        .toList())
                .containsExactlyElementsOf(expected);
        assertThat(browser.find("#findings .shown").getText()).startsWith(expected.size() + " of ");
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> visibleRows() {
        return (List<List<String>>) browser.script(VISIBLE_ROWS);
    }

    private static void choose(String filter, String value) {
        browser.find("select[data-filter=" + filter + "] option[value='" + value + "']")
                .click();
    }

    private static void clickHeading(String name) {
        browser.findAll("#findings th button").stream()
                .filter(b -> b.getText().equals(name))
                .findFirst()
                .orElseThrow()
                .click();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
