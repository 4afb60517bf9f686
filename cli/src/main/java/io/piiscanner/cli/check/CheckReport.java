package io.piiscanner.cli.check;

import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The results of one {@code check} run, as every report format sees them.
 *
 * @param toolVersion the pii-scanner version
 * @param schemas     where the resource schemas come from
 * @param rules       the rules that ran
 * @param templates   one result per template, in command-line order
 */
public record CheckReport(String toolVersion, String schemas, List<Rule> rules, List<TemplateResult> templates) {

    public CheckReport {
        rules = List.copyOf(rules);
        templates = List.copyOf(templates);
    }

    /** Every finding of every template, each with its template. */
    public List<Located> findings() {
        return templates.stream()
                .flatMap(t -> t.findings().stream().map(f -> new Located(t.path(), f)))
                .toList();
    }

    /** Number of findings per impact, every impact present. */
    public Map<Impact, Integer> counts() {
        Map<Impact, Integer> counts = new EnumMap<>(Impact.class);
        for (Impact i : Impact.values()) {
            counts.put(i, 0);
        }
        findings().forEach(l -> counts.merge(l.finding().impact(), 1, Integer::sum));
        return counts;
    }

    /** Whether a finding is Critical or High, which makes the check fail. */
    public boolean failed() {
        return findings().stream().anyMatch(l -> l.finding().impact().failsCheck());
    }

    /** Whether some template could not be read. */
    public boolean hasUnreadable() {
        return templates.stream().anyMatch(t -> !t.readable());
    }

    /** Index of a rule in {@link #rules()}, or -1. */
    public int ruleIndex(String ruleId) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(ruleId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A finding with the template it is in.
     *
     * @param path    the template
     * @param finding the finding
     */
    public record Located(String path, Finding finding) {

        /** {@code path:line:column}, or the path alone when the position is unknown. */
        public String where() {
            return finding.location().known()
                    ? path + ":" + finding.location().line() + ":"
                            + finding.location().column()
                    : path;
        }
    }
}
