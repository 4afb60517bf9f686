package io.piiscanner.core.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Word 97-2003 documents for tests: the fixtures LibreOffice made (see {@code doc/README.md} in the
 * test resources), and copies of them whose streams are changed, with POI's POIFS, at the fixed
 * offsets of a Word 97 FIB ([MS-DOC] 2.5): to plant damage, or to write a piece table such as a
 * fast save leaves, text out of order and of both widths.
 */
public final class WordFiles {

    /** In the {@code WordDocument} stream: the flags of FibBase, ccpText, fcClx and lcbClx. */
    static final int FLAGS = 0x0A;

    static final int NFIB = 0x02;
    static final int CCP_TEXT = 0x4C;
    static final int FC_CLX = 0x1A2;
    static final int LCB_CLX = 0x1A6;

    private WordFiles() {}

    /** A fixture of {@code src/test/resources/doc}. */
    public static byte[] fixture(String name) {
        try (InputStream in = WordFiles.class.getResourceAsStream("/doc/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the table stream the document's FIB points at. */
    static String tableStream(byte[] doc) {
        return (stream(doc, "WordDocument").getShort(FLAGS) & 0x200) != 0 ? "1Table" : "0Table";
    }

    /** A stream of the document, little-endian. */
    static ByteBuffer stream(byte[] doc, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(doc))) {
            DirectoryNode root = fs.getRoot();
            try (InputStream in = root.createDocumentInputStream(name)) {
                return ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the document whose stream {@code name} is what {@code change} makes of it. */
    static byte[] withStream(byte[] doc, String name, Consumer<ByteBuffer> change) {
        ByteBuffer stream = stream(doc, name);
        change.accept(stream);
        return withStreams(doc, name, stream.array(), null, null);
    }

    private static byte[] withStreams(byte[] doc, String name, byte[] bytes, String other, byte[] otherBytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(doc))) {
            fs.getRoot().createOrUpdateDocument(name, new ByteArrayInputStream(bytes));
            if (other != null) {
                fs.getRoot().createOrUpdateDocument(other, new ByteArrayInputStream(otherBytes));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body's text as the one 16-bit piece LibreOffice writes holds it, control characters and all. */
    static String bodyText(byte[] doc) {
        ByteBuffer word = stream(doc, "WordDocument");
        byte[] text = new byte[2 * word.getInt(CCP_TEXT)];
        word.get(onePiece(doc).fc(), text);
        return new String(text, StandardCharsets.UTF_16LE);
    }

    /** A copy of the document whose stream {@code name} holds its first {@code bytes} bytes only. */
    static byte[] truncatedStream(byte[] doc, String name, int bytes) {
        return withStreams(doc, name, Arrays.copyOf(stream(doc, name).array(), bytes), null, null);
    }

    /**
     * A copy of the document whose body has {@code text} instead of its characters {@code [from,
     * to)}: the piece table is three pieces, the middle one 8-bit characters appended to the end of
     * the {@code WordDocument} stream, after the text of the third, as a fast save writes them.
     * {@code text} holds no paragraph mark, whose properties would be missing.
     */
    static byte[] replaceText(byte[] doc, int from, int to, String text) {
        return replaceText(doc, from, to, text, Math.max(1, text.length()));
    }

    /** As {@link #replaceText(byte[], int, int, String)}, the new text in pieces of {@code pieceChars} characters. */
    static byte[] replaceText(byte[] doc, int from, int to, String text, int pieceChars) {
        ByteBuffer word = stream(doc, "WordDocument");
        OnePiece piece = onePiece(doc);
        int added = text.length() - (to - from);
        byte[] latin = text.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer newWord =
                ByteBuffer.allocate(word.capacity() + latin.length + 1).order(ByteOrder.LITTLE_ENDIAN);
        newWord.put(word.array());
        int at = (word.capacity() + 1) & ~1;
        newWord.put(at, latin);
        newWord.putInt(CCP_TEXT, word.getInt(CCP_TEXT) + added);
        newWord.putShort(FLAGS, (short) (word.getShort(FLAGS) | 0x4));

        int middle = (text.length() + pieceChars - 1) / pieceChars;
        int[] cps = new int[middle + 3];
        int[] fcs = new int[middle + 2];
        fcs[0] = piece.fc();
        for (int i = 0; i < middle; i++) {
            cps[i + 1] = from + i * pieceChars;
            fcs[i + 1] = 0x4000_0000 | (2 * (at + i * pieceChars));
        }
        cps[middle + 1] = from + text.length();
        cps[middle + 2] = piece.cpEnd() + added;
        fcs[middle + 1] = piece.fc() + 2 * to;
        return withPieceTable(doc, newWord, cps, fcs);
    }

    /**
     * A copy of the document whose piece table holds its body {@code times}, a piece each, all
     * pointing at the same text.
     */
    static byte[] bodyRepeated(byte[] doc, int times) {
        ByteBuffer word = stream(doc, "WordDocument");
        OnePiece piece = onePiece(doc);
        int body = word.getInt(CCP_TEXT);
        int[] cps = new int[times + 2];
        int[] fcs = new int[times + 1];
        for (int i = 0; i <= times; i++) {
            cps[i] = i * body;
            fcs[i] = piece.fc();
        }
        cps[times + 1] = piece.cpEnd() + (times - 1) * body;
        fcs[times] = piece.fc() + 2 * body;
        word.putInt(CCP_TEXT, times * body);
        return withPieceTable(doc, word, cps, fcs);
    }

    /**
     * A copy of the document with {@code word} as its {@code WordDocument} stream and the piece
     * table of these pieces' CPs and 32-bit fc values, appended to its table stream.
     */
    private static byte[] withPieceTable(byte[] doc, ByteBuffer word, int[] cps, int[] fcs) {
        String tableName = tableStream(doc);
        ByteBuffer table = stream(doc, tableName);
        int lcb = 4 * cps.length + 8 * fcs.length;
        ByteBuffer clx = ByteBuffer.allocate(5 + lcb).order(ByteOrder.LITTLE_ENDIAN);
        clx.put((byte) 2).putInt(lcb);
        for (int cp : cps) {
            clx.putInt(cp);
        }
        for (int fc : fcs) {
            clx.putShort((short) 0).putInt(fc).putShort((short) 0);
        }
        ByteBuffer newTable = ByteBuffer.allocate(table.capacity() + clx.capacity());
        newTable.put(table.array()).put(clx.array());
        word.putInt(FC_CLX, table.capacity()).putInt(LCB_CLX, clx.capacity());
        return withStreams(doc, "WordDocument", word.array(), tableName, newTable.array());
    }

    /** The piece LibreOffice writes: the CP after its text, and its fc. */
    private record OnePiece(int cpEnd, int fc) {}

    /** The document's one piece; it must have one only, and nothing else in its CLX. */
    private static OnePiece onePiece(byte[] doc) {
        ByteBuffer word = stream(doc, "WordDocument");
        ByteBuffer table = stream(doc, tableStream(doc));
        int clx = word.getInt(FC_CLX);
        if (table.get(clx) != 2 || word.getInt(LCB_CLX) != 5 + 4 + 4 + 8) {
            throw new IllegalStateException("not the single piece LibreOffice writes");
        }
        return new OnePiece(table.getInt(clx + 5 + 4), table.getInt(clx + 5 + 8 + 2));
    }
}
