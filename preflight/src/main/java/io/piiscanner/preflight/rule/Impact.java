package io.piiscanner.preflight.rule;

import java.util.Locale;

/** How bad a finding is, in the terms of the failure analyses that motivated these checks. */
public enum Impact {
    /** The stack fails to deploy (or rolls back) as written. */
    CRITICAL,
    /** It deploys, but fails a PCI DSS audit requirement or leaves data exposed. */
    HIGH,
    /** A weaker control, or something the template alone cannot verify. */
    MEDIUM,
    /** Hardening and hygiene. */
    LOW;

    /** The name as written in reports: {@code Critical}, {@code High}, ... */
    public String label() {
        String n = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** Whether a finding of this impact makes {@code check} fail (exit status 1). */
    public boolean failsCheck() {
        return this == CRITICAL || this == HIGH;
    }

    /**
     * Parses a label, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Impact parse(String value) {
        for (Impact i : values()) {
            if (i.name().equalsIgnoreCase(value)) {
                return i;
            }
        }
        throw new IllegalArgumentException("expected critical, high, medium or low, got '" + value + "'");
    }
}
