package io.piiscanner.lambda.scan;

import java.util.Locale;

/** Whether an object version that already has a scan record is scanned again. */
public enum Rescan {
    /** Never: a version with a record is skipped, as a redelivered event is. */
    NONE,
    /** Always, as after a detector change. */
    ALL,
    /** Only when its record was made by another engine version or detector set, or names none. */
    OUTDATED;

    /** The lower-case name used in requests. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads {@code none}, {@code all} or {@code outdated}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Rescan parse(String text) {
        for (Rescan r : values()) {
            if (r.label().equals(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("rescan must be none, all or outdated");
    }
}
