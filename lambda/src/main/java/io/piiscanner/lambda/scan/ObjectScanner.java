package io.piiscanner.lambda.scan;

import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.ScanOutcome;
import io.piiscanner.lambda.model.ObjectScan;
import io.piiscanner.lambda.model.ObjectVersion;
import io.piiscanner.lambda.model.ScanStatus;
import io.piiscanner.s3.S3InputSources;
import io.piiscanner.s3.S3ObjectRef;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.StorageClass;

/**
 * Scans one S3 object: finds out which version it is and how large, then streams it through
 * the engine, which recognises its format from its content and key and reads a ZIP archive with
 * ranged GETs. Too large and archived objects are skipped with the reason, as are binary content,
 * encrypted archives and decompression bombs (the engine's verdicts); damaged content and detector
 * errors fail the scan, with the reason and the findings made before.
 */
public final class ObjectScanner {

    private static final Set<StorageClass> ARCHIVED = Set.of(StorageClass.GLACIER, StorageClass.DEEP_ARCHIVE);

    private final S3Client s3;
    private final Engine engine;
    private final long maxObjectBytes;
    private final int maxStoredFindings;
    private final Clock clock;

    public ObjectScanner(S3Client s3, Engine engine, long maxObjectBytes, int maxStoredFindings, Clock clock) {
        this.s3 = s3;
        this.engine = engine;
        this.maxObjectBytes = maxObjectBytes;
        this.maxStoredFindings = maxStoredFindings;
        this.clock = clock;
    }

    /** What S3 says about an object before it is read. */
    public record Head(S3ObjectRef object, ObjectVersion version, long size, StorageClass storageClass) {}

    /**
     * Looks an object up.
     *
     * @return empty when the object or version does not exist (any more)
     */
    public Optional<Head> head(S3ObjectRef object) {
        HeadObjectRequest.Builder request =
                HeadObjectRequest.builder().bucket(object.bucket()).key(object.key());
        if (object.versionId() != null) {
            request.versionId(object.versionId());
        }
        HeadObjectResponse head;
        try {
            head = s3.headObject(request.build());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            // HEAD responses have no body, so a missing key or version is a bare 404.
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        String etag = head.eTag() == null ? "" : head.eTag().replace("\"", "");
        ObjectVersion version = new ObjectVersion(
                head.versionId() != null && !"null".equals(head.versionId()) ? head.versionId() : null, etag);
        S3ObjectRef exact = new S3ObjectRef(object.bucket(), object.key(), version.versionId());
        return Optional.of(
                new Head(exact, version, head.contentLength() == null ? 0 : head.contentLength(), head.storageClass()));
    }

    /**
     * Scans the object a head describes.
     *
     * @throws IOException when the object cannot be read; retrying may help
     */
    public ObjectScan scan(Head head) throws IOException {
        if (head.storageClass() != null && ARCHIVED.contains(head.storageClass())) {
            return skipped(head, "archived in " + head.storageClass() + "; restore it to scan");
        }
        if (head.size() > maxObjectBytes) {
            return skipped(
                    head,
                    "object is " + head.size() + " bytes, over the limit of " + maxObjectBytes + " (MAX_OBJECT_BYTES)");
        }
        List<Finding> kept = new ArrayList<>();
        ScanOutcome outcome = engine.scan(
                S3InputSources.of(
                        s3,
                        head.object(),
                        head.version().versionId() == null ? head.version().etag() : null,
                        null),
                finding -> {
                    if (kept.size() < maxStoredFindings) {
                        kept.add(finding);
                    }
                });
        if (outcome.skipped()) {
            return new ObjectScan(
                    head.object(),
                    head.version(),
                    ScanStatus.SKIPPED,
                    outcome.skipReason(),
                    outcome.bytes(),
                    Map.of(),
                    List.of(),
                    clock.instant(),
                    outcome.skippedEntries());
        }
        ScanStatus status =
                outcome.failed() ? ScanStatus.FAILED : outcome.findings() > 0 ? ScanStatus.FOUND : ScanStatus.CLEAN;
        return new ObjectScan(
                head.object(),
                head.version(),
                status,
                outcome.failure(),
                outcome.bytes(),
                outcome.findingsByType(),
                kept,
                clock.instant(),
                outcome.skippedEntries());
    }

    private ObjectScan skipped(Head head, String reason) {
        return new ObjectScan(
                head.object(), head.version(), ScanStatus.SKIPPED, reason, 0, Map.of(), List.of(), clock.instant());
    }
}
