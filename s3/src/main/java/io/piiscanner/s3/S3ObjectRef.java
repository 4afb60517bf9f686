package io.piiscanner.s3;

import java.util.Objects;

/**
 * One S3 object, or one version of it.
 *
 * @param bucket    the bucket
 * @param key       the object key, decoded
 * @param versionId the version, or {@code null} for the current version or an unversioned bucket
 */
public record S3ObjectRef(String bucket, String key, String versionId) {

    public S3ObjectRef {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        if (versionId != null && versionId.isBlank()) {
            versionId = null;
        }
    }

    /** The name used in reports: {@code s3://bucket/key}. */
    public String uri() {
        return S3Uri.SCHEME + bucket + "/" + key;
    }
}
