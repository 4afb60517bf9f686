package io.piiscanner.core.read;

import io.piiscanner.core.format.CorruptInputException;
import java.io.IOException;
import org.apache.poi.util.LittleEndianInputStream;

/**
 * The piece table of a Word 97-2003 document ([MS-DOC] 2.9.38 Clx, 2.9.177 PlcPcd): where in the
 * {@code WordDocument} stream each run of characters is, and whether as 8-bit or 16-bit
 * characters. A document saved quickly ("fast save") holds its text out of order, in many
 * pieces. The table stays in its stream and is read in order, a piece at a time, so memory does
 * not grow with the number of pieces.
 *
 * <p>The whole table is checked when it is opened, before any text is read: its size against the
 * table stream, the pieces' positions in order from zero, each piece's bytes against the
 * {@code WordDocument} stream, and all pieces' bytes together against that stream's size, so that
 * the text read is never more than the file holds, however the pieces point at it.
 */
final class WordPieces {

    /** A Prc: properties that fast-saved pieces refer to, passed over. */
    private static final int CLXT_PRC = 0x01;
    /** The Pcdt: the piece table. */
    private static final int CLXT_PCDT = 0x02;
    /** Bytes of a CP and of a PCD. */
    private static final int CP = 4;

    private static final int PCD = 8;

    private final WordStream table;
    /** Where the pieces' CPs start in the table stream, and their PCDs. */
    private final long cps;

    private final long pcds;
    private final long count;
    /** The characters of all stories, where the text to read ends. */
    private final long textChars;

    private WordPieces(WordStream table, long cps, long count, long textChars) {
        this.table = table;
        this.textChars = textChars;
        this.cps = cps;
        this.pcds = cps + CP * (count + 1);
        this.count = count;
    }

    /** Finds the piece table in the CLX the FIB points at and checks it against the text the FIB declares. */
    static WordPieces read(WordStream table, WordStream word, WordFib fib) throws IOException {
        table.check(fib.fcClx, fib.lcbClx, "the piece table");
        long end = fib.fcClx + fib.lcbClx;
        long at = fib.fcClx;
        while (at < end) {
            byte[] clxt = new byte[1];
            table.read(at, clxt, 1);
            if (clxt[0] == CLXT_PCDT && end - at >= 5) {
                long lcb = table.u32(at + 1);
                table.check(at + 5, lcb, "the piece table");
                if (lcb < CP + CP + PCD || (lcb - CP) % (CP + PCD) != 0) {
                    throw DocReader.corrupt("its piece table has a wrong size");
                }
                WordPieces pieces = new WordPieces(table, at + 5, (lcb - CP) / (CP + PCD), fib.textChars());
                pieces.check(word);
                return pieces;
            }
            if (clxt[0] != CLXT_PRC || end - at < 3) {
                throw DocReader.corrupt("its piece table cannot be found");
            }
            int cbGrpprl = (short) table.u16(at + 1);
            if (cbGrpprl < 0) {
                throw DocReader.corrupt("its piece table cannot be found");
            }
            at += 3 + cbGrpprl;
        }
        throw DocReader.corrupt("its piece table cannot be found");
    }

    private void check(WordStream word) throws IOException {
        Cursor c = cursor();
        long bytes = 0;
        long last = 0;
        while (c.next()) {
            long length = c.chars() * (c.compressed ? 1 : 2);
            word.check(c.position, length, "a piece of text");
            bytes += length;
            if (bytes > word.size()) {
                throw DocReader.corrupt("its pieces hold more text than its stream");
            }
            last = c.cpEnd;
        }
        if (last < textChars) {
            throw DocReader.corrupt("its pieces hold less text than it declares");
        }
    }

    /** The pieces in order, up to the end of the text to read. */
    Cursor cursor() throws IOException {
        return new Cursor();
    }

    /** The pieces one after another; each field holds the current piece's once {@link #next} is true. */
    final class Cursor {

        private final LittleEndianInputStream cpIn;
        private final LittleEndianInputStream pcdIn;
        private long index;
        /** The current piece's first CP and the CP after its last character read. */
        long cpStart;

        long cpEnd;
        /** Where its first character is in the {@code WordDocument} stream. */
        long position;
        /** Whether its characters are 8-bit ones, else UTF-16LE. */
        boolean compressed;

        private Cursor() throws IOException {
            this.cpIn = table.stream(cps, pcds, "the piece table");
            this.pcdIn = table.stream(pcds, pcds + PCD * count, "the piece table");
            this.cpEnd = cpIn.readUInt();
            if (cpEnd != 0) {
                throw DocReader.corrupt("its piece table does not start at the first character");
            }
        }

        /** Moves to the next piece that holds text to read; false after the last. */
        boolean next() throws CorruptInputException {
            if (index == count || cpEnd >= textChars) {
                return false;
            }
            index++;
            cpStart = cpEnd;
            long next = cpIn.readUInt();
            if (next <= cpStart) {
                throw DocReader.corrupt("its pieces are out of order");
            }
            cpEnd = Math.min(next, textChars);
            pcdIn.readUShort();
            long fc = pcdIn.readUInt();
            pcdIn.readUShort();
            compressed = (fc & 0x4000_0000L) != 0;
            fc &= 0x3FFF_FFFFL;
            position = compressed ? fc / 2 : fc;
            return true;
        }

        /** The characters of the current piece to read. */
        long chars() {
            return cpEnd - cpStart;
        }
    }
}
