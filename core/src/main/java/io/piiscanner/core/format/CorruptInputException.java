package io.piiscanner.core.format;

import java.io.IOException;

/**
 * The input's own bytes are damaged (a truncated or corrupt gzip stream, say), as opposed to an
 * error reading them. What was read before the damage is good and may be scanned. The message
 * is one line and quotes none of the input.
 */
public final class CorruptInputException extends IOException {
    public CorruptInputException(String message) {
        super(message);
    }
}
