package io.piiscanner.core.scan;

import java.io.IOException;

/**
 * Reading an input failed after part of it was scanned and its findings reported. An
 * {@link IOException}, so that a caller that retries unreadable inputs still can; a caller that
 * reports instead takes {@link #outcome()}: the input failed, with the bytes and findings up to
 * the error.
 */
public final class PartialReadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient ScanOutcome outcome;

    PartialReadException(ScanOutcome outcome, IOException cause) {
        super(outcome.failure(), cause);
        this.outcome = outcome;
    }

    /** The input's outcome: {@link ScanOutcome#failed() failed} after the bytes it says. */
    public ScanOutcome outcome() {
        return outcome;
    }
}
