package io.piiscanner.core.read;

import org.apache.poi.ss.util.CellReference;

/**
 * The cells of one sheet as pieces: each located by the sheet's name, its reference ({@code C7}),
 * row and column, and named by its column's {@link HeaderRow header}, the first row of the sheet
 * that holds anything.
 */
final class SheetCells {

    private final String sheet;
    private final HeaderRow header = new HeaderRow();
    private long headerRow = -1;

    SheetCells(String sheet) {
        this.sheet = sheet;
    }

    /**
     * A cell's piece, cells given row by row.
     *
     * @param row    its 1-based row
     * @param column its 1-based column
     * @param number whether it holds a number (or a date) rather than text
     */
    Piece piece(String text, boolean number, long row, long column) {
        String field = null;
        if (headerRow < 0) {
            headerRow = row;
        }
        if (row == headerRow) {
            header.add(column, text, number);
        } else {
            field = header.name(column);
        }
        return new Piece(text, field, field, location(null, row, column));
    }

    /** A comment's piece: at its cell, or of the sheet when {@code row} is 0 (no cell placed it). */
    Piece comment(String text, long row, long column) {
        return new Piece(text, null, null, at("comment", row, column));
    }

    /** A comment's author: at the comment's cell, or of the sheet's comments when {@code row} is 0. */
    Piece commentAuthor(String author, long row, long column) {
        return new Piece(author, "Author", "Author", at("comment author", row, column));
    }

    /**
     * Text drawn on the sheet (a shape's, a picture's alternative text), named {@code field} or
     * not: at the cell its drawing is anchored to, or of the sheet when {@code row} is 0.
     */
    Piece drawing(String text, String field, long row, long column) {
        return new Piece(text, field, field, at("drawing", row, column));
    }

    /** In {@code part} of the sheet: at a cell, or at none when {@code row} is 0. */
    private Location at(String part, long row, long column) {
        return row == 0 ? new Location(null, part, sheet, null, null, null, null, null) : location(part, row, column);
    }

    private Location location(String part, long row, long column) {
        String cell = CellReference.convertNumToColString((int) column - 1) + row;
        return new Location(null, part, sheet, cell, null, row, column, null);
    }
}
