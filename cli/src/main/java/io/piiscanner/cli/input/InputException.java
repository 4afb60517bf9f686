package io.piiscanner.cli.input;

/** An input named on the command line cannot be used; the message says which and why. */
public final class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }
}
