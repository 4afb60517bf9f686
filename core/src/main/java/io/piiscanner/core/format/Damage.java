package io.piiscanner.core.format;

import java.io.EOFException;
import java.util.Locale;

/** One line for damage a format's library reported, quoting none of its message, which may quote the content. */
public final class Damage {

    private Damage() {}

    /**
     * {@code truncated <what>} when the library says the content ended early; else {@code corrupt
     * <what>}, with {@code (checksum mismatch)} when that is what it says. No class name: the reader
     * of the message is a person, not a Java developer.
     */
    public static String describe(String what, Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof EOFException
                || message.contains("truncated")
                || message.contains("unexpected end")
                || message.contains("premature end")
                || message.contains("end of stream")
                || message.contains("not enough input")) {
            return "truncated " + what;
        }
        if (message.contains("crc") || message.contains("checksum")) {
            return "corrupt " + what + " (checksum mismatch)";
        }
        return "corrupt " + what;
    }
}
