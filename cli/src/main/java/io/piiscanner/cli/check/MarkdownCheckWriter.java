package io.piiscanner.cli.check;

import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A failure-analysis report in Markdown, in the shape of the design documents' analyses: a
 * summary, then every finding with its impact level, resource, issue, why it fails, the fix as a
 * snippet and the AWS documentation reference, grouped by impact, and a table of categories.
 */
final class MarkdownCheckWriter implements CheckReportWriter {

    private static final Map<Impact, String> HEADINGS = Map.of(
            Impact.CRITICAL,
            "Critical Failures",
            Impact.HIGH,
            "High-Impact Issues",
            Impact.MEDIUM,
            "Medium-Impact Issues",
            Impact.LOW,
            "Low-Impact Issues");

    @Override
    public void write(CheckReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# Preflight Failure Analysis\n\n");
        w.write("Templates checked with pii-scanner " + report.toolVersion() + " ("
                + report.rules().size() + " rules; resource schemas from " + report.schemas() + "):\n\n");
        for (TemplateResult t : report.templates()) {
            int n = t.findings().size();
            w.write("- `" + code(t.path()) + "`: "
                    + (t.readable()
                            ? n + (n == 1 ? " finding" : " findings")
                            : "**unreadable**: " + code(t.errorLine()))
                    + "\n");
        }
        w.write("\n## Summary\n\n");
        Map<Impact, Integer> counts = report.counts();
        int blocking = counts.get(Impact.CRITICAL);
        if (report.findings().isEmpty()) {
            w.write("No findings: nothing in these templates is known to fail deployment or a PCI DSS review.\n\n");
        } else {
            int high = counts.get(Impact.HIGH);
            String deploy = blocking == 0
                    ? "No finding is known to block deployment."
                    : "**" + blocking + " Critical " + (blocking == 1 ? "failure blocks" : "failures block")
                            + " deployment**: CloudFormation would reject the template or roll the stack back.";
            String audit = high == 0
                    ? ""
                    : " " + high + " High-impact " + (high == 1 ? "issue fails" : "issues fail")
                            + " a PCI DSS review or leaves data exposed.";
            w.write(deploy + audit + "\n\n");
        }
        int n = 0;
        for (Impact impact : Impact.values()) {
            List<CheckReport.Located> group = report.findings().stream()
                    .filter(l -> l.finding().impact() == impact)
                    .toList();
            if (group.isEmpty()) {
                continue;
            }
            w.write("---\n\n## " + HEADINGS.get(impact) + "\n\n");
            for (CheckReport.Located l : group) {
                writeFinding(w, ++n, l);
            }
        }
        writeCategories(w, report);
        w.flush();
    }

    private static void writeFinding(Writer w, int n, CheckReport.Located l) throws IOException {
        Finding f = l.finding();
        w.write("### " + n + ". " + title(f) + "\n\n");
        w.write("**Impact Level**: " + f.impact().label() + "\n\n");
        w.write("**Resource**: "
                + (f.resourceId() == null
                        ? "the template"
                        : "`" + code(f.resourceId()) + "`"
                                + (f.resourceType() == null ? "" : " (`" + code(f.resourceType()) + "`)"))
                + " at `" + code(l.where()) + "`, rule `" + f.ruleId() + "`\n\n");
        w.write("**Issue**: " + f.problem() + "\n\n");
        w.write("**Why it fails**: " + f.consequence() + "\n\n");
        w.write("**Fix**:\n\n```yaml\n" + f.fix().replace("```", "'''") + "\n```\n\n");
        w.write("**AWS Documentation Reference**: " + f.docUrl() + "\n\n");
    }

    /** The first sentence of the problem, as a heading. */
    private static String title(Finding f) {
        String p = f.problem();
        int end = p.indexOf(". ");
        String first = end < 0 ? p : p.substring(0, end + 1);
        return first.endsWith(".") || first.endsWith("?") ? first.substring(0, first.length() - 1) : first;
    }

    private static void writeCategories(Writer w, CheckReport report) throws IOException {
        w.write("---\n\n## Summary of Failure Categories\n\n| Impact | Count | Rules |\n| --- | ---: | --- |\n");
        for (Impact impact : Impact.values()) {
            List<Finding> group = report.findings().stream()
                    .map(CheckReport.Located::finding)
                    .filter(f -> f.impact() == impact)
                    .toList();
            String rules = group.isEmpty()
                    ? "-"
                    : group.stream()
                            .map(f -> "`" + f.ruleId() + "`")
                            .collect(Collectors.toCollection(TreeSet::new))
                            .stream()
                            .collect(Collectors.joining(", "));
            w.write("| " + impact.label() + " | " + group.size() + " | " + rules + " |\n");
        }
    }

    /** Text for inline code: a backtick would end the span. */
    private static String code(String s) {
        return TableCheckWriter.safe(s).replace('`', '\'');
    }
}
