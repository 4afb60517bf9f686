package io.piiscanner.core.read;

import java.io.IOException;
import java.util.List;

/** The engine's side of a {@link FormatRedactor}: scans values and masks what it finds in them. */
@FunctionalInterface
public interface ValueMasker {

    /** Pieces in one call, at most. */
    int MAX_PIECES = 4096;

    /**
     * Scans a batch of pieces as the engine scans a reader's pieces, reporting each finding, and
     * returns the text of each piece, in order, with every finding replaced by its masked form: the
     * very same string when nothing was found in it.
     *
     * @param pieces at most {@link #MAX_PIECES}, at least one
     */
    List<String> mask(List<Piece> pieces) throws IOException;
}
