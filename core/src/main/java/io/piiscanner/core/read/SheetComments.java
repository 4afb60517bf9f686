package io.piiscanner.core.read;

import org.apache.poi.ss.util.CellReference;

/**
 * The comments (notes) of one sheet, read from a comments part a comment at a time in the order
 * the part holds them: each a piece at its cell, with {@code comment} as its part. Their authors
 * are not read.
 */
final class SheetComments extends SheetPart {

    private final SheetCells cells;
    /** The reference of the cell the comment being read is on. */
    private String ref;

    SheetComments(OfficePackage.XmlPart part, SheetCells cells) {
        super(part, "a comment");
        this.cells = cells;
    }

    @Override
    void start(String element) {
        switch (element) {
            case "comment" -> {
                ref = xml.getAttributeValue(null, "ref");
                text.setLength(0);
            }
            case "t" -> collect = ref != null;
            default -> {}
        }
    }

    @Override
    Piece end(String element) {
        switch (element) {
            case "t" -> collect = false;
            case "comment" -> {
                String at = ref;
                ref = null;
                String s = text.toString().strip();
                if (at == null || s.isEmpty()) {
                    return null;
                }
                CellReference cell = new CellReference(at);
                return cells.comment(s, cell.getRow() + 1L, cell.getCol() + 1L);
            }
            default -> {}
        }
        return null;
    }
}
