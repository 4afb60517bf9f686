package io.piiscanner.core.read;

import java.io.IOException;

/**
 * What is drawn on one sheet, read from a drawing part in the order the part holds it: the text
 * of each text box or shape, its paragraphs its lines, a piece; and each shape's or picture's
 * alternative text and its title, named {@code Alt text} and {@code Alt text title}. Each is at the
 * cell its drawing's top-left corner is anchored to ({@code xdr:from}), with {@code drawing} as its
 * part; a drawing placed by position alone, or anchored outside the sheet, is at no cell.
 */
final class SheetDrawing extends SheetPart {

    /** Excel's last column and row, 0-based: an anchor beyond them places nothing. */
    private static final long MAX_COLUMN = 16_383;

    private static final long MAX_ROW = 1_048_575;

    private final SheetCells cells;
    /** The anchor's cell, 1-based; 0 when it places none. */
    private long row;

    private long column;
    /** Whether the parser is in an anchor's {@code from}, whose {@code col} and {@code row} place it. */
    private boolean from;
    /** Whether the parser is in a shape's text body, whose {@code t} hold its text. */
    private boolean body;

    SheetDrawing(OfficePackage.XmlPart part, SheetCells cells) {
        super(part, "a shape");
        this.cells = cells;
    }

    @Override
    void start(String element) throws IOException {
        switch (element) {
            case "twoCellAnchor", "oneCellAnchor", "absoluteAnchor" -> {
                row = 0;
                column = 0;
            }
            case "from" -> from = true;
            case "col", "row" -> {
                collect = from;
                text.setLength(0);
            }
            case "cNvPr" -> {
                altText("descr", "Alt text");
                altText("title", "Alt text title");
            }
            case "txBody" -> {
                body = true;
                text.setLength(0);
            }
            case "t" -> collect = body;
            case "br" -> {
                if (body) {
                    lineBreak();
                }
            }
            default -> {}
        }
    }

    private void altText(String attribute, String field) {
        String value = xml.getAttributeValue(null, attribute);
        if (value != null && !value.isBlank()) {
            pending.add(cells.drawing(value, field, row, column));
        }
    }

    @Override
    Piece end(String element) throws IOException {
        switch (element) {
            case "from" -> {
                from = false;
                if (row == 0 || column == 0) {
                    row = 0;
                    column = 0;
                }
            }
            case "col" -> column = from ? anchor(MAX_COLUMN) : column;
            case "row" -> row = from ? anchor(MAX_ROW) : row;
            case "t" -> collect = false;
            case "p" -> {
                if (body) {
                    lineBreak();
                }
            }
            case "txBody" -> {
                body = false;
                String s = text.toString().strip();
                text.setLength(0);
                return s.isEmpty() ? null : cells.drawing(s, null, row, column);
            }
            default -> {}
        }
        return null;
    }

    /** The 1-based column or row of the anchor's 0-based index just read; 0 for none it can be. */
    private long anchor(long max) {
        collect = false;
        String s = text.toString().strip();
        text.setLength(0);
        if (s.isEmpty() || s.length() > 7 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        long index = Long.parseLong(s);
        return index > max ? 0 : index + 1;
    }
}
