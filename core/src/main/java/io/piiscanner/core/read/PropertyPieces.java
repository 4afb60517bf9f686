package io.piiscanner.core.read;

import java.util.function.Consumer;

/**
 * A document's properties (author, title, company, custom properties) as pieces, the same for
 * every Office format: each value located in {@link #VALUE} and named by its property, which is
 * context for the detectors as a column's name is; a custom property's name, which its author
 * chose and may hold anything, is itself a piece, located in {@link #NAME}. A value longer than
 * {@link #MAX_CHARS} goes on in a piece of its own, at the same place.
 */
final class PropertyPieces {

    /** Where a property's value is; the property's name is the piece's field. */
    static final Location VALUE = Location.part("properties");
    /** Where a custom property's name is. */
    static final Location NAME = Location.part("property name");
    /** Characters of one piece at most. */
    static final int MAX_CHARS = DocxReader.MAX_CHARS;

    private PropertyPieces() {}

    /** The pieces of a property's value, none when it is blank. */
    static void value(String property, String value, Consumer<Piece> out) {
        pieces(value, property, VALUE, out);
    }

    /** The pieces of a custom property's name, none when it is blank. */
    static void name(String name, Consumer<Piece> out) {
        pieces(name, null, NAME, out);
    }

    private static void pieces(String s, String field, Location at, Consumer<Piece> out) {
        if (s == null || s.isBlank()) {
            return;
        }
        for (int from = 0; from < s.length(); ) {
            int to = end(s, from);
            out.accept(new Piece(s.substring(from, to), field, field, at));
            from = to;
        }
    }

    /** Where the piece from {@code from} ends: {@link #MAX_CHARS} on, not inside a surrogate pair. */
    private static int end(String s, int from) {
        int to = Math.min(s.length(), from + MAX_CHARS);
        return to < s.length() && Character.isHighSurrogate(s.charAt(to - 1)) ? to - 1 : to;
    }
}
