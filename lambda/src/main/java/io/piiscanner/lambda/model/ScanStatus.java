package io.piiscanner.lambda.model;

import java.util.Locale;

/** The verdict on one object version, as written to its {@code pii-status} tag. */
public enum ScanStatus {
    /** Scanned in full; nothing found. */
    CLEAN,
    /** Scanned in full; findings. */
    FOUND,
    /** Not scanned or not in full: too large, archived, binary or a decompression bomb. */
    SKIPPED,
    /**
     * Scanned partway: the content is damaged (a truncated or corrupt gzip stream) or a detector
     * failed. The findings before the failure are kept; the object is not known to be clean.
     */
    FAILED;

    /** The lower-case name used in tags, documents and the API. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
