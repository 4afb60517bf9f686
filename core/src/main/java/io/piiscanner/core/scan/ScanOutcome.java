package io.piiscanner.core.scan;

import java.util.List;
import java.util.Map;

/**
 * What scanning one input produced.
 *
 * <p>An input is read in full ({@link #complete()}), skipped before anything was scanned
 * ({@link #skipped()}: binary, unreadable, a decompression limit met in its first window), or
 * failed partway ({@link #failed()}: truncated, corrupt, a decompression limit met later, an
 * error in a detector; a read error partway comes as a {@link PartialReadException} holding such
 * an outcome): its findings up to the failure were reported, and {@link #bytes()} says how far it
 * was read. Only a complete input can be called clean.
 *
 * @param path           the input's name, with any value it holds masked
 * @param bytes          bytes scanned (decompressed bytes for gzip input)
 * @param findings       findings reported
 * @param findingsByType findings per entity type, sorted by type
 * @param skipReason     why the input was skipped, or {@code null} when it was scanned
 * @param failure        why reading or scanning stopped before the end, or {@code null}
 * @param nanos          time spent
 * @param notes          what a user should know of how the input was read, such as
 *                       {@code scanned as text despite 3 NUL bytes}; empty for most inputs
 * @param skippedEntries members of an archive or parts of an email that were not read (binary, encrypted,
 *                       nested too deep), in input order; the rest of the input was
 */
public record ScanOutcome(
        String path,
        long bytes,
        long findings,
        Map<String, Long> findingsByType,
        String skipReason,
        String failure,
        long nanos,
        List<String> notes,
        List<SkippedEntry> skippedEntries) {

    /**
     * A member of an input that was not read, and why.
     *
     * @param entry  its path in the input, as a finding's {@link io.piiscanner.core.read.Location#entry()} shows it
     * @param reason why, in one line
     */
    public record SkippedEntry(String entry, String reason) {}

    public ScanOutcome {
        notes = List.copyOf(notes);
        skippedEntries = List.copyOf(skippedEntries);
    }

    /** An outcome with no notes and no skipped entries. */
    public ScanOutcome(
            String path,
            long bytes,
            long findings,
            Map<String, Long> findingsByType,
            String skipReason,
            String failure,
            long nanos) {
        this(path, bytes, findings, findingsByType, skipReason, failure, nanos, List.of(), List.of());
    }

    /** An input skipped before any of it was scanned. */
    public static ScanOutcome skipped(String path, String reason, long nanos) {
        return new ScanOutcome(path, 0, 0, Map.of(), reason, null, nanos);
    }

    public boolean skipped() {
        return skipReason != null;
    }

    public boolean failed() {
        return failure != null;
    }

    /** Whether the input was read to its end: neither skipped nor failed. */
    public boolean complete() {
        return skipReason == null && failure == null;
    }
}
