package io.piiscanner.cli.check;

import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Aligned columns for the terminal: impact, location, resource, rule and what is wrong, then a
 * one-line summary. Fixes and documentation are in the Markdown, JSON and SARIF formats.
 */
final class TableCheckWriter implements CheckReportWriter {

    private static final String[] HEADER = {"IMPACT", "LOCATION", "RESOURCE", "RULE", "PROBLEM"};
    private static final String GAP = "  ";

    @Override
    public void write(CheckReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (CheckReport.Located l : report.findings()) {
            Finding f = l.finding();
            rows.add(new String[] {
                f.impact().label(),
                safe(l.where()),
                safe(f.resourceLabel()),
                f.ruleId(),
                safe(f.problem().replace('`', '\''))
            });
        }
        if (!rows.isEmpty()) {
            int[] widths = new int[HEADER.length - 1];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = HEADER[i].length();
                for (String[] row : rows) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            writeRow(w, HEADER, widths);
            for (String[] row : rows) {
                writeRow(w, row, widths);
            }
            w.write('\n');
        }
        w.write(summary(report));
        w.write('\n');
        w.flush();
    }

    private static void writeRow(Writer w, String[] cells, int[] widths) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(cells[i]);
            if (i < widths.length) {
                line.append(" ".repeat(widths[i] - cells[i].length())).append(GAP);
            }
        }
        w.write(line.toString().stripTrailing());
        w.write('\n');
    }

    /** e.g. {@code 3 findings in 2 templates: 1 Critical, 1 High, 0 Medium, 1 Low. Deployment blocked.} */
    static String summary(CheckReport report) {
        Map<Impact, Integer> counts = report.counts();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int templates = report.templates().size();
        StringBuilder sb = new StringBuilder();
        sb.append(total)
                .append(total == 1 ? " finding" : " findings")
                .append(" in ")
                .append(templates)
                .append(templates == 1 ? " template" : " templates");
        long unreadable = report.templates().stream().filter(t -> !t.readable()).count();
        if (unreadable > 0) {
            sb.append(" (").append(unreadable).append(" unreadable)");
        }
        sb.append(": ");
        List<String> parts = new ArrayList<>();
        counts.forEach((impact, n) -> parts.add(n + " " + impact.label()));
        sb.append(String.join(", ", parts)).append('.');
        if (report.failed()) {
            sb.append(" Critical or High findings: fix them before deploying (--format markdown shows each fix).");
        }
        return sb.toString();
    }

    /** Text from a template with control characters replaced, so it cannot move the cursor. */
    static String safe(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            sb.append(Character.isISOControl(c) ? '?' : c);
        }
        return sb.toString();
    }
}
