package io.piiscanner.cli;

import java.io.IOException;

/**
 * Writing output failed. Unchecked, and distinct from input errors, so that a write failure
 * deep inside a report writer or the engine's redactor surfaces as what it is: the reader of
 * standard output went away, or the output file cannot be written.
 */
public final class OutputException extends RuntimeException {

    public OutputException(String message, IOException cause) {
        super(message, cause);
    }

    /**
     * True when the reader of the output closed it, as {@code head} does: not an error worth a
     * message. The JVM ignores SIGPIPE and reports it only as an exception message.
     */
    public boolean isBrokenPipe() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null
                    && (m.contains("Broken pipe")
                            || m.contains("pipe is being closed")
                            || m.contains("pipe has been ended"))) {
                return true;
            }
        }
        return false;
    }
}
