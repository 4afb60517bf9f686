package io.piiscanner.core.read;

import java.io.IOException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Word documents (Office Open XML, {@code .docx}) with POI: the document's body in order, each
 * paragraph a piece ({@code paragraph 4}, counting the paragraphs of the body, not those in
 * tables), each table cell a piece ({@code table 2}, row and column), its paragraphs its lines,
 * named by its column's {@link HeaderRow header} (the table's first row). Text in text boxes
 * belongs to the paragraph that holds them; a table in a cell to the cell. Tracked deletions are
 * read too: the file still holds them. Headers, footers, notes and comments are not read.
 *
 * <p>The body is read with a pull parser (StAX) as the engine asks for pieces, rather than with
 * POI's {@code XWPFDocument}, which holds the whole document in memory: memory holds a piece, at
 * most {@link #MAX_CHARS} characters; a longer paragraph or cell goes on in a piece of its own,
 * at the same place, its lines counted from one again.
 */
public final class DocxReader implements FormatReader {

    /** The reader: it holds no state, so one serves every input. */
    public static final DocxReader INSTANCE = new DocxReader();

    /** Characters of one piece at most. */
    static final int MAX_CHARS = 1 << 20;

    private static final String WHAT = "Word document";

    private DocxReader() {}

    @Override
    public boolean randomAccess() {
        return true;
    }

    @Override
    public Content open(ReaderInput input) throws IOException {
        OfficePackage pkg = OfficePackage.open(input, WHAT);
        try {
            return new Body(pkg, pkg.stream(pkg.main()::getInputStream));
        } catch (IOException | RuntimeException e) {
            try (pkg) {
                throw ReaderErrors.unwrap(e, WHAT);
            }
        }
    }

    /** The body's paragraphs and table cells in order. */
    private static final class Body implements Content {

        private final OfficePackage pkg;
        private final OfficePackage.XmlPart part;
        private final XMLStreamReader xml;
        private final StringBuilder text = new StringBuilder();
        private long paragraphs;
        private long tables;
        /** Tables, paragraphs and text elements open around the parser's position. */
        private int tableDepth;

        private int paragraphDepth;
        private boolean inText;
        /** The row and column of the cell being read in the outermost table, 1-based, and its header. */
        private long row;

        private long column;
        private HeaderRow header;

        Body(OfficePackage pkg, OfficePackage.XmlPart part) {
            this.pkg = pkg;
            this.part = part;
            this.xml = part.xml();
        }

        @Override
        public Item next() throws IOException {
            try {
                while (xml.hasNext()) {
                    Piece piece = switch (xml.next()) {
                        case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
                        case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> characters();
                        default -> null;
                    };
                    if (piece != null) {
                        return piece;
                    }
                }
                return null;
            } catch (XMLStreamException | RuntimeException e) {
                throw ReaderErrors.unwrap(e, WHAT);
            }
        }

        private Piece start(String element) {
            switch (element) {
                case "p" -> paragraphDepth++;
                case "tbl" -> {
                    if (tableDepth++ == 0) {
                        tables++;
                        row = 0;
                        header = new HeaderRow();
                    }
                }
                case "tr" -> {
                    if (tableDepth == 1) {
                        row++;
                        column = 0;
                    }
                }
                case "tc" -> {
                    if (tableDepth == 1) {
                        column++;
                        text.setLength(0);
                    }
                }
                case "t", "delText" -> inText = true;
                case "tab" -> append("\t");
                case "br", "cr" -> append("\n");
                default -> {}
            }
            return full() ? piece() : null;
        }

        private Piece end(String element) {
            switch (element) {
                case "t", "delText" -> inText = false;
                case "p" -> {
                    paragraphDepth--;
                    if (tableDepth == 0 && paragraphDepth == 0) {
                        paragraphs++;
                        return piece();
                    }
                    append("\n");
                }
                case "tc" -> {
                    if (tableDepth == 1) {
                        return piece();
                    }
                }
                case "tbl" -> tableDepth--;
                default -> {}
            }
            return full() ? piece() : null;
        }

        private Piece characters() {
            if (inText) {
                append(new String(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength()));
            }
            return full() ? piece() : null;
        }

        private void append(String s) {
            if (paragraphDepth > 0) {
                text.append(s);
            }
        }

        private boolean full() {
            return text.length() >= MAX_CHARS;
        }

        /** The text read so far as a piece where the parser is; null when it is blank. */
        private Piece piece() {
            String s = text.toString().stripTrailing();
            text.setLength(0);
            if (s.isBlank()) {
                return null;
            }
            if (tableDepth == 0) {
                return new Piece(
                        s, null, null, Location.part("paragraph " + (paragraphs + (paragraphDepth > 0 ? 1 : 0))));
            }
            String field = null;
            if (row == 1) {
                header.add(column, s, s.codePoints().noneMatch(Character::isLetter));
            } else {
                field = header.name(column);
            }
            return new Piece(
                    s, field, field, new Location(null, "table " + tables, null, null, null, row, column, null));
        }

        @Override
        public void close() throws IOException {
            try (pkg) {
                part.close();
            }
        }
    }
}
