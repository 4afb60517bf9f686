package io.piiscanner.core.read;

import io.piiscanner.core.format.CorruptInputException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.poi.poifs.filesystem.DirectoryNode;

/**
 * Word 97-2003 documents ({@code .doc}), read from the structures of [MS-DOC] rather than with
 * POI's HWPF, which holds the whole document in memory: the FIB ({@link WordFib}), the piece
 * table ({@link WordPieces}) and the paragraphs' properties ({@link WordParagraphs}) are read
 * where they are, and the text streams through a buffer ({@link WordChars}), each story in turn:
 * the body, then footnotes, headers and footers, comments, endnotes and text boxes.
 *
 * <p>Pieces are located as a {@code .docx} document's ({@link DocxReader}): a paragraph outside
 * tables as {@code paragraph 4}, counting the story's paragraphs that are not in tables, and a
 * table cell as {@code table 2} with its row and column, named by its column's {@link HeaderRow
 * header}; outside the body, the part names its story first: {@code footnote paragraph 1},
 * {@code header paragraph 3}, {@code comment table 1}. A nested table's cells are lines of the
 * outer cell. Word's control characters are taken out so that detectors see the text as Word shows
 * it: a field's code is dropped and its result kept, paragraph and cell marks end pieces, line,
 * page and column breaks are new lines, a non-breaking hyphen is a hyphen, and note and comment
 * marks, pictures and objects are dropped. Memory holds a piece, at most {@link #MAX_CHARS}
 * characters; a longer paragraph or cell goes on in a piece of its own, at the same place.
 *
 * <p>After the text come the comments' authors, each once, a piece named {@code Author} in {@code
 * comment author}, as an {@code .xlsx} workbook's are.
 *
 * <p>An encrypted document is skipped for its password, a Word 6.0/95 one as not supported.
 */
final class DocReader implements Content {

    /** Characters of one piece at most. */
    static final int MAX_CHARS = DocxReader.MAX_CHARS;
    /** Fields nested deeper are damage: Word nests them much less deep. */
    static final int MAX_FIELD_DEPTH = 64;

    private static final String WHAT = "Word 97-2003 document";

    private final Closeable source;
    private final WordStream word;
    private final WordStream table;
    private final WordFib fib;
    private final WordChars chars;
    private final WordParagraphs paragraphMarks;
    private final StringBuilder text = new StringBuilder();
    private final Deque<Piece> pending = new ArrayDeque<>();
    /** Where the next of the comments' authors is in the table stream, and where they end. */
    private long author;

    private final long authorsEnd;

    private WordStory story = WordStory.BODY;
    /** The CP where the current story ends. */
    private long storyEnd;
    /** Paragraphs and tables of the current story so far, outside tables. */
    private long paragraphs;

    private long tables;
    private boolean inTable;
    /** The row of the cell being read, 1-based, the cells of that row so far, and the table's header. */
    private long row;

    private long column;
    private HeaderRow header;
    /** Fields open around the current character, and of them (a bit each) those whose code is being read. */
    private int fieldDepth;

    private long fieldCodes;

    private DocReader(Closeable source, WordStream word, WordStream table, WordFib fib) throws IOException {
        this.source = source;
        this.word = word;
        this.table = table;
        this.fib = fib;
        this.paragraphMarks = WordParagraphs.read(table, word, fib);
        this.chars = new WordChars(word, WordPieces.read(table, word, fib).cursor());
        this.storyEnd = fib.chars(WordStory.BODY);
        this.author = fib.fcGrpXstAtnOwners;
        this.authorsEnd = fib.fcGrpXstAtnOwners + fib.lcbGrpXstAtnOwners;
        table.check(author, fib.lcbGrpXstAtnOwners, "the list of comments' authors");
    }

    /**
     * Reads the document in an OLE2 file; closing the content closes {@code source}, which the
     * caller closes if this fails.
     *
     * @param source   what holds the file system open: the file system and its temporary copy
     * @param root     the file system's root, which holds the {@code WordDocument} stream
     * @param maxBytes the compound file's size, which no stream of it can exceed
     */
    static Content open(Closeable source, DirectoryNode root, long maxBytes) throws IOException {
        WordStream word = WordStream.copy(root, "WordDocument", maxBytes);
        WordStream table = null;
        try {
            WordFib fib = WordFib.read(word);
            if (!root.hasEntryCaseInsensitive(fib.tableStream)) {
                throw corrupt("its table stream is missing");
            }
            table = WordStream.copy(root, fib.tableStream, maxBytes);
            return new DocReader(source, word, table, fib);
        } catch (IOException | RuntimeException e) {
            try (word;
                    Closeable t = table) {
                throw e instanceof IOException io ? io : ReaderErrors.unwrap(e, WHAT);
            }
        }
    }

    /** Damage described in one line that quotes no content. */
    static CorruptInputException corrupt(String what) {
        return new CorruptInputException("corrupt " + WHAT + ": " + what);
    }

    @Override
    public Item next() throws IOException {
        try {
            while (pending.isEmpty()) {
                int c = chars.next();
                if (c < 0) {
                    endParagraph();
                    return pending.isEmpty() ? nextAuthor() : pending.poll();
                }
                while (chars.cp() > storyEnd) {
                    endStory();
                }
                read((char) c);
                if (text.length() >= MAX_CHARS) {
                    emit();
                }
            }
            return pending.poll();
        } catch (RuntimeException e) {
            throw ReaderErrors.unwrap(e, WHAT);
        }
    }

    /**
     * After the text, the next of the comments' authors, each named once in the table stream
     * (GrpXstAtnOwners, [MS-DOC] 2.9.107: a count of UTF-16 units, then the units), a piece named
     * {@code Author} in {@code comment author}; null after the last.
     */
    private Piece nextAuthor() throws IOException {
        while (author < authorsEnd) {
            int units = table.u16(author);
            table.check(author + 2, 2L * units, "a comment's author");
            if (author + 2 + 2L * units > authorsEnd) {
                throw corrupt("a comment's author runs past the list of authors");
            }
            byte[] bytes = new byte[2 * units];
            table.read(author + 2, bytes, bytes.length);
            author += 2 + 2L * units;
            String name = new String(bytes, StandardCharsets.UTF_16LE);
            if (!name.isBlank()) {
                return new Piece(name, "Author", "Author", DocxReader.COMMENT_AUTHOR);
            }
        }
        return null;
    }

    /** A character of the current story. */
    private void read(char c) throws IOException {
        switch (c) {
            case 0x13 -> {
                if (++fieldDepth > MAX_FIELD_DEPTH) {
                    throw corrupt("its fields are nested more than " + MAX_FIELD_DEPTH + " deep");
                }
                fieldCodes |= 1L << (fieldDepth - 1);
            }
            case 0x14 -> {
                if (fieldDepth > 0) {
                    fieldCodes &= ~(1L << (fieldDepth - 1));
                }
            }
            case 0x15 -> {
                if (fieldDepth > 0) {
                    fieldCodes &= ~(1L << --fieldDepth);
                }
            }
            default -> {
                if (fieldCodes == 0) {
                    shown(c);
                }
            }
        }
    }

    /** A character outside fields' codes. */
    private void shown(char c) throws IOException {
        switch (c) {
            case '\r', 0x0C -> {
                if (c == '\r' && (paragraphMarks.at(chars.position()) & WordParagraphs.IN_TABLE) != 0) {
                    openTable();
                    text.append('\n');
                } else {
                    endParagraph();
                }
            }
            case 0x07 -> {
                if ((paragraphMarks.at(chars.position()) & WordParagraphs.ROW_END) != 0) {
                    text.setLength(0);
                    row++;
                    column = 0;
                } else {
                    openTable();
                    column++;
                    emit();
                }
            }
            case '\t' -> text.append('\t');
            case 0x0B, 0x0E -> text.append('\n');
            case 0x1E -> text.append('-');
            default -> {
                if (c >= 0x20) {
                    text.append(c);
                }
            }
        }
    }

    private void endParagraph() {
        inTable = false;
        emit();
        paragraphs++;
    }

    /** A cell's mark or a line of a cell: a table starts unless one is being read. */
    private void openTable() {
        if (!inTable) {
            inTable = true;
            tables++;
            row = 1;
            column = 0;
            header = new HeaderRow();
        }
    }

    private void endStory() {
        endParagraph();
        story = WordStory.values()[story.ordinal() + 1];
        storyEnd += fib.chars(story);
        paragraphs = 0;
        tables = 0;
        fieldDepth = 0;
        fieldCodes = 0;
    }

    /** The text read so far as a piece where it is, unless it is blank. */
    private void emit() {
        String s = text.toString().stripTrailing();
        text.setLength(0);
        if (s.isBlank()) {
            return;
        }
        if (!inTable) {
            pending.add(new Piece(s, null, null, Location.part(story.prefix + "paragraph " + (paragraphs + 1))));
            return;
        }
        String field = null;
        if (row == 1) {
            header.add(column, s, s.codePoints().noneMatch(Character::isLetter));
        } else {
            field = header.name(column);
        }
        pending.add(new Piece(
                s,
                field,
                field,
                new Location(null, story.prefix + "table " + tables, null, null, null, row, column, null)));
    }

    @Override
    public void close() throws IOException {
        try (source;
                word) {
            table.close();
        }
    }
}
