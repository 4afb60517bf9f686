package io.piiscanner.lambda;

/**
 * Describes a failure for a log line: the exception's type and the first line of its message.
 * Only the service's own exceptions and AWS SDK exceptions get here; exceptions whose messages
 * may quote input, such as JSON parse errors, are caught and described before.
 */
public final class Failures {

    private Failures() {
    }

    /** E.g. {@code IOException: no such object}. */
    public static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int nl = message.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
