package io.piiscanner.core.config;

/** A configuration file that cannot be used; the message is one line naming the file and problem. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
