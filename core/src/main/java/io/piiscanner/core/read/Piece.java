package io.piiscanner.core.read;

import java.util.Objects;

/**
 * A piece of text read out of a structure: a header's value, a cell, a page's text. The engine
 * scans pieces one after another as lines of text of their own, so no value and no context word
 * runs from one piece into the next, and it reports findings at their place in the piece.
 *
 * @param text     the text, as the format decodes it
 * @param field    the name of what holds it, as a finding's {@code field} shows it ({@code Subject},
 *                 {@code customer.card}); masked by the engine; or {@code null}
 * @param label    the short name context is read from, as a CSV column's ({@code card}); or {@code null}
 * @param location where the piece is; {@link Location#piece()} must be true
 */
public record Piece(String text, String field, String label, Location location) implements Item {

    public Piece {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
        if (!location.piece()) {
            throw new IllegalArgumentException("a piece's location must say more than an entry");
        }
    }
}
