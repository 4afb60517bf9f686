package io.piiscanner.cli;

/** The exit statuses of the {@code pii-scanner} command, part of its interface for scripts and CI. */
public final class ExitStatus {

    /** No findings at or above the confidence threshold; or a redaction completed. */
    public static final int CLEAN = 0;
    /** At least one finding at or above the confidence threshold. */
    public static final int FINDINGS = 1;
    /**
     * Usage or input error: bad option value, missing file, unreadable configuration; or an input
     * that failed partway (truncated, corrupt, a detector's error), after every finding is reported.
     */
    public static final int ERROR = 2;

    private ExitStatus() {
    }
}
