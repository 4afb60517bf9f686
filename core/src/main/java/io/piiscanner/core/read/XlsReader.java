package io.piiscanner.core.read;

import io.piiscanner.core.format.CorruptInputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.ContinueRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NoteRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.ObjRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.TextObjectRecord;
import org.apache.poi.hssf.record.common.UnicodeString;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellType;

/**
 * Excel 97-2003 workbooks ({@code .xls}, BIFF8) with POI's HSSF records, pulled one at a time from
 * the {@code Workbook} stream as the engine asks for pieces: every sheet in the workbook's order,
 * hidden ones too, each cell that holds text, a number or a date a piece located and named as an
 * {@code .xlsx} workbook's are ({@link SheetCells}), numbers in full and dates as their format
 * shows them ({@link NumberText}). Of a formula, its last computed value is read; booleans and errors
 * are not. Cell comments are read with their authors ({@link XlsComments}).
 *
 * <p>Memory holds a record (at most 8 KiB, and a string's continuation), a header row, the sheets'
 * names and the workbook's number formats, at most {@link #MAX_FORMATS} of each kind; the shared
 * strings go to temporary files ({@link SharedStrings}) as they are read, rather than into POI's
 * {@code SSTRecord}, which would hold them all. A workbook encrypted with a password is skipped
 * saying so.
 */
final class XlsReader implements Content {

    /** Sheets, cell formats and number formats kept at most; more are corrupt or not read. */
    static final int MAX_FORMATS = 65_536;

    private static final String WHAT = "Excel 97-2003 workbook";

    private final Closeable source;
    private final RecordInputStream in;
    private final SharedStrings strings;
    private final NumberText numbers = new NumberText();
    private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
    private List<String> sheetNames;
    /** The number format of each cell format (XF), by the XF's index. */
    private final List<Short> cellFormats = new ArrayList<>();

    private final Map<Integer, String> formatPatterns = new HashMap<>();
    private final Deque<Piece> pending = new ArrayDeque<>();
    private final XlsComments comments = new XlsComments();
    /** How deep in BOF ... EOF substreams: 1 in the globals or a sheet, 2 in a chart embedded in a sheet. */
    private int depth;

    private int substreams;
    private SheetCells sheet;
    /** A formula's cell whose text follows in a STRING record, or null. */
    private FormulaRecord textFormula;

    private XlsReader(Closeable source, InputStream workbook) throws IOException {
        this.source = source;
        this.in = new RecordInputStream(workbook);
        this.strings = SharedStrings.none();
    }

    /**
     * Reads the workbook stream of an OLE2 file; closing the content closes {@code source}, which
     * the caller closes if this fails.
     *
     * @param source   what holds the stream open: the file system and its temporary copy
     * @param workbook the {@code Workbook} stream
     */
    static Content open(Closeable source, InputStream workbook) throws IOException {
        return new XlsReader(source, workbook);
    }

    @Override
    public Item next() throws IOException {
        try {
            while (pending.isEmpty()) {
                if (!in.hasNextRecord()) {
                    return null;
                }
                in.nextRecord();
                read(in.getSid());
            }
            return pending.poll();
        } catch (RuntimeException e) {
            throw ReaderErrors.unwrap(e, WHAT);
        }
    }

    private void read(short sid) throws IOException {
        switch (sid) {
            case BOFRecord.sid -> begin(new BOFRecord(in));
            case EOFRecord.sid -> {
                in.readRemainder();
                if (--depth == 0) {
                    if (sheet != null) {
                        comments.unplaced(sheet, pending::add);
                    }
                    sheet = null;
                }
            }
            case FilePassRecord.sid ->
                throw new UnreadableInputException("an encrypted Excel 97-2003 workbook: it needs a password");
            case BoundSheetRecord.sid -> {
                if (boundSheets.size() == MAX_FORMATS) {
                    throw new CorruptInputException(WHAT + ": more than " + MAX_FORMATS + " sheets");
                }
                boundSheets.add(new BoundSheetRecord(in));
            }
            case SSTRecord.sid -> sharedStrings();
            case FormatRecord.sid -> {
                FormatRecord f = new FormatRecord(in);
                if (formatPatterns.size() < MAX_FORMATS) {
                    formatPatterns.put(f.getIndexCode(), f.getFormatString());
                }
            }
            case ExtendedFormatRecord.sid -> {
                ExtendedFormatRecord xf = new ExtendedFormatRecord(in);
                if (cellFormats.size() < MAX_FORMATS) {
                    cellFormats.add(xf.getFormatIndex());
                }
            }
            default -> cell(sid);
        }
    }

    /** A substream begins: the globals, a sheet, or a chart, macro sheet or embedded chart the scan passes over. */
    private void begin(BOFRecord bof) {
        depth++;
        if (depth != 1 || bof.getType() == BOFRecord.TYPE_WORKBOOK) {
            return;
        }
        if (sheetNames == null) {
            // Sheets follow in the order of their offsets in the stream, which the globals list.
            boundSheets.sort(Comparator.comparingInt(BoundSheetRecord::getPositionOfBof));
            sheetNames =
                    boundSheets.stream().map(BoundSheetRecord::getSheetname).toList();
            boundSheets.clear();
        }
        textFormula = null;
        comments.sheet();
        int index = substreams++;
        String name = index < sheetNames.size() ? sheetNames.get(index) : "Sheet" + (index + 1);
        sheet = bof.getType() == BOFRecord.TYPE_WORKSHEET ? new SheetCells(name) : null;
    }

    /** The shared strings table, each string to the temporary files as it is read, continuations and all. */
    private void sharedStrings() throws IOException {
        in.readInt();
        int unique = in.readInt();
        try (SharedStrings.Appender out = strings.appender()) {
            for (int i = 0; i < unique; i++) {
                if (in.available() == 0 && (!in.hasNextRecord() || in.getNextSid() != ContinueRecord.sid)) {
                    break;
                }
                out.add(new UnicodeString(in).getString());
            }
        }
        in.readRemainder();
    }

    /** A record of a sheet: a cell's value becomes a piece; anything else is passed over. */
    private void cell(short sid) throws IOException {
        boolean inSheet = sheet != null && depth == 1;
        switch (inSheet ? sid : -1) {
            case LabelSSTRecord.sid -> {
                LabelSSTRecord r = new LabelSSTRecord(in);
                add(strings.get(r.getSSTIndex()), false, r.getRow(), r.getColumn());
            }
            case LabelRecord.sid -> {
                LabelRecord r = new LabelRecord(in);
                add(r.getValue(), false, r.getRow(), r.getColumn());
            }
            case NumberRecord.sid -> {
                NumberRecord r = new NumberRecord(in);
                addNumber(r.getValue(), r.getXFIndex(), r.getRow(), r.getColumn());
            }
            case RKRecord.sid -> {
                RKRecord r = new RKRecord(in);
                addNumber(r.getRKNumber(), r.getXFIndex(), r.getRow(), r.getColumn());
            }
            case MulRKRecord.sid -> {
                MulRKRecord r = new MulRKRecord(in);
                for (int i = 0; i < r.getNumColumns(); i++) {
                    addNumber(r.getRKNumberAt(i), r.getXFAt(i), r.getRow(), r.getFirstColumn() + i);
                }
            }
            case FormulaRecord.sid -> {
                FormulaRecord r = new FormulaRecord(in);
                textFormula = null;
                if (r.getCachedResultTypeEnum() == CellType.NUMERIC) {
                    addNumber(r.getValue(), r.getXFIndex(), r.getRow(), r.getColumn());
                } else if (r.getCachedResultTypeEnum() == CellType.STRING) {
                    textFormula = r;
                }
            }
            case StringRecord.sid -> {
                String text = new StringRecord(in).getString();
                if (textFormula != null) {
                    add(text, false, textFormula.getRow(), textFormula.getColumn());
                    textFormula = null;
                }
            }
            case ObjRecord.sid, TextObjectRecord.sid, NoteRecord.sid -> comments.read(sid, in, sheet, pending::add);
            default -> in.readRemainder();
        }
    }

    private void addNumber(double value, int xf, int row, int column) {
        if (!Double.isFinite(value)) {
            return;
        }
        int format = xf >= 0 && xf < cellFormats.size() ? cellFormats.get(xf) : -1;
        String pattern =
                format < 0 ? null : formatPatterns.getOrDefault(format, BuiltinFormats.getBuiltinFormat(format));
        add(numbers.format(value, format, pattern), true, row, column);
    }

    /** A cell's piece; its 0-based row and column are unsigned 16-bit numbers, POI's shorts as they were stored. */
    private void add(String text, boolean number, int row, int column) {
        if (text != null && !text.isBlank()) {
            pending.add(sheet.piece(text, number, (row & 0xFFFF) + 1L, (column & 0xFFFF) + 1L));
        }
    }

    @Override
    public void close() throws IOException {
        try (source;
                comments) {
            strings.close();
        }
    }
}
