package io.piiscanner.lambda.scan;

import io.piiscanner.lambda.model.ObjectScan;
import io.piiscanner.s3.S3ObjectRef;

/**
 * What handling one object reference came to.
 *
 * @param object    the object as referenced
 * @param kind      what happened
 * @param scan      the scan, for {@link Kind#SCANNED}; else {@code null}
 * @param status    the verdict, for {@link Kind#SCANNED} and {@link Kind#ALREADY_SCANNED}; else {@code null}
 * @param resultKey the result document, for the same two kinds; else {@code null}
 */
public record ScanResult(S3ObjectRef object, Kind kind, ObjectScan scan, String status, String resultKey) {

    /** What happened to a reference. */
    public enum Kind {
        /** Scanned now, and stored. */
        SCANNED,
        /** This version was scanned before: nothing was done again. */
        ALREADY_SCANNED,
        /** A result document or other key the service does not scan. */
        IGNORED,
        /** The object or version does not exist (any more). */
        NOT_FOUND,
        /** Too large to scan while a caller waits: handed to the scan queue. */
        QUEUED
    }
}
