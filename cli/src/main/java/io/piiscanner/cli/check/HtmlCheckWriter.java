package io.piiscanner.cli.check;

import io.piiscanner.cli.html.BarChart;
import io.piiscanner.cli.html.Html;
import io.piiscanner.cli.html.HtmlPage;
import io.piiscanner.cli.html.RowTable;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A self-contained HTML page of a check ({@link HtmlPage}): the verdict, the templates, a chart of
 * the findings by impact, and every finding, most severe first, with its resource, template line,
 * problem, fix and documentation, in a table that filters by impact, template and rule and sorts.
 * The template limits bound the number of findings, so every one is listed.
 */
final class HtmlCheckWriter implements CheckReportWriter {

    private static final List<RowTable.Column> COLUMNS = List.of(
            new RowTable.Column("Impact", RowTable.Sort.NUMBER),
            new RowTable.Column("Location", RowTable.Sort.TEXT),
            new RowTable.Column("Resource", RowTable.Sort.TEXT),
            new RowTable.Column("Rule", RowTable.Sort.TEXT),
            new RowTable.Column("Problem", RowTable.Sort.NONE),
            new RowTable.Column("Fix", RowTable.Sort.NONE));

    @Override
    public void write(CheckReport report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        HtmlPage.begin(
                w,
                "pii-scanner check report",
                "pii-scanner " + report.toolVersion() + ", " + report.rules().size() + " rules, resource schemas from "
                        + report.schemas());
        List<CheckReport.Located> findings = report.findings().stream()
                .sorted(Comparator.comparing(l -> l.finding().impact()))
                .toList();
        writeSummary(w, report);
        RowTable.beginSection(w, "findings", "Findings by impact");
        writeControls(w, report, findings);
        RowTable.beginTable(w, COLUMNS);
        for (CheckReport.Located l : findings) {
            writeRow(w, l);
        }
        RowTable.endTable(w);
        RowTable.endSection(w);
        HtmlPage.end(w);
        w.flush();
    }

    private static void writeSummary(Writer w, CheckReport report) throws IOException {
        HtmlPage.beginSummary(w, verdict(report));
        Map<Impact, Integer> counts = report.counts();
        List<HtmlPage.Stat> stats = new ArrayList<>();
        stats.add(new HtmlPage.Stat("Templates", Html.count(report.templates().size())));
        counts.forEach((impact, n) -> stats.add(new HtmlPage.Stat(impact.label(), Html.count(n))));
        HtmlPage.stats(w, stats);
        w.write("<div class=\"charts\">\n");
        List<BarChart.Bar> bars = new ArrayList<>();
        counts.forEach((impact, n) ->
                bars.add(new BarChart.Bar(impact.label(), n, impact.name().toLowerCase(Locale.ROOT))));
        BarChart.write(w, "chart-impact", "Findings by impact", bars, null);
        w.write("</div>\n<h3>Templates</h3>\n<table class=\"inputs\"><thead><tr><th>Template</th><th class=\"num\">"
                + "Findings</th><th>Read</th></tr></thead><tbody>\n");
        for (TemplateResult t : report.templates()) {
            w.write("<tr><td class=\"path\">" + Html.escape(t.path()) + "</td><td class=\"num\">"
                    + Html.count(t.findings().size()) + "</td><td>"
                    + (t.readable() ? "yes" : "no: " + Html.escape(t.errorLine())) + "</td></tr>\n");
        }
        w.write("</tbody></table>\n");
        HtmlPage.endSummary(w);
    }

    private static String verdict(CheckReport report) {
        String verdict = report.failed()
                ? "Critical or High findings: fix them before deploying."
                : "No Critical or High findings.";
        return report.hasUnreadable() ? verdict + " Some templates could not be read, so were not checked." : verdict;
    }

    private static void writeControls(Writer w, CheckReport report, List<CheckReport.Located> findings)
            throws IOException {
        RowTable.beginControls(w);
        List<RowTable.Choice> impacts = new ArrayList<>();
        report.counts().forEach((impact, n) -> {
            if (n > 0) {
                impacts.add(new RowTable.Choice(impact.label(), impact.label() + " (" + Html.count(n) + ")"));
            }
        });
        RowTable.select(w, "Impact", "impact", "Any impact", impacts);
        RowTable.select(
                w,
                "Template",
                "file",
                "All templates",
                choices(findings.stream().map(CheckReport.Located::path).toList()));
        RowTable.select(
                w,
                "Rule",
                "rule",
                "All rules",
                choices(findings.stream().map(l -> l.finding().ruleId()).toList()));
        RowTable.search(w, "Resource", "resource", "logical id or type");
        RowTable.endControls(w);
    }

    /** The distinct values, sorted, each labelled with its count. */
    private static List<RowTable.Choice> choices(List<String> values) {
        List<RowTable.Choice> choices = new ArrayList<>();
        for (String value : new TreeSet<>(values)) {
            long n = values.stream().filter(value::equals).count();
            choices.add(new RowTable.Choice(value, value + " (" + Html.count(n) + ")"));
        }
        return choices;
    }

    private static void writeRow(Writer w, CheckReport.Located l) throws IOException {
        Finding f = l.finding();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("impact", f.impact().label());
        filters.put("file", l.path());
        filters.put("rule", f.ruleId());
        filters.put("resource", f.resourceLabel());
        RowTable.beginRow(w, filters);
        w.write("<td class=\"impact impact-" + f.impact().label() + "\" data-value=\""
                + f.impact().ordinal() + "\">" + f.impact().label() + "</td>");
        w.write("<td class=\"path\">" + Html.escape(l.where()) + "</td>");
        w.write("<td>" + Html.escape(f.resourceLabel()) + "</td>");
        w.write("<td><code>" + Html.escape(f.ruleId()) + "</code></td>");
        w.write("<td>" + Html.escape(f.problem()) + "<p class=\"note\">" + Html.escape(f.consequence()) + "</p>"
                + documentation(f.docUrl()) + "</td>");
        w.write("<td><pre>" + Html.escape(f.fix()) + "</pre></td></tr>\n");
    }

    /** A link to the AWS documentation; opening it is the reader's choice, the page fetches nothing. */
    private static String documentation(String url) {
        if (!url.startsWith("https://")) {
            return "<p class=\"note\">" + Html.escape(url) + "</p>";
        }
        return "<p><a href=\"" + Html.escape(url) + "\" rel=\"noreferrer\">AWS documentation</a></p>";
    }
}
