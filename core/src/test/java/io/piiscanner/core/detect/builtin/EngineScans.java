package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs text through the whole engine with its default settings, context scoring and the choice
 * between overlapping findings included: what a user of {@code pii-scanner scan} would see.
 */
final class EngineScans {

    private static final Engine ENGINE = Engine.withDefaults();

    private EngineScans() {}

    /** The text of every finding of {@code type} in {@code text}, scanned as a plain text file. */
    static List<String> found(String text, String type) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<Finding> findings = new ArrayList<>();
        try {
            ENGINE.scan(
                    new InputSource("input.txt", () -> new ByteArrayInputStream(bytes), InputFormat.TEXT),
                    findings::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings.stream()
                .filter(f -> f.type().equals(type))
                .map(f -> new String(bytes, (int) f.start(), (int) (f.end() - f.start()), StandardCharsets.UTF_8))
                .toList();
    }
}
