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

    private SummaryPrinter() {
    }

    public static void print(PrintStream err, ScanTotals totals) {
        StringBuilder sb = new StringBuilder();
        if (!totals.skipped().isEmpty()) {
            sb.append("Skipped:\n");
            for (ScanTotals.SkippedInput s : totals.skipped()) {
                sb.append("  ").append(TerminalText.safe(s.path())).append(": ")
                        .append(TerminalText.safe(s.reason())).append('\n');
            }
        }
        if (!totals.failed().isEmpty()) {
            sb.append("Failed (findings before the failure are reported):\n");
            for (ScanTotals.FailedInput f : totals.failed()) {
                sb.append("  ").append(line(f));
            }
        }
        if (!totals.noted().isEmpty()) {
            sb.append("Notes:\n");
            for (ScanTotals.NotedInput n : totals.noted()) {
                sb.append("  ").append(TerminalText.safe(n.path())).append(": ")
                        .append(TerminalText.safe(n.note())).append('\n');
            }
        }
        sb.append(String.format(Locale.ROOT, "Scanned %d %s, %s in %.2f s (%.1f MB/s)",
                totals.filesScanned(), totals.filesScanned() == 1 ? "file" : "files", ByteSizes.format(totals.bytes()),
                totals.elapsedNanos() / 1e9, totals.megabytesPerSecond()));
        if (!totals.failed().isEmpty()) {
            sb.append(", failed ").append(totals.failed().size());
        }
        if (!totals.skipped().isEmpty()) {
            sb.append(", skipped ").append(totals.skipped().size());
        }
        sb.append('\n');
        sb.append("Findings: ").append(totals.findings() == 0 ? "none" : String.valueOf(totals.findings())).append('\n');
        appendCounts(sb, totals.findingsByType());
        err.print(sb);
        err.flush();
    }

    /** Prints only the failed inputs, one error line each, for a scan told to be quiet. */
    public static void printFailures(PrintStream err, ScanTotals totals) {
        for (ScanTotals.FailedInput f : totals.failed()) {
            err.print("pii-scanner: " + line(f));
        }
        err.flush();
    }

    private static String line(ScanTotals.FailedInput f) {
        return TerminalText.safe(f.path()) + ": " + TerminalText.safe(f.reason()) + "\n";
    }

    /** Prints what a redaction masked: the number of findings, then their count by type. */
    public static void printRedaction(PrintStream err, ScanOutcome outcome) {
        String name = Inputs.STDIN.equals(outcome.path()) ? "standard input" : TerminalText.safe(outcome.path());
        StringBuilder sb = new StringBuilder();
        sb.append("Redacted ").append(outcome.findings()).append(outcome.findings() == 1 ? " finding" : " findings")
                .append(" in ").append(name).append(" (").append(ByteSizes.format(outcome.bytes())).append(")\n");
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
            sb.append("  ").append(TerminalText.safe(e.getKey()))
                    .append(" ".repeat(width - e.getKey().length() + 2)).append(e.getValue()).append('\n');
        }
    }
}
