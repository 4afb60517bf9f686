package io.piiscanner.core.read;

import java.io.IOException;

/**
 * The characters of a Word 97-2003 document in the order of their CPs, piece after piece, read
 * from the {@code WordDocument} stream through a buffer of {@link #BUFFER} bytes. An 8-bit
 * ("compressed") character is the low byte of its UTF-16 code unit, except for the bytes
 * {@code 0x80-0x9F}, which map as the table of [MS-DOC] 2.4.1 says (Windows-1252's characters
 * there, and the byte itself where that table has none).
 */
final class WordChars {

    private static final int BUFFER = 1 << 16;
    /** The characters of the bytes 0x80-0x9F of a compressed piece. */
    private static final char[] HIGH = {
        0x80, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x8E,
        0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153,
        0x9D, 0x9E, 0x0178
    };

    private final WordStream word;
    private final WordPieces.Cursor pieces;
    private final byte[] buf = new byte[BUFFER];
    private int bufOff;
    private int bufLen;
    /** Characters of the current piece still to read; where the next one is in the stream. */
    private long left;

    private long next;
    private boolean compressed;
    /** The CP of the next character, and where the last one returned is in the stream. */
    private long cp;

    private long position;

    WordChars(WordStream word, WordPieces.Cursor pieces) {
        this.word = word;
        this.pieces = pieces;
    }

    /** The next character, or -1 after the last. */
    int next() throws IOException {
        while (left == 0) {
            if (!pieces.next()) {
                return -1;
            }
            left = pieces.chars();
            next = pieces.position;
            compressed = pieces.compressed;
            cp = pieces.cpStart;
            bufOff = bufLen = 0;
        }
        int width = compressed ? 1 : 2;
        if (bufOff == bufLen) {
            bufLen = (int) Math.min(BUFFER, left * width);
            word.read(next, buf, bufLen);
            bufOff = 0;
        }
        int c;
        if (compressed) {
            c = buf[bufOff] & 0xFF;
            if (c >= 0x80 && c < 0xA0) {
                c = HIGH[c - 0x80];
            }
        } else {
            c = (buf[bufOff] & 0xFF) | (buf[bufOff + 1] & 0xFF) << 8;
        }
        position = next;
        next += width;
        bufOff += width;
        left--;
        cp++;
        return c;
    }

    /** The CP of the character after the last one returned. */
    long cp() {
        return cp;
    }

    /** Where the last character returned is in the {@code WordDocument} stream. */
    long position() {
        return position;
    }
}
