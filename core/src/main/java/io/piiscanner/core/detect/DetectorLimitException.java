package io.piiscanner.core.detect;

/**
 * A detector stopped because a window would cost it more work than its bound allows, such as a
 * user's pattern whose matches make the matcher read the same text over and over. The engine
 * reports the input as failed with this message, which quotes none of the input.
 */
public final class DetectorLimitException extends RuntimeException {
    public DetectorLimitException(String message) {
        super(message);
    }
}
