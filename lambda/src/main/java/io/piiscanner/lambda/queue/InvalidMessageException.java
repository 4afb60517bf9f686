package io.piiscanner.lambda.queue;

/** A message that can never be handled; its message says why without quoting the body. */
public final class InvalidMessageException extends Exception {

    public InvalidMessageException(String message) {
        super(message);
    }
}
