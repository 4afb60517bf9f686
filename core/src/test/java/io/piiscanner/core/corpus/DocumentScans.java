package io.piiscanner.core.corpus;

import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Scans corpus documents in memory, as a file of the document's name and format would be scanned. */
public final class DocumentScans {

    private DocumentScans() {}

    /**
     * The findings of one document, in input order.
     *
     * @throws IllegalStateException when the engine skips the document: a corpus document is text
     */
    public static List<Finding> scan(Engine engine, Document doc) {
        List<Finding> findings = new ArrayList<>();
        InputSource source = new InputSource(doc.name(), () -> new ByteArrayInputStream(doc.content()), doc.format());
        try {
            ScanOutcome outcome = engine.scan(source, findings::add);
            if (outcome.skipReason() != null) {
                throw new IllegalStateException(doc.name() + " was skipped: " + outcome.skipReason());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }
}
