package io.piiscanner.cli;

/**
 * The exit statuses of the {@code pii-scanner} command, part of its interface for scripts and CI.
 * For {@code scan}, when several apply the highest in this order wins: {@link #ERROR},
 * {@link #FINDINGS}, {@link #INCOMPLETE}, {@link #CLEAN}. Findings win over skipped inputs: either
 * fails a gate, and the findings are what to act on; the skipped inputs are still listed.
 */
public final class ExitStatus {

    /** Every input read in full and no findings at or above the confidence threshold; or a redaction completed. */
    public static final int CLEAN = 0;
    /** At least one finding at or above the confidence threshold. */
    public static final int FINDINGS = 1;
    /**
     * Usage or input error: bad option value, missing file, unreadable configuration; or an input
     * that failed partway (truncated, corrupt, a read error, a decompression limit, a detector's
     * error), after every finding is reported. Never accepted by an option.
     */
    public static final int ERROR = 2;
    /**
     * No findings, but an input was skipped without being read (binary, unreadable, a broken
     * link), so the scan cannot be called clean; {@code --allow-skipped} accepts skips.
     */
    public static final int INCOMPLETE = 3;

    private ExitStatus() {}
}
