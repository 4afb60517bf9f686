package io.piiscanner.core.format;

import java.io.IOException;

/** Thrown when decompressed input grows beyond the configured limits. */
public final class DecompressionBombException extends IOException {
    public DecompressionBombException(String message) {
        super(message);
    }
}
