package io.piiscanner.core.read;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;

/**
 * Word documents (Office Open XML, {@code .docx}): the body, then the footnotes, the headers and
 * footers, the comments and the endnotes, the order in which a {@code .doc}'s stories follow each
 * other ({@link DocReader}). The parts are found through the body's relationships, by type.
 *
 * <p>Each paragraph is a piece ({@code paragraph 4}, counting the story's paragraphs, not those in
 * tables), each table cell a piece ({@code table 2}, row and column), its paragraphs its lines,
 * named by its column's {@link HeaderRow header} (the table's first row). Outside the body, the
 * part names its story first, as a {@code .doc}'s: {@code footnote paragraph 1}, {@code header
 * paragraph 3} (headers, then footers, all counted as one story), {@code comment table 1}, {@code
 * endnote paragraph 1}. Text in text boxes belongs to the paragraph that holds them; a table in a
 * cell to the cell. Tracked deletions are read too: the file still holds them. Notes' separators
 * hold no text and are passed over. A relationship that points outside the package or to a part
 * it does not hold is reported as a {@link SkippedEntry}.
 *
 * <p>What the document holds outside its text is read too: each comment's author and initials, a
 * piece each in {@code comment 1} (counting the document's comments) named {@code Author} and
 * {@code Initials}, and the sign-in of each person who wrote them, as modern Word lists them in
 * {@code word/people.xml} ({@code S::jane@example.com::...}), in {@code comment author} named
 * {@code Author sign-in}; a picture's alternative text and its title, where the picture is (its paragraph
 * or cell), named {@code Alt text} and {@code Alt text title}; then the document's properties
 * ({@link OfficeProperties}). Charts, diagrams (SmartArt) and embedded files are not read.
 *
 * <p>The parts are read with a pull parser (StAX) as the engine asks for pieces, one part at a
 * time, rather than with POI's {@code XWPFDocument}, which holds the whole document in memory:
 * memory holds a piece, at most {@link #MAX_CHARS} characters; a longer paragraph or cell goes on
 * in a piece of its own, at the same place, its lines counted from one again.
 */
public final class DocxReader implements FormatReader {

    /** The reader: it holds no state, so one serves every input. */
    public static final DocxReader INSTANCE = new DocxReader();

    /** Characters of one piece at most. */
    static final int MAX_CHARS = 1 << 20;

    private static final String WHAT = "Word document";
    /** Where the people who wrote the comments are listed. */
    static final Location COMMENT_AUTHOR = Location.part("comment author");

    /**
     * The parts the body relates to, by the last segment of the relationship's type (the same in
     * transitional and strict documents), in the order they are read, with their stories.
     */
    private static final List<Map.Entry<String, WordStory>> RELATED = List.of(
            Map.entry("/footnotes", WordStory.FOOTNOTE),
            Map.entry("/header", WordStory.HEADER),
            Map.entry("/footer", WordStory.HEADER),
            Map.entry("/comments", WordStory.COMMENT),
            // The people who wrote the comments, as modern Word lists them: no text, their sign-in.
            Map.entry("/people", WordStory.COMMENT),
            Map.entry("/endnotes", WordStory.ENDNOTE));

    private DocxReader() {}

    @Override
    public boolean randomAccess() {
        return true;
    }

    @Override
    public Content open(ReaderInput input) throws IOException {
        OfficePackage pkg = OfficePackage.open(input, WHAT);
        try {
            Stories stories = new Stories(pkg);
            stories.openPart();
            return stories;
        } catch (IOException | RuntimeException e) {
            try (pkg) {
                throw ReaderErrors.unwrap(e, WHAT);
            }
        }
    }

    /** A part to read, and the story its text belongs to. */
    private record StoryPart(WordStory story, PackagePart part) {}

    /** The stories' paragraphs and table cells in order, a part at a time. */
    private static final class Stories implements Content {

        private final OfficePackage pkg;
        private final Iterator<StoryPart> parts;
        private final Deque<SkippedEntry> skipped = new ArrayDeque<>();
        /** Pieces read ahead of the text around them: comments' authors, pictures' alternative text. */
        private final Deque<Piece> pending = new ArrayDeque<>();

        private final OfficeProperties properties;
        /** The part being read, or null between parts. */
        private OfficePackage.XmlPart part;

        private XMLStreamReader xml;
        private WordStory story = WordStory.BODY;
        private final StringBuilder text = new StringBuilder();
        /** Paragraphs and tables of the current story so far, outside tables. */
        private long paragraphs;

        private long tables;
        /** Comments of the comments' story so far. */
        private long comments;
        /** Tables, paragraphs and text elements open around the parser's position. */
        private int tableDepth;

        private int paragraphDepth;
        private boolean inText;
        /** The row and column of the cell being read in the outermost table, 1-based, and its header. */
        private long row;

        private long column;
        private HeaderRow header;

        Stories(OfficePackage pkg) throws IOException {
            this.pkg = pkg;
            this.parts = parts(pkg.main()).iterator();
            this.properties = new OfficeProperties(pkg);
        }

        /**
         * The body, then the parts it relates to in the order of {@link #RELATED}, each part once, a
         * story's parts by name; those that cannot be read go to {@link #skipped}.
         */
        private List<StoryPart> parts(PackagePart main) throws IOException {
            List<StoryPart> found = new ArrayList<>();
            found.add(new StoryPart(WordStory.BODY, main));
            Set<PackagePartName> seen = new HashSet<>();
            seen.add(main.getPartName());
            for (Map.Entry<String, WordStory> related : RELATED) {
                List<PackagePart> ofType = new ArrayList<>();
                for (PackagePart target : pkg.related(main, related.getKey(), skipped::add)) {
                    if (seen.add(target.getPartName())) {
                        ofType.add(target);
                    }
                }
                // Word names them header1.xml, header2.xml, ...: by length first, header10 after header9.
                ofType.sort(Comparator.comparing(
                                (PackagePart p) -> p.getPartName().getName().length())
                        .thenComparing(p -> p.getPartName().getName()));
                ofType.forEach(p -> found.add(new StoryPart(related.getValue(), p)));
            }
            return found;
        }

        /** Opens the next part to read; false after the last. */
        boolean openPart() throws IOException {
            if (!parts.hasNext()) {
                return false;
            }
            StoryPart next = parts.next();
            if (next.story() != story) {
                story = next.story();
                paragraphs = 0;
                tables = 0;
            }
            part = pkg.stream(next.part()::getInputStream);
            xml = part.xml();
            tableDepth = 0;
            paragraphDepth = 0;
            inText = false;
            text.setLength(0);
            return true;
        }

        @Override
        public Item next() throws IOException {
            if (!skipped.isEmpty()) {
                return skipped.poll();
            }
            try {
                while (part != null || openPart()) {
                    Piece piece = nextInPart();
                    if (piece != null) {
                        return piece;
                    }
                    OfficePackage.XmlPart done = part;
                    part = null;
                    done.close();
                }
                return properties.next();
            } catch (XMLStreamException | RuntimeException e) {
                throw ReaderErrors.unwrap(e, WHAT);
            }
        }

        /** The next piece of the part being read; null at its end. */
        private Piece nextInPart() throws XMLStreamException {
            while (pending.isEmpty() && xml.hasNext()) {
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
            return pending.poll();
        }

        /** Passes over the element the parser is at, whole. */
        private void skipElement() throws XMLStreamException {
            for (int depth = 1; depth > 0; ) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> depth++;
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {}
                }
            }
        }

        /** Whether the parser is at a note's separator (a {@code type} other than {@code normal}). */
        private boolean separator() {
            String type = attribute("type");
            return type != null && !type.equals("normal");
        }

        /** The attribute of the element at the parser by its local name, whatever its namespace; or null. */
        private String attribute(String name) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals(name)) {
                    return xml.getAttributeValue(i);
                }
            }
            return null;
        }

        private Piece start(String element) throws XMLStreamException {
            switch (element) {
                case "footnote", "endnote" -> {
                    if (separator()) {
                        skipElement();
                    }
                }
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
                case "comment" -> {
                    if (story == WordStory.COMMENT) {
                        Location comment = Location.part("comment " + ++comments);
                        attributePiece("author", "Author", comment);
                        attributePiece("initials", "Initials", comment);
                    }
                }
                case "presenceInfo" -> {
                    if (story == WordStory.COMMENT) {
                        attributePiece("userId", "Author sign-in", COMMENT_AUTHOR);
                    }
                }
                case "docPr" -> {
                    Location picture = here();
                    attributePiece("descr", "Alt text", picture);
                    attributePiece("title", "Alt text title", picture);
                }
                case "t", "delText" -> inText = true;
                case "tab" -> append("\t");
                case "br", "cr" -> append("\n");
                default -> {}
            }
            return full() ? piece() : null;
        }

        /** An attribute of the element at the parser, unless blank, as a piece at {@code at} named {@code field}. */
        private void attributePiece(String name, String field, Location at) {
            String value = attribute(name);
            if (value != null && !value.isBlank()) {
                pending.add(new Piece(value, field, field, at));
            }
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
                return new Piece(s, null, null, here());
            }
            String field = null;
            if (row == 1) {
                header.add(column, s, s.codePoints().noneMatch(Character::isLetter));
            } else {
                field = header.name(column);
            }
            return new Piece(s, field, field, here());
        }

        /** Where the parser is: a paragraph of the story, or a cell of its outermost table. */
        private Location here() {
            if (tableDepth == 0) {
                return Location.part(story.prefix + "paragraph " + (paragraphs + (paragraphDepth > 0 ? 1 : 0)));
            }
            return new Location(null, story.prefix + "table " + tables, null, null, null, row, column, null);
        }

        @Override
        public void close() throws IOException {
            try (pkg;
                    properties) {
                if (part != null) {
                    part.close();
                }
            }
        }
    }
}
