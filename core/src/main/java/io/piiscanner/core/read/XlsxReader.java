package io.piiscanner.core.read;

import io.piiscanner.core.format.CorruptInputException;
import java.io.IOException;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.PackagePart;
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
 * cell's format shows them. Of a formula, its last computed value is read. Booleans, errors and
 * comments are not read.
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
            // Last: nothing after it can fail and leave its files open.
            SharedStrings strings = sharedStrings(pkg);
            return new WorkbookContent(pkg, sheets, strings, numbers);
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

    /** The cells of the sheets, one after another. */
    private static final class WorkbookContent implements Content {

        private final OfficePackage pkg;
        private final XSSFReader.SheetIterator sheets;
        private final SharedStrings strings;
        private final Numbers numbers;
        private Sheet sheet;

        WorkbookContent(OfficePackage pkg, XSSFReader.SheetIterator sheets, SharedStrings strings, Numbers numbers) {
            this.pkg = pkg;
            this.sheets = sheets;
            this.strings = strings;
            this.numbers = numbers;
        }

        @Override
        public Item next() throws IOException {
            try {
                while (true) {
                    if (sheet == null) {
                        if (!sheets.hasNext()) {
                            return null;
                        }
                        OfficePackage.XmlPart part = pkg.stream(sheets::next);
                        sheet = new Sheet(part, sheets.getSheetName(), strings, numbers);
                    }
                    Piece cell = sheet.next();
                    if (cell != null) {
                        return cell;
                    }
                    sheet.close();
                    sheet = null;
                }
            } catch (XMLStreamException | RuntimeException e) {
                throw ReaderErrors.unwrap(e, WHAT);
            }
        }

        @Override
        public void close() throws IOException {
            try (pkg;
                    strings) {
                if (sheet != null) {
                    sheet.close();
                }
            }
        }
    }

    /** One sheet's cells in the order they are stored: row by row, left to right. */
    private static final class Sheet {

        private final OfficePackage.XmlPart part;
        private final XMLStreamReader xml;
        private final SheetCells cells;
        private final SharedStrings strings;
        private final Numbers numbers;
        private long row;
        private long column;
        private String type;
        private int style;
        private final StringBuilder value = new StringBuilder();
        /** Whether the text read belongs to the cell's value: in {@code v}, or in an inline string's {@code t}. */
        private boolean collecting;

        private boolean inline;
        private int phonetic;

        Sheet(OfficePackage.XmlPart part, String name, SharedStrings strings, Numbers numbers) {
            this.part = part;
            this.xml = part.xml();
            this.cells = new SheetCells(name);
            this.strings = strings;
            this.numbers = numbers;
        }

        /** The next cell with a value, or null at the end of the sheet. */
        Piece next() throws XMLStreamException, IOException {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
                    case XMLStreamConstants.END_ELEMENT -> {
                        Piece cell = end(xml.getLocalName());
                        if (cell != null) {
                            return cell;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (collecting && phonetic == 0) {
                            if (value.length() + xml.getTextLength() > SharedStrings.MAX_CHARS) {
                                throw new CorruptInputException(
                                        WHAT + ": a cell holds more than " + SharedStrings.MAX_CHARS + " characters");
                            }
                            value.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    default -> {}
                }
            }
            return null;
        }

        private void start(String element) {
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
                    } else {
                        CellReference ref = new CellReference(r);
                        column = ref.getCol() + 1L;
                        row = ref.getRow() + 1L;
                    }
                    String t = xml.getAttributeValue(null, "t");
                    type = t == null ? "n" : t;
                    String s = xml.getAttributeValue(null, "s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                }
                case "v" -> collecting = type != null;
                case "is" -> inline = true;
                case "t" -> collecting = inline;
                case "rPh" -> phonetic++;
                default -> {}
            }
        }

        private Piece end(String element) throws IOException {
            switch (element) {
                case "v", "t" -> collecting = false;
                case "is" -> inline = false;
                case "rPh" -> phonetic--;
                case "c" -> {
                    String text = text();
                    boolean number = "n".equals(type);
                    type = null;
                    return text == null || text.isBlank() ? null : cells.piece(text, number, row, column);
                }
                default -> {}
            }
            return null;
        }

        /** The cell's value as text; {@code null} for one that holds none, a boolean or an error. */
        private String text() throws IOException {
            String raw = value.toString();
            return switch (type) {
                case "s" -> raw.isBlank() ? null : strings.get(Integer.parseInt(raw.strip()));
                case "inlineStr", "str", "d" -> raw;
                case "b", "e" -> null;
                default -> raw.isBlank() ? null : numbers.format(raw.strip(), style);
            };
        }

        void close() throws IOException {
            part.close();
        }
    }

    /** Numbers as text: in full, or as dates where the cell's format says they are. */
    private static final class Numbers {

        private final StylesTable styles;
        private final NumberText text = new NumberText();

        Numbers(StylesTable styles) {
            this.styles = styles;
        }

        String format(String raw, int style) {
            double v = Double.parseDouble(raw);
            if (!Double.isFinite(v)) {
                return raw;
            }
            XSSFCellStyle s = style >= 0 && style < styles.getNumCellStyles() ? styles.getStyleAt(style) : null;
            return s == null ? text.format(v, -1, null) : text.format(v, s.getDataFormat(), s.getDataFormatString());
        }
    }
}
