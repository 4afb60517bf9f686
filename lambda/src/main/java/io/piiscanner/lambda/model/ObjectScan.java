package io.piiscanner.lambda.model;

import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.ScanOutcome;
import io.piiscanner.s3.S3ObjectRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one scan of one object version found. Findings hold masked values only.
 *
 * @param object         the object
 * @param version        which content was scanned
 * @param status         the verdict
 * @param skipReason     why it was skipped or failed, or {@code null}
 * @param bytes          bytes scanned (decompressed for gzip)
 * @param findingsByType every finding counted by entity type, sorted by type
 * @param findings       the first findings in input order, at most the configured number
 * @param scannedAt      when the scan finished
 * @param skippedEntries archive members or email parts that were not read, with why
 */
public record ObjectScan(
        S3ObjectRef object,
        ObjectVersion version,
        ScanStatus status,
        String skipReason,
        long bytes,
        Map<String, Long> findingsByType,
        List<Finding> findings,
        Instant scannedAt,
        List<ScanOutcome.SkippedEntry> skippedEntries) {

    public ObjectScan {
        findingsByType = Map.copyOf(findingsByType);
        findings = List.copyOf(findings);
        skippedEntries = List.copyOf(skippedEntries);
    }

    /** A scan with no skipped entries. */
    public ObjectScan(
            S3ObjectRef object,
            ObjectVersion version,
            ScanStatus status,
            String skipReason,
            long bytes,
            Map<String, Long> findingsByType,
            List<Finding> findings,
            Instant scannedAt) {
        this(object, version, status, skipReason, bytes, findingsByType, findings, scannedAt, List.of());
    }

    /** All findings, including those not kept. */
    public long findingCount() {
        return findingsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether findings were left out of {@link #findings()} because there were too many. */
    public boolean truncated() {
        return findingCount() > findings.size();
    }

    /** The entity types found, sorted. */
    public Set<String> types() {
        return findingsByType.keySet();
    }
}
