package io.piiscanner.core.read;

import java.io.Closeable;
import java.io.IOException;

/** What a {@link FormatReader} reads out of one input, an item at a time, in document order. */
public interface Content extends Closeable {

    /**
     * The next item: a {@link Piece} of text, an {@link Entry} to scan as an input of its own, or
     * a {@link SkippedEntry}; {@code null} after the last. An entry's stream can be read until this
     * method is called again.
     */
    Item next() throws IOException;
}
