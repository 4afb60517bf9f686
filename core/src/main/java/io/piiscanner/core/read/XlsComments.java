package io.piiscanner.core.read;

import io.piiscanner.core.format.CorruptInputException;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.hssf.record.NoteRecord;
import org.apache.poi.hssf.record.ObjRecord;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.hssf.record.TextObjectRecord;

/**
 * The cell comments (notes) of an Excel 97-2003 workbook's sheets, from their records ([MS-XLS]
 * 2.4.181, 2.4.329, 2.4.179): an OBJ record says an object is a comment, the TXO record after it
 * holds the comment's text, and a NOTE record, after all of the sheet's objects, puts the object at
 * its cell with its author. Each comment is then a piece at its cell with {@code comment} as its
 * part, and its author a piece at the same cell with {@code comment author} as its part, as an
 * {@code .xlsx} workbook's are ({@link SheetComments}).
 *
 * <p>A text no NOTE record places (a damaged or crafted sheet: Excel shows no such comment, but the
 * file holds it) is read at the sheet's end, as a piece of the sheet with {@code comment} as its
 * part and no cell, so that what the file holds is read whatever its records say.
 *
 * <p>The texts wait for their notes in temporary files ({@link SharedStrings}), so memory holds a
 * text (a TXO holds at most 65,535 characters) and the index of each of the sheet's comments, at
 * most {@link #MAX_COMMENTS}.
 */
final class XlsComments implements Closeable {

    /** Comments of one sheet at most: more are damage. */
    static final int MAX_COMMENTS = 65_536;

    /** The first sub-record of an OBJ record, which says what the object is ([MS-XLS] 2.5.143: ftCmo). */
    private static final int COMMON_OBJECT_DATA = 0x15;

    private static final int COMMENT_OBJECT = 0x19;

    /** The texts read, created with the first. */
    private SharedStrings texts;
    /** The index of each text of the sheet in {@link #texts}, by the id of its object. */
    private final Map<Integer, Integer> byObject = new HashMap<>();
    /** The id of the comment object whose text may follow, or -1. */
    private int object = -1;

    /** A new sheet begins: its objects' ids are its own. */
    void sheet() {
        byObject.clear();
        object = -1;
    }

    /** The sheet ends: the texts no note placed become pieces of the sheet, in the order read. */
    void unplaced(SheetCells cells, Consumer<Piece> out) throws IOException {
        List<Integer> left = new ArrayList<>(byObject.values());
        byObject.clear();
        Collections.sort(left);
        for (int index : left) {
            String text = texts.get(index).strip();
            if (!text.isEmpty()) {
                out.accept(cells.comment(text, 0, 0));
            }
        }
    }

    /**
     * Reads an OBJ, TXO or NOTE record of a sheet, the record's id already read.
     *
     * @param out where a note's pieces go
     */
    void read(short sid, RecordInputStream in, SheetCells cells, Consumer<Piece> out) throws IOException {
        switch (sid) {
            case ObjRecord.sid -> {
                object = -1;
                if (in.remaining() >= 8 && in.readUShort() == COMMON_OBJECT_DATA) {
                    in.readUShort();
                    int type = in.readUShort();
                    int id = in.readUShort();
                    object = type == COMMENT_OBJECT ? id : -1;
                }
            }
            case TextObjectRecord.sid -> {
                if (object >= 0) {
                    text(object, new TextObjectRecord(in).getStr().getString());
                }
                object = -1;
            }
            case NoteRecord.sid -> {
                NoteRecord note = new NoteRecord(in);
                Integer index = byObject.remove(note.getShapeId());
                long row = note.getRow() + 1L;
                long column = (note.getColumn() & 0xFFFF) + 1L;
                String text = index == null ? null : texts.get(index).strip();
                if (text != null && !text.isEmpty()) {
                    out.accept(cells.comment(text, row, column));
                }
                String author = note.getAuthor();
                if (author != null && !author.isBlank()) {
                    out.accept(cells.commentAuthor(author, row, column));
                }
            }
            default -> {}
        }
        in.readRemainder();
    }

    private void text(int id, String text) throws IOException {
        if (byObject.size() == MAX_COMMENTS) {
            throw new CorruptInputException(
                    "Excel 97-2003 workbook: a sheet holds more than " + MAX_COMMENTS + " comments");
        }
        if (texts == null) {
            texts = SharedStrings.none();
        }
        try (SharedStrings.Appender a = texts.appender()) {
            a.add(text);
        }
        byObject.put(id, texts.size() - 1);
    }

    @Override
    public void close() throws IOException {
        if (texts != null) {
            texts.close();
        }
    }
}
