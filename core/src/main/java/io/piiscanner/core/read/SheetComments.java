package io.piiscanner.core.read;

import org.apache.poi.ss.util.CellReference;

/**
 * The comments (notes) of one sheet, read from a comments part a comment at a time in the order
 * the part holds them: each a piece at its cell, with {@code comment} as its part. The part lists
 * the comments' authors first, each once: each is a piece named {@code Author} in the sheet, with
 * {@code comment author} as its part.
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
            case "author" -> {
                collect = true;
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
            case "author" -> {
                collect = false;
                String s = text.toString().strip();
                return s.isEmpty() ? null : cells.commentAuthor(s, 0, 0);
            }
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
