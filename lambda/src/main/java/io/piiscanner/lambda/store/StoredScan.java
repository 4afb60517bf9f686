package io.piiscanner.lambda.store;

import java.util.Map;

/**
 * The scan record of one object version, as stored.
 *
 * @param bucket         the bucket
 * @param key            the object key, with any value it holds masked
 * @param versionId      the S3 version, or {@code null}
 * @param etag           the ETag
 * @param status         {@code clean}, {@code found} or {@code skipped}
 * @param skipReason     why it was skipped, or {@code null}
 * @param bytes          bytes scanned
 * @param findingsByType every finding counted by type
 * @param storedFindings how many findings have items
 * @param scannedAt      when, ISO-8601 UTC
 * @param resultKey      the key of the result document in the data bucket
 * @param alertPending   whether high-risk types were found and no alert has been sent yet
 * @param engineVersion  the engine version that made the scan, or {@code null} for records made
 *                       before engines were recorded
 * @param detectorSet    its detector set ({@link io.piiscanner.lambda.model.EngineIdentity}), or {@code null}
 */
public record StoredScan(
        String bucket,
        String key,
        String versionId,
        String etag,
        String status,
        String skipReason,
        long bytes,
        Map<String, Long> findingsByType,
        long storedFindings,
        String scannedAt,
        String resultKey,
        boolean alertPending,
        String engineVersion,
        String detectorSet) {}
