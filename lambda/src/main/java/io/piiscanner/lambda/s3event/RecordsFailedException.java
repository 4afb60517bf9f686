package io.piiscanner.lambda.s3event;

/** Some records of an event could not be handled: failing the invocation makes Lambda retry it. */
public final class RecordsFailedException extends RuntimeException {

    public RecordsFailedException(String message) {
        super(message);
    }
}
