package io.piiscanner.core.read;

import java.io.IOException;

/**
 * The content is of a known format but cannot be read: encrypted, password-protected, or a variant
 * the reader does not handle. The input is skipped with this message as the reason: one line that
 * quotes no content.
 */
public final class UnreadableInputException extends IOException {
    public UnreadableInputException(String message) {
        super(message);
    }
}
