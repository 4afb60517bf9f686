package io.piiscanner.lambda.scan;

import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Scans text sent to the API, in memory; nothing is stored. */
public final class TextScanner {

    /** The most text the API scans inline: larger inputs belong in the data bucket. */
    public static final int MAX_BYTES = 256 * 1024;

    private final Engine engine;

    public TextScanner(Engine engine) {
        this.engine = engine;
    }

    /** The outcome and the findings, masked, of one text. */
    public record TextScan(ScanOutcome outcome, List<Finding> findings) {}

    /**
     * Scans bytes of text.
     *
     * @param format how the text is structured
     * @throws IllegalArgumentException when the text is over {@link #MAX_BYTES}
     * @throws IllegalStateException    when the scan failed partway: text cannot be damaged the way
     *                                  a file can, so that is a detector's error, and the text is
     *                                  not to be called clean
     */
    public TextScan scan(byte[] text, InputFormat format) {
        if (text.length > MAX_BYTES) {
            throw new IllegalArgumentException("text is " + text.length + " bytes; the limit is " + MAX_BYTES);
        }
        List<Finding> findings = new ArrayList<>();
        try {
            ScanOutcome outcome =
                    engine.scan(new InputSource("text", () -> new ByteArrayInputStream(text), format), findings::add);
            if (outcome.failed()) {
                throw new IllegalStateException("scan failed: " + outcome.failure());
            }
            return new TextScan(outcome, findings);
        } catch (IOException e) {
            // A byte array cannot fail to read.
            throw new UncheckedIOException(e);
        }
    }
}
