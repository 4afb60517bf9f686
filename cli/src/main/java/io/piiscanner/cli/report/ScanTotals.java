package io.piiscanner.cli.report;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a scan found in total.
 *
 * @param filesScanned   inputs scanned in full
 * @param skipped        inputs not scanned, with why, in input order
 * @param failed         inputs that failed partway, with why, in input order; their findings
 *                       before the failure are counted in {@code findings}
 * @param duplicates     paths the walk did not read, since they are the same file or folder as
 *                       an earlier path, read once under that name; in walk order
 * @param bytes          bytes scanned (decompressed bytes for gzip input), failed inputs' up to the failure
 * @param findings       findings reported
 * @param findingsByType findings per entity type, sorted by type
 * @param elapsedNanos   wall-clock time of the scan
 * @param noted          inputs scanned with a note on how they were read, in input order
 */
public record ScanTotals(
        long filesScanned,
        List<SkippedInput> skipped,
        List<FailedInput> failed,
        List<Duplicate> duplicates,
        long bytes,
        long findings,
        Map<String, Long> findingsByType,
        long elapsedNanos,
        List<NotedInput> noted) {

    /** An input that was not scanned, and why. */
    public record SkippedInput(String path, String reason) {}

    /** An input whose scan stopped before its end, and why. */
    public record FailedInput(String path, String reason) {}

    /** An input scanned with a note, such as {@code scanned as text despite 3 NUL bytes}. */
    public record NotedInput(String path, String note) {}

    /** A path not read, since it is the same file or folder as {@code sameAs} (through a link, say). */
    public record Duplicate(String path, String sameAs) {}

    public ScanTotals {
        skipped = List.copyOf(skipped);
        duplicates = List.copyOf(duplicates);
        failed = List.copyOf(failed);
        noted = List.copyOf(noted);
        findingsByType = Collections.unmodifiableMap(new TreeMap<>(findingsByType));
    }

    public long elapsedMillis() {
        return elapsedNanos / 1_000_000;
    }
}
