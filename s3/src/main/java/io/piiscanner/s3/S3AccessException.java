package io.piiscanner.s3;

/** An S3 location cannot be listed or read; the message is one line naming the location and why. */
public final class S3AccessException extends RuntimeException {

    public S3AccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
