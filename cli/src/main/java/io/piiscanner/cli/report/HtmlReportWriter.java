package io.piiscanner.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.piiscanner.cli.html.BarChart;
import io.piiscanner.cli.html.Html;
import io.piiscanner.cli.html.HtmlPage;
import io.piiscanner.cli.html.RowTable;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One self-contained HTML page for people: a summary, charts of the findings by type, confidence
 * and file, and a table of findings that the page filters and sorts ({@link HtmlPage}).
 *
 * <p>It streams in bounded memory. Rows are written as findings arrive, the first
 * {@code rowsPerType} of each entity type, and otherwise only counts are kept: a scan with a
 * million findings gives a page of a few thousand rows that says what it left out. The summary
 * and charts, known only at the end, are written after the table and shown above it by the
 * stylesheet.
 *
 * <p>A row shows the finding as the JSON report writes it ({@link JsonOutput#writeFinding}), so
 * fields beyond a text position, such as a sheet, a page or an archive entry, appear by name in
 * its location cell.
 */
final class HtmlReportWriter implements ReportWriter {

    /** Files in the chart of findings by file. */
    static final int CHART_FILES = 10;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields that have a column of their own, or that people need not see (byte offsets, HMACs). */
    private static final Set<String> COLUMN_FIELDS = Set.of(
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

    private static final List<RowTable.Column> COLUMNS = List.of(
            new RowTable.Column("File", RowTable.Sort.TEXT),
            new RowTable.Column("Line", RowTable.Sort.NUMBER),
            new RowTable.Column("Location", RowTable.Sort.NONE),
            new RowTable.Column("Type", RowTable.Sort.TEXT),
            new RowTable.Column("Confidence", RowTable.Sort.NUMBER),
            new RowTable.Column("Masked value", RowTable.Sort.NONE),
            new RowTable.Column("Detail", RowTable.Sort.NONE));

    private final Writer out;
    private final RunInfo run;
    private final int rowsPerType;
    private final Map<String, Long> foundByType = new TreeMap<>();
    private final Map<String, Long> listedByType = new TreeMap<>();
    private final long[] foundByBand = new long[ConfidenceBands.COUNT];
    private final TopFiles topFiles = new TopFiles(CHART_FILES);

    /**
     * @param out         where the page goes; left open
     * @param run         the tool version
     * @param rowsPerType rows listed per entity type, and skipped or failed inputs listed; at least 1
     */
    HtmlReportWriter(OutputStream out, RunInfo run, int rowsPerType) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.run = run;
        this.rowsPerType = rowsPerType;
    }

    @Override
    public void begin() throws IOException {
        HtmlPage.begin(
                out,
                "pii-scanner scan report",
                "pii-scanner " + run.toolVersion() + ", written "
                        + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        RowTable.beginSection(out, "findings", "Findings");
        RowTable.beginTable(out, COLUMNS);
    }

    @Override
    public void finding(Finding finding) throws IOException {
        int band = ConfidenceBands.of(finding.confidence());
        foundByBand[band]++;
        foundByType.merge(finding.type(), 1L, Long::sum);
        long listed = listedByType.getOrDefault(finding.type(), 0L);
        if (listed < rowsPerType) {
            listedByType.put(finding.type(), listed + 1);
            writeRow(asJson(finding), band);
        }
    }

    private static JsonNode asJson(Finding finding) throws IOException {
        try (TokenBuffer buffer = new TokenBuffer(JSON, false)) {
            JsonOutput.writeFinding(buffer, finding);
            return JSON.readTree(buffer.asParser());
        }
    }

    private void writeRow(JsonNode f, int band) throws IOException {
        String path = f.path("path").asText();
        String type = f.path("type").asText();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("type", type);
        filters.put("file", path);
        filters.put("band", ConfidenceBands.key(band));
        RowTable.beginRow(out, filters);
        out.write("<td class=\"path\">" + Html.escape(path) + "</td>");
        long line = f.path("line").asLong();
        out.write("<td class=\"num\" data-value=\"" + line + "\">" + line + ":"
                + f.path("column").asLong() + "</td>");
        out.write("<td class=\"where\">" + location(f) + "</td>");
        out.write("<td>" + Html.escape(type) + "</td>");
        out.write(String.format(
                Locale.ROOT, "<td class=\"num\">%.2f</td>", f.path("confidence").asDouble()));
        out.write("<td><code>" + Html.escape(f.path("masked").asText()) + "</code></td>");
        out.write("<td>" + (f.hasNonNull("detail") ? Html.escape(f.get("detail").asText()) : "") + "</td></tr>\n");
    }

    /** The field, then every other field the finding carries, each by name: {@code sheet Accounts}. */
    static String location(JsonNode f) {
        StringBuilder sb = new StringBuilder();
        if (f.hasNonNull("field")) {
            sb.append("<span>field ")
                    .append(Html.escape(f.get("field").asText()))
                    .append("</span>");
        }
        for (Map.Entry<String, JsonNode> e : f.properties()) {
            if (!COLUMN_FIELDS.contains(e.getKey())) {
                appendPart(sb, e.getKey(), e.getValue());
            }
        }
        return sb.toString();
    }

    private static void appendPart(StringBuilder sb, String name, JsonNode value) {
        if (value.isObject()) {
            value.properties().forEach(e -> appendPart(sb, e.getKey(), e.getValue()));
        } else if (!value.isNull()) {
            sb.append("<span>")
                    .append(Html.escape(name))
                    .append(' ')
                    .append(Html.escape(value.isValueNode() ? value.asText() : value.toString()))
                    .append("</span>");
        }
    }

    @Override
    public void inputDone(ScanOutcome outcome) {
        topFiles.add(outcome.path(), outcome.findings());
    }

    @Override
    public void end(ScanTotals totals) throws IOException {
        RowTable.endTable(out);
        writeControls();
        RowTable.endSection(out);
        writeSummary(totals);
        HtmlPage.end(out);
        out.flush();
    }

    private void writeControls() throws IOException {
        RowTable.beginControls(out);
        List<RowTable.Choice> types = new ArrayList<>();
        foundByType.forEach((type, found) -> types.add(new RowTable.Choice(
                type, type + " (" + Html.count(listedByType.get(type)) + " of " + Html.count(found) + ")")));
        RowTable.select(out, "Type", "type", "All types", types);
        RowTable.search(out, "File", "file", "part of a path");
        List<RowTable.Choice> bands = new ArrayList<>();
        for (int band = 0; band < ConfidenceBands.COUNT; band++) {
            if (foundByBand[band] > 0) {
                bands.add(new RowTable.Choice(ConfidenceBands.key(band), ConfidenceBands.label(band)));
            }
        }
        RowTable.select(out, "Confidence", "band", "Any confidence", bands);
        RowTable.endControls(out);
        out.write("<p class=\"note\">" + Html.escape(listingNote()) + "</p>\n");
    }

    /** What the table lists, and what it leaves out. */
    private String listingNote() {
        long found = total(foundByType);
        long listed = total(listedByType);
        if (found == 0) {
            return "No findings.";
        }
        if (listed == found) {
            return "Every finding is listed.";
        }
        List<String> cut = new ArrayList<>();
        foundByType.forEach((type, n) -> {
            long shown = listedByType.get(type);
            if (shown < n) {
                cut.add(type + " " + Html.count(n - shown));
            }
        });
        return "Listed: the first " + Html.count(rowsPerType) + " findings of each type, " + Html.count(listed)
                + " of " + Html.count(found) + ". Left out: " + String.join(", ", cut) + ". The counts and charts"
                + " cover every finding; --format json or jsonl lists them all, --html-rows lists more.";
    }

    private void writeSummary(ScanTotals totals) throws IOException {
        long found = total(foundByType);
        HtmlPage.beginSummary(out, verdict(found, totals));
        HtmlPage.stats(
                out,
                List.of(
                        new HtmlPage.Stat("Findings", Html.count(found)),
                        new HtmlPage.Stat("Files scanned", Html.count(totals.filesScanned())),
                        new HtmlPage.Stat(
                                "Files skipped", Html.count(totals.skipped().size())),
                        new HtmlPage.Stat(
                                "Files failed", Html.count(totals.failed().size())),
                        new HtmlPage.Stat("Bytes scanned", ByteSizes.format(totals.bytes())),
                        new HtmlPage.Stat("Time", String.format(Locale.ROOT, "%.2f s", totals.elapsedNanos() / 1e9)),
                        new HtmlPage.Stat("Throughput", ByteSizes.perSecond(totals.bytes(), totals.elapsedNanos()))));
        writeCharts();
        writeInputs(
                "Skipped",
                "skipped",
                totals.skipped().stream()
                        .map(s -> List.of(s.path(), s.reason()))
                        .toList());
        writeInputs(
                "Failed partway (their findings up to the failure are counted)",
                "failed",
                totals.failed().stream().map(f -> List.of(f.path(), f.reason())).toList());
        HtmlPage.endSummary(out);
    }

    private void writeCharts() throws IOException {
        out.write("<div class=\"charts\">\n");
        List<BarChart.Bar> byType = new ArrayList<>();
        foundByType.forEach((type, n) -> byType.add(new BarChart.Bar(type, n, null)));
        BarChart.write(out, "chart-types", "Findings by type", byType, null);
        List<BarChart.Bar> byBand = new ArrayList<>();
        for (int band = 0; band < ConfidenceBands.COUNT; band++) {
            if (foundByBand[band] > 0) {
                byBand.add(new BarChart.Bar(ConfidenceBands.label(band), foundByBand[band], null));
            }
        }
        BarChart.write(out, "chart-confidence", "Findings by confidence", byBand, null);
        List<BarChart.Bar> byFile = new ArrayList<>();
        topFiles.top().forEach(e -> byFile.add(new BarChart.Bar(e.path(), e.findings(), null)));
        String others = topFiles.otherFiles() == 0
                ? null
                : "And " + Html.count(topFiles.otherFiles()) + " more files with "
                        + Html.count(topFiles.otherFindings()) + " findings.";
        BarChart.write(out, "chart-files", "Files with the most findings", byFile, others);
        out.write("</div>\n");
    }

    /** Clean means read in full and nothing found: a skipped or failed input rules it out. */
    private static String verdict(long found, ScanTotals totals) {
        long unread = (long) totals.skipped().size() + totals.failed().size();
        String files = totals.filesScanned() == 1 ? "1 file" : Html.count(totals.filesScanned()) + " files";
        String notRead = (unread == 1 ? "1 input was" : Html.count(unread) + " inputs were") + " not read in full";
        if (found > 0) {
            return "Personal or payment data found: " + Html.count(found) + (found == 1 ? " finding" : " findings")
                    + " in " + files + " scanned" + (unread == 0 ? "." : "; " + notRead + ".");
        }
        if (unread > 0) {
            return "Nothing found in " + files + " scanned, but " + notRead + ": this scan cannot be called clean.";
        }
        return "Clean: " + files + " read in full, nothing found.";
    }

    /** A table of inputs and reasons, the first {@code rowsPerType} of them, saying how many more. */
    private void writeInputs(String heading, String kind, List<List<String>> inputs) throws IOException {
        if (inputs.isEmpty()) {
            return;
        }
        out.write("<h3>" + Html.escape(heading) + ": " + Html.count(inputs.size()) + "</h3>\n");
        out.write("<table class=\"inputs " + kind + "\"><thead><tr><th>File</th><th>Reason</th></tr></thead><tbody>\n");
        for (List<String> input : inputs.subList(0, Math.min(inputs.size(), rowsPerType))) {
            out.write("<tr><td class=\"path\">" + Html.escape(input.get(0)) + "</td><td>" + Html.escape(input.get(1))
                    + "</td></tr>\n");
        }
        out.write("</tbody></table>\n");
        if (inputs.size() > rowsPerType) {
            out.write("<p class=\"note\">And " + Html.count(inputs.size() - rowsPerType)
                    + " more; standard error and --format json list them all.</p>\n");
        }
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
