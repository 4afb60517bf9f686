package io.piiscanner.cli.report;

import io.piiscanner.cli.input.Inputs;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the end-of-scan summary for people on standard error: skipped and failed inputs with
 * why, notes on inputs read in an unusual way, then what was scanned, how fast, and the findings
 * by type.
 */
public final class SummaryPrinter {

    private SummaryPrinter() {}

    /** Throughput is shown from this many bytes: below it, start-up time would say more than speed. */
    private static final long RATE_FROM_BYTES = 1_000_000;

    public static void print(PrintStream err, ScanTotals totals) {
        StringBuilder sb = new StringBuilder();
        if (!totals.skipped().isEmpty()) {
            sb.append("Skipped (not read):\n");
            for (ScanTotals.SkippedInput s : totals.skipped()) {
                sb.append("  ").append(line(s.path(), s.reason()));
            }
        }
        if (!totals.failed().isEmpty()) {
            sb.append("Failed (findings before the failure are reported):\n");
            for (ScanTotals.FailedInput f : totals.failed()) {
                sb.append("  ").append(line(f.path(), f.reason()));
            }
        }
        if (!totals.noted().isEmpty()) {
            sb.append("Notes:\n");
            for (ScanTotals.NotedInput n : totals.noted()) {
                sb.append("  ").append(line(n.path(), n.note()));
            }
        }
        if (!totals.duplicates().isEmpty()) {
            sb.append("Duplicates, not read again (the same file or folder as an earlier path):\n");
            for (ScanTotals.Duplicate d : totals.duplicates()) {
                sb.append("  ").append(line(d.path(), "same as " + d.sameAs()));
            }
        }
        sb.append(String.format(
                Locale.ROOT,
                "Scanned %d %s, %s in %.2f s",
                totals.filesScanned(),
                totals.filesScanned() == 1 ? "file" : "files",
                ByteSizes.format(totals.bytes()),
                totals.elapsedNanos() / 1e9));
        if (totals.bytes() >= RATE_FROM_BYTES) {
            sb.append(" (")
                    .append(ByteSizes.perSecond(totals.bytes(), totals.elapsedNanos()))
                    .append(')');
        }
        if (!totals.failed().isEmpty()) {
            sb.append(", failed ").append(totals.failed().size());
        }
        if (!totals.skipped().isEmpty()) {
            sb.append(", skipped ").append(totals.skipped().size());
        }
        if (!totals.duplicates().isEmpty()) {
            sb.append(", duplicates ").append(totals.duplicates().size());
        }
        sb.append('\n');
        sb.append("Findings: ")
                .append(totals.findings() == 0 ? "none" : String.valueOf(totals.findings()))
                .append('\n');
        appendCounts(sb, totals.findingsByType());
        err.print(sb);
        err.flush();
    }

    /**
     * Prints only what makes the exit status an error, one line each, for a scan told to be quiet:
     * the failed inputs, and the skipped ones unless skips are accepted.
     */
    public static void printProblems(PrintStream err, ScanTotals totals, boolean skipsAccepted) {
        StringBuilder sb = new StringBuilder();
        for (ScanTotals.FailedInput f : totals.failed()) {
            sb.append("pii-scanner: ").append(line(f.path(), f.reason()));
        }
        if (!skipsAccepted) {
            for (ScanTotals.SkippedInput s : totals.skipped()) {
                sb.append("pii-scanner: ").append(line(s.path(), "skipped: " + s.reason()));
            }
        }
        err.print(sb);
        err.flush();
    }

    private static String line(String path, String reason) {
        return TerminalText.safe(path) + ": " + TerminalText.safe(reason) + "\n";
    }

    /** Prints what a redaction masked: the number of findings, then their count by type. */
    public static void printRedaction(PrintStream err, ScanOutcome outcome) {
        String name = Inputs.STDIN.equals(outcome.path()) ? "standard input" : TerminalText.safe(outcome.path());
        StringBuilder sb = new StringBuilder();
        sb.append("Redacted ")
                .append(outcome.findings())
                .append(outcome.findings() == 1 ? " finding" : " findings")
                .append(" in ")
                .append(name)
                .append(" (")
                .append(ByteSizes.format(outcome.bytes()))
                .append(")\n");
        for (String note : outcome.notes()) {
            sb.append("Note: ").append(TerminalText.safe(note)).append('\n');
        }
        appendCounts(sb, outcome.findingsByType());
        err.print(sb);
        err.flush();
    }

    /** One line per entity type, counts aligned. */
    private static void appendCounts(StringBuilder sb, Map<String, Long> byType) {
        int width = byType.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Long> e : byType.entrySet()) {
            sb.append("  ")
                    .append(TerminalText.safe(e.getKey()))
                    .append(" ".repeat(width - e.getKey().length() + 2))
                    .append(e.getValue())
                    .append('\n');
        }
    }
}
