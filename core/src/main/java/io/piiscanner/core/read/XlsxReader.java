package io.piiscanner.core.read;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Excel workbooks (Office Open XML, {@code .xlsx}) with POI: sheet by sheet in the workbook's
 * order, hidden ones too, row by row, each cell that holds text, a number or a date a piece,
 * located by sheet, cell reference ({@code C7}), row and column, and named by its column's
 * {@link HeaderRow header}. Numbers are written out in full, never in exponent form, so that a card
 * number held as a number reads {@code 4111111111111111} and not {@code 4.11111E+15}; dates as the
 * cell's format shows them. Of a formula, its last computed value is read. Booleans and errors
 * are not read. A sheet's comments ({@link SheetComments}) follow its cells, each at its cell with
 * {@code comment} as its part, then what is drawn on it ({@link SheetDrawing}: text boxes' and
 * shapes' text, pictures' alternative text), with {@code drawing} as its part; a relationship to
 * one that points outside the package or to a part it does not hold is a {@link SkippedEntry}. The workbook's properties follow its sheets
 * ({@link OfficeProperties}).
 *
 * <p>Memory holds the styles, a header row and a cell: each sheet is read with a pull parser
 * (StAX) as the engine asks for pieces, rather than with POI's SAX {@code XSSFSheetXMLHandler},
 * which would push a whole sheet at once; the shared strings are kept in temporary files
 * ({@link SharedStrings}).
 */
public final class XlsxReader implements FormatReader {

    /** The reader: it holds no state, so one serves every input. */
    public static final XlsxReader INSTANCE = new XlsxReader();

    private static final String WHAT = "Excel workbook";

    private XlsxReader() {}

    @Override
    public boolean randomAccess() {
        return true;
    }

    @Override
    public Content open(ReaderInput input) throws IOException {
        OfficePackage pkg = OfficePackage.open(input, WHAT);
        try {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg.opc()).getSheetsData();
            Numbers numbers = new Numbers(styles(pkg));
            OfficeProperties properties = new OfficeProperties(pkg);
            // Last: nothing after it can fail and leave its files open.
            SharedStrings strings = sharedStrings(pkg);
            return new WorkbookContent(pkg, sheets, strings, numbers, properties);
        } catch (Exception e) {
            try (pkg) {
                throw ReaderErrors.unwrap(e, WHAT);
            }
        }
    }

    private static SharedStrings sharedStrings(OfficePackage pkg) throws IOException, XMLStreamException {
        List<PackagePart> parts = pkg.opc().getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        return parts.isEmpty() ? SharedStrings.none() : SharedStrings.read(pkg.stream(parts.get(0)::getInputStream));
    }

    /**
     * The workbook's styles, which say which numbers are dates; without them, when they are too
     * large to load, dates read as the numbers Excel keeps them as.
     */
    private static StylesTable styles(OfficePackage pkg) throws IOException {
        List<PackagePart> parts = pkg.opc().getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return new StylesTable();
        }
        try {
            return new StylesTable(parts.get(0));
        } catch (IOException | RuntimeException e) {
            if (ReaderErrors.unwrap(e, WHAT) instanceof UnreadableInputException) {
                return new StylesTable();
            }
            throw e;
        }
    }

    /** The cells of the sheets, one after another, each sheet's comments and drawings after its cells. */
    private static final class WorkbookContent implements Content {

        private final OfficePackage pkg;
        private final XSSFReader.SheetIterator sheets;
        private final SharedStrings strings;
        private final Numbers numbers;
        private final OfficeProperties properties;
        private final Deque<SkippedEntry> skipped = new ArrayDeque<>();
        /** The sheet being read; then its comments and drawing parts, and the one being read. */
        private Sheet sheet;

        private SheetCells cells;
        private final Deque<PackagePart> commentParts = new ArrayDeque<>();
        private final Deque<PackagePart> drawingParts = new ArrayDeque<>();
        private final Set<PackagePartName> partsSeen = new HashSet<>();
        private SheetPart extra;

        WorkbookContent(
                OfficePackage pkg,
                XSSFReader.SheetIterator sheets,
                SharedStrings strings,
                Numbers numbers,
                OfficeProperties properties) {
            this.pkg = pkg;
            this.properties = properties;
            this.sheets = sheets;
            this.strings = strings;
            this.numbers = numbers;
        }

        @Override
        public Item next() throws IOException {
            try {
                Piece piece = skipped.isEmpty() ? nextPiece() : null;
                if (piece != null) {
                    return piece;
                }
                return skipped.isEmpty() ? properties.next() : skipped.poll();
            } catch (XMLStreamException | RuntimeException e) {
                throw ReaderErrors.unwrap(e, WHAT);
            }
        }

        /** The next cell, comment or drawn text; null after the last, or when a sheet's part is skipped. */
        private Piece nextPiece() throws IOException, XMLStreamException {
            while (true) {
                if (sheet != null) {
                    Piece cell = sheet.next();
                    if (cell != null) {
                        return cell;
                    }
                    sheet.close();
                    sheet = null;
                    queue("/comments", commentParts);
                    queue("/drawing", drawingParts);
                    if (!skipped.isEmpty()) {
                        return null;
                    }
                } else if (extra != null) {
                    Piece piece = extra.next();
                    if (piece != null) {
                        return piece;
                    }
                    extra.close();
                    extra = null;
                } else if (!commentParts.isEmpty()) {
                    extra = new SheetComments(pkg.stream(commentParts.poll()::getInputStream), cells);
                } else if (!drawingParts.isEmpty()) {
                    extra = new SheetDrawing(pkg.stream(drawingParts.poll()::getInputStream), cells);
                } else if (sheets.hasNext()) {
                    OfficePackage.XmlPart part = pkg.stream(sheets::next);
                    cells = new SheetCells(sheets.getSheetName());
                    sheet = new Sheet(part, cells, strings, numbers);
                } else {
                    return null;
                }
            }
        }

        /** Queues the parts the sheet just read relates to by {@code type}, as {@link OfficePackage#related}. */
        private void queue(String type, Deque<PackagePart> queue) throws IOException {
            for (PackagePart part : pkg.related(sheets.getSheetPart(), type, skipped::add)) {
                // Once each: relationships repeated, in a sheet or across sheets, would read it again.
                if (partsSeen.add(part.getPartName())) {
                    queue.add(part);
                }
            }
        }

        @Override
        public void close() throws IOException {
            try (pkg;
                    strings;
                    properties;
                    SheetPart e = extra) {
                if (sheet != null) {
                    sheet.close();
                }
            }
        }
    }

    /** One sheet's cells in the order they are stored: row by row, left to right. */
    private static final class Sheet extends SheetPart {

        private final SheetCells cells;
        private final SharedStrings strings;
        private final Numbers numbers;
        private long row;
        private long column;
        private String type;
        private int style;
        /** Whether the parser is in an inline string, whose {@code t} holds the cell's value. */
        private boolean inline;

        Sheet(OfficePackage.XmlPart part, SheetCells cells, SharedStrings strings, Numbers numbers) {
            super(part, "a cell");
            this.cells = cells;
            this.strings = strings;
            this.numbers = numbers;
        }

        @Override
        void start(String element) {
            switch (element) {
                case "row" -> {
                    String r = xml.getAttributeValue(null, "r");
                    row = r == null ? row + 1 : Long.parseLong(r);
                    column = 0;
                }
                case "c" -> {
                    String r = xml.getAttributeValue(null, "r");
                    if (r == null) {
                        column++;
                    } else if (!position(r)) {
                        CellReference ref = new CellReference(r);
                        column = ref.getCol() + 1L;
                        row = ref.getRow() + 1L;
                    }
                    String t = xml.getAttributeValue(null, "t");
                    type = t == null ? "n" : t;
                    String s = xml.getAttributeValue(null, "s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    text.setLength(0);
                }
                case "v" -> collect = type != null;
                case "is" -> inline = true;
                case "t" -> collect = inline;
                default -> {}
            }
        }

        /**
         * Takes the column and row of a reference as Excel writes it, one to three capital letters
         * and one to nine digits ({@code C7}), parsed by hand: POI's {@code CellReference} (upper
         * case, a regular expression, substrings) took a twelfth of a workbook's scan. For these it
         * gives the same; anything else ({@code $C$7}, {@code c7}) is left to it.
         *
         * @return whether the reference had that form
         */
        private boolean position(String r) {
            int letters = 0;
            long col = 0;
            while (letters < Math.min(3, r.length()) && r.charAt(letters) >= 'A' && r.charAt(letters) <= 'Z') {
                col = col * 26 + r.charAt(letters++) - 'A' + 1;
            }
            int digits = r.length() - letters;
            if (letters == 0 || digits == 0 || digits > 9) {
                return false;
            }
            long number = 0;
            for (int i = letters; i < r.length(); i++) {
                char c = r.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
                number = number * 10 + c - '0';
            }
            column = col;
            row = number;
            return true;
        }

        @Override
        Piece end(String element) throws IOException {
            switch (element) {
                case "v", "t" -> collect = false;
                case "is" -> inline = false;
                case "c" -> {
                    String value = value();
                    boolean number = "n".equals(type);
                    type = null;
                    return value == null || value.isBlank() ? null : cells.piece(value, number, row, column);
                }
                default -> {}
            }
            return null;
        }

        /** The cell's value as text; {@code null} for one that holds none, a boolean or an error. */
        private String value() throws IOException {
            String raw = text.toString();
            return switch (type) {
                case "s" -> raw.isBlank() ? null : strings.get(Integer.parseInt(raw.strip()));
                case "inlineStr", "str", "d" -> raw;
                case "b", "e" -> null;
                default -> raw.isBlank() ? null : numbers.format(raw.strip(), style);
            };
        }
    }

    /** Numbers as text: in full, or as dates where the cell's format says they are. */
    private static final class Numbers {

        private final StylesTable styles;
        private final NumberText text = new NumberText();
        /**
         * The number format of each style a cell had, looked up once: POI makes a style object and
         * looks its format up on each call. At most one a style of the table, which is in memory.
         */
        private final Map<Integer, NumberFormat> formats = new HashMap<>();

        private record NumberFormat(int index, String pattern) {}

        Numbers(StylesTable styles) {
            this.styles = styles;
        }

        String format(String raw, int style) {
            double v = Double.parseDouble(raw);
            if (!Double.isFinite(v)) {
                return raw;
            }
            if (style < 0 || style >= styles.getNumCellStyles()) {
                return text.format(v, -1, null);
            }
            NumberFormat f = formats.computeIfAbsent(style, i -> {
                XSSFCellStyle s = styles.getStyleAt(i);
                return new NumberFormat(s.getDataFormat(), s.getDataFormatString());
            });
            return text.format(v, f.index(), f.pattern());
        }
    }
}
