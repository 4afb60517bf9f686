package io.piiscanner.lambda.model;

/**
 * Which content of an object was scanned: its version in a versioned bucket, else its ETag, so
 * that a re-scan of the same content is recognised and a new upload is not.
 *
 * @param versionId the S3 version, or {@code null} in an unversioned bucket
 * @param etag      the ETag without quotes
 */
public record ObjectVersion(String versionId, String etag) {

    /** A label unique per content of one key: {@code v:<versionId>} or {@code etag:<etag>}. */
    public String label() {
        return versionId != null ? "v:" + versionId : "etag:" + etag;
    }
}
