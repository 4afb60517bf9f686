package io.piiscanner.cli.report;

import io.piiscanner.core.scan.ScanOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds up the outcomes of a scan's inputs. Thread-safe: the progress meter reads it while it grows. */
public final class ScanSummary {

    private final long startNanos = System.nanoTime();
    private final List<ScanTotals.SkippedInput> skipped = new ArrayList<>();
    private final List<ScanTotals.FailedInput> failed = new ArrayList<>();
    private final List<ScanTotals.NotedInput> noted = new ArrayList<>();
    private final List<ScanTotals.Duplicate> duplicates = new ArrayList<>();
    private final Map<String, Long> byType = new TreeMap<>();
    private long filesScanned;
    private long bytes;
    private long findings;

    /** Adds one input's outcome. */
    public synchronized void add(ScanOutcome outcome) {
        if (outcome.skipped()) {
            skipped.add(new ScanTotals.SkippedInput(outcome.path(), outcome.skipReason()));
        } else if (outcome.failed()) {
            failed.add(new ScanTotals.FailedInput(outcome.path(), outcome.failure()));
        } else {
            filesScanned++;
        }
        for (String note : outcome.notes()) {
            noted.add(new ScanTotals.NotedInput(outcome.path(), note));
        }
        // A member that was not read is listed like a skipped file, under its path in the input.
        for (ScanOutcome.SkippedEntry s : outcome.skippedEntries()) {
            skipped.add(new ScanTotals.SkippedInput(outcome.path() + "!/" + s.entry(), s.reason()));
        }
        bytes += outcome.bytes();
        findings += outcome.findings();
        outcome.findingsByType().forEach((type, n) -> byType.merge(type, n, Long::sum));
    }

    /** Adds a path the walk did not follow, since it is the same file or folder as {@code sameAs}. */
    public synchronized void addDuplicate(String path, String sameAs) {
        duplicates.add(new ScanTotals.Duplicate(path, sameAs));
    }

    /** The totals so far, with the time elapsed since this summary was created. */
    public synchronized ScanTotals totals() {
        return new ScanTotals(
                filesScanned,
                skipped,
                failed,
                duplicates,
                bytes,
                findings,
                byType,
                System.nanoTime() - startNanos,
                noted);
    }
}
