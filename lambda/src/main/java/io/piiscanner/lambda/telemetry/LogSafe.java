package io.piiscanner.lambda.telemetry;

import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.InputSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Masks personal data in text that reaches log lines from outside, such as object keys: a key
 * is whatever the uploader or API caller chose, and may itself hold a card number. The engine
 * redacts it as it would a file.
 */
public final class LogSafe {

    private final Engine engine;

    public LogSafe(Engine engine) {
        this.engine = engine;
    }

    /** The text with every finding replaced by its masked form; {@code null} stays {@code null}. */
    public String text(String value) {
        if (value == null) {
            return null;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        try {
            engine.redact(new InputSource("log", () -> new ByteArrayInputStream(bytes), InputFormat.TEXT), out,
                    finding -> { });
        } catch (IOException e) {
            // A byte array cannot fail to read.
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
