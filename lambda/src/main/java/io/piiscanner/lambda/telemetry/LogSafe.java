package io.piiscanner.lambda.telemetry;

import io.piiscanner.core.scan.NameMasker;

/**
 * Masks personal data in text that reaches log lines from outside, such as object keys: a key
 * is whatever the uploader or API caller chose, and may itself hold a card number. The engine's
 * {@link NameMasker} masks it as it masks any name, so a value followed by an extension
 * ({@code incoming/4111111111111111.csv}) or joined by a dash is masked too.
 */
public final class LogSafe {

    private final NameMasker names;

    public LogSafe(NameMasker names) {
        this.names = names;
    }

    /** The text with every value it holds masked; {@code null} stays {@code null}. */
    public String text(String value) {
        return names.mask(value);
    }
}
