package io.piiscanner.core.corpus;

import io.piiscanner.core.scan.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compares findings with a corpus's ground truth, per entity type.
 *
 * <p>A planted value counts as found when a finding of its type overlaps its span; a finding of a
 * measured type is a true positive when it overlaps a planted value of that type. So a planted
 * card reported as a phone number is both a missed card and a false phone number. Findings of
 * types not measured are ignored, except to explain misses.
 *
 * <p>Keeps the first examples of each miss and false positive with their surroundings, and
 * counts misses by how values were generated and false positives by what they hit, so that a
 * failing run says which formats a detector does not handle and which look-alikes fool it.
 */
public final class AccuracyScorer {

    private static final int CONTEXT = 40;

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final int examples;

    /**
     * @param measuredTypes entity types to score, in report order
     * @param examples      how many missed and false-positive examples to keep per type
     */
    public AccuracyScorer(Collection<String> measuredTypes, int examples) {
        measuredTypes.forEach(t -> tallies.put(t, new Tally()));
        this.examples = examples;
    }

    /** Scores one document's findings. */
    public void add(Document doc, List<Finding> findings) {
        SpanIndex<Finding> byFinding = new SpanIndex<>(findings, Finding::start, Finding::end);
        SpanIndex<Planted> byPlanted = new SpanIndex<>(doc.planted(), Planted::start, Planted::end);
        SpanIndex<Decoy> byDecoy = new SpanIndex<>(doc.decoys(), Decoy::start, Decoy::end);
        for (Planted p : doc.planted()) {
            Tally t = tallies.get(p.type());
            if (t == null) {
                continue;
            }
            t.planted++;
            t.plantedByVariant.merge(p.variant(), 1L, Long::sum);
            List<Finding> over = byFinding.overlapping(p.start(), p.end());
            if (over.stream().anyMatch(f -> f.type().equals(p.type()))) {
                t.found++;
                continue;
            }
            t.missedByVariant.merge(p.variant(), 1L, Long::sum);
            if (t.missed.size() < examples) {
                t.missed.add(missExample(doc, p, over));
            }
        }
        for (Finding f : findings) {
            Tally t = tallies.get(f.type());
            if (t == null) {
                continue;
            }
            t.findings++;
            List<Planted> planted = byPlanted.overlapping(f.start(), f.end());
            if (planted.stream().anyMatch(p -> p.type().equals(f.type()))) {
                continue;
            }
            t.falsePositives++;
            String cause = cause(planted, byDecoy.overlapping(f.start(), f.end()));
            t.falsePositivesByCause.merge(cause, 1L, Long::sum);
            if (t.falsePositive.size() < examples) {
                t.falsePositive.add(falsePositiveExample(doc, f, cause));
            }
        }
    }

    /** Scores per measured type, in the order given. */
    public List<TypeScore> scores() {
        List<TypeScore> out = new ArrayList<>();
        tallies.forEach((type, t) -> out.add(new TypeScore(type, t.planted, t.found, t.findings, t.falsePositives)));
        return out;
    }

    /** A Markdown table of planted, found, false positives, recall and precision per type. */
    public String markdownTable() {
        StringBuilder b = new StringBuilder()
                .append("| Type | Planted | Found | False positives | Recall | Precision |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (TypeScore s : scores()) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %s | %s |%n",
                    s.type(),
                    s.planted(),
                    s.found(),
                    s.falsePositives(),
                    percent(s.recall()),
                    percent(s.precision())));
        }
        return b.toString();
    }

    /**
     * For every type with a miss or a false positive: recall by variant, false positives by
     * cause, and the kept examples. Empty when every value was found and nothing else reported.
     */
    public String details() {
        return tallies.keySet().stream()
                .map(this::details)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    /** The details of the types whose recall or precision is below {@code required}. */
    public String failures(double required) {
        return scores().stream()
                .filter(s -> s.recall() < required || s.precision() < required)
                .map(s -> String.format(
                        Locale.ROOT,
                        "%s: recall %s, precision %s (required %s)%n%s",
                        s.type(),
                        percent(s.recall()),
                        percent(s.precision()),
                        percent(required),
                        details(s.type())))
                .collect(Collectors.joining("\n"));
    }

    private String details(String type) {
        Tally t = tallies.get(type);
        if (t.found == t.planted && t.falsePositives == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder("== ").append(type).append('\n');
        if (t.found < t.planted) {
            b.append("  missed by variant (missed/planted):\n");
            t.missedByVariant.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> b.append(String.format(
                            Locale.ROOT,
                            "    %-28s %d/%d%n",
                            e.getKey(),
                            e.getValue(),
                            t.plantedByVariant.get(e.getKey()))));
            b.append("  missed examples:\n");
            t.missed.forEach(m -> b.append("    ").append(m).append('\n'));
        }
        if (t.falsePositives > 0) {
            b.append("  false positives by what they hit:\n");
            t.falsePositivesByCause.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> b.append(String.format(Locale.ROOT, "    %-28s %d%n", e.getKey(), e.getValue())));
            b.append("  false positive examples:\n");
            t.falsePositive.forEach(m -> b.append("    ").append(m).append('\n'));
        }
        return b.toString();
    }

    private static String missExample(Document doc, Planted p, List<Finding> over) {
        String reported = over.isEmpty()
                ? "nothing"
                : over.stream()
                        .map(f -> f.type() + " by " + f.detector() + " at " + f.start() + ".." + f.end())
                        .collect(Collectors.joining(", "));
        return String.format(
                Locale.ROOT,
                "%s@%d..%d [%s] %s -> reported %s",
                doc.name(),
                p.start(),
                p.end(),
                p.variant(),
                context(doc, p.start(), p.end()),
                reported);
    }

    private static String falsePositiveExample(Document doc, Finding f, String cause) {
        return String.format(
                Locale.ROOT,
                "%s@%d..%d by %s (confidence %.2f, field %s) %s -> hit %s",
                doc.name(),
                f.start(),
                f.end(),
                f.detector(),
                f.confidence(),
                f.field(),
                context(doc, f.start(), f.end()),
                cause);
    }

    /** What a false positive overlapped: a decoy, a planted value of another type, or plain text. */
    private static String cause(List<Planted> planted, List<Decoy> decoys) {
        if (!decoys.isEmpty()) {
            return "decoy " + decoys.get(0).kind();
        }
        if (!planted.isEmpty()) {
            return "planted " + planted.get(0).type();
        }
        return "other text";
    }

    private static String context(Document doc, long start, long end) {
        return "\"" + doc.excerpt(start - CONTEXT, start) + "«" + doc.excerpt(start, end) + "»"
                + doc.excerpt(end, end + CONTEXT) + "\"";
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.2f%%", v * 100);
    }

    /** Running counts and examples for one type. */
    private static final class Tally {
        long planted;
        long found;
        long findings;
        long falsePositives;
        final Map<String, Long> plantedByVariant = new TreeMap<>();
        final Map<String, Long> missedByVariant = new TreeMap<>();
        final Map<String, Long> falsePositivesByCause = new TreeMap<>();
        final List<String> missed = new ArrayList<>();
        final List<String> falsePositive = new ArrayList<>();
    }
}
