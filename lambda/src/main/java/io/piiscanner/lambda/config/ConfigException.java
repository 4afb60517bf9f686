package io.piiscanner.lambda.config;

/** The function's environment variables are missing or wrong; the message lists every problem in one line. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
