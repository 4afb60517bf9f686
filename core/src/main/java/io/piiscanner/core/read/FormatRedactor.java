package io.piiscanner.core.read;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.UnaryOperator;

/**
 * Writes a copy of a structured format with the values it holds masked, keeping its structure and
 * schema: what {@code redact} does beyond text formats. Registered in {@link io.piiscanner.core.scan.FormatReaders#redactorFor}.
 */
public interface FormatRedactor {

    /**
     * Reads the input (random access, as {@link FormatReader#randomAccess()} readers get it), hands
     * its values to {@code masker} as pieces, as its reader yields them, and writes the copy with
     * the masked texts to {@code out}, which it flushes and leaves open. The engine closes the input.
     * Names the copy keeps (a column's, a field's) are outputs too: it writes them as
     * {@code maskName} masks them, which reports no finding.
     */
    void redact(ReaderInput input, OutputStream out, ValueMasker masker, UnaryOperator<String> maskName)
            throws IOException;
}
