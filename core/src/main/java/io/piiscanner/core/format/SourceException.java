package io.piiscanner.core.format;

import java.io.IOException;

/**
 * An error reading an input's bytes from where they are (a file, a socket, S3), as opposed to
 * damage in the bytes: trying again may succeed. The engine marks the errors of the stream it
 * opens this way, so that a format's library passing them on is not taken for damage.
 */
public final class SourceException extends IOException {
    public SourceException(IOException cause) {
        super(cause.getMessage(), cause);
    }

    /** The error as the source reported it. */
    public IOException original() {
        return (IOException) getCause();
    }
}
