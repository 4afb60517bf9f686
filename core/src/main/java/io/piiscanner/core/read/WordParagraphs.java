package io.piiscanner.core.read;

import java.io.IOException;

/**
 * Whether a paragraph of a Word 97-2003 document is in a table, and whether it ends a table's
 * row, from its properties ([MS-DOC] 2.9.186 PlcBtePapx, 2.9.175 PapxFkp): the document's
 * paragraph marks and cell marks hold no more. The table of pages stays in the table stream and
 * is searched there; the last page read (512 bytes) is kept, since marks come mostly in order.
 * Properties that fast-saved pieces change ({@code Prm}) are not read.
 */
final class WordParagraphs {

    /** The paragraph is in a table: its mark ends a line of a cell. */
    static final int IN_TABLE = 1;
    /** The paragraph ends a row of a table (TTP): its cell mark is the row's. */
    static final int ROW_END = 2;

    private static final int PAGE = 512;
    private static final int SPRM_P_F_IN_TABLE = 0x2416;
    private static final int SPRM_P_F_TTP = 0x2417;
    private static final int SPRM_P_ITAP = 0x6649;
    /** sprmPChgTabs, whose operand may have a size of its own. */
    private static final int SPRM_P_CHG_TABS = 0xC615;

    private final WordStream table;
    private final WordStream word;
    private final long fcs;
    private final long pns;
    private final long count;
    /** The page last read, its number in the stream, and the range of positions its entry in the table covers. */
    private final byte[] page = new byte[PAGE];

    private long pageNumber = -1;
    private long from;
    private long to;

    private WordParagraphs(WordStream table, WordStream word, long fcs, long count) {
        this.table = table;
        this.word = word;
        this.fcs = fcs;
        this.pns = fcs + 4 * (count + 1);
        this.count = count;
    }

    static WordParagraphs read(WordStream table, WordStream word, WordFib fib) throws IOException {
        table.check(fib.fcPlcfBtePapx, fib.lcbPlcfBtePapx, "the paragraphs' properties");
        long lcb = fib.lcbPlcfBtePapx;
        if (lcb != 0 && (lcb < 12 || (lcb - 4) % 8 != 0)) {
            throw DocReader.corrupt("its table of paragraphs' properties has a wrong size");
        }
        return new WordParagraphs(table, word, fib.fcPlcfBtePapx, lcb == 0 ? 0 : (lcb - 4) / 8);
    }

    /** {@link #IN_TABLE} and {@link #ROW_END} of the paragraph whose mark is at {@code position}. */
    int at(long position) throws IOException {
        if ((position < from || position >= to) && !load(position)) {
            return 0;
        }
        int runs = page[PAGE - 1] & 0xFF;
        int rgbx = 4 * (runs + 1);
        if (rgbx + 13 * runs > PAGE - 1) {
            throw DocReader.corrupt("a page of paragraphs' properties is damaged");
        }
        for (int i = 0; i < runs; i++) {
            if (position >= u32(4 * i) && position < u32(4 * (i + 1))) {
                return properties(2 * (page[rgbx + 13 * i] & 0xFF));
            }
        }
        return 0;
    }

    /** Reads the page whose entry covers {@code position}; false when none does. */
    private boolean load(long position) throws IOException {
        long lo = 0;
        long hi = count;
        if (count == 0 || position < table.u32(fcs) || position >= table.u32(fcs + 4 * count)) {
            return false;
        }
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (table.u32(fcs + 4 * mid) <= position) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        from = table.u32(fcs + 4 * lo);
        to = table.u32(fcs + 4 * (lo + 1));
        long pn = table.u32(pns + 4 * lo) & 0x3F_FFFFL;
        if (pn != pageNumber) {
            word.check(pn * PAGE, PAGE, "a page of paragraphs' properties");
            word.read(pn * PAGE, page, PAGE);
            pageNumber = pn;
        }
        return true;
    }

    /** The flags of the PapxInFkp at {@code offset} in the page; a zero offset has no properties. */
    private int properties(int offset) throws IOException {
        if (offset == 0) {
            return 0;
        }
        int cb = page[offset] & 0xFF;
        int start = offset + 1;
        int length = 2 * cb - 1;
        if (cb == 0) {
            start = offset + 2;
            length = 2 * (page[offset + 1] & 0xFF);
        }
        int end = start + length;
        if (length < 2 || end > PAGE - 1) {
            throw DocReader.corrupt("a page of paragraphs' properties is damaged");
        }
        int flags = 0;
        // The style's index (istd), then the property changes (sprms), each an operation and its operand.
        for (int at = start + 2; at + 2 < end; ) {
            int sprm = u16(at);
            at += 2;
            int operand = operandSize(sprm, at);
            if (operand < 0 || at + operand > end) {
                break;
            }
            int value = page[at] & 0xFF;
            if ((sprm == SPRM_P_F_IN_TABLE || sprm == SPRM_P_ITAP) && value != 0) {
                flags |= IN_TABLE;
            } else if (sprm == SPRM_P_F_TTP && value != 0) {
                flags |= ROW_END;
            }
            at += operand;
        }
        return flags;
    }

    /** The operand's size in bytes, from the sprm's spra bits ([MS-DOC] 2.2.5.1); -1 when it cannot be known. */
    private int operandSize(int sprm, int at) {
        return switch (sprm >>> 13) {
            case 0, 1 -> 1;
            case 2, 4, 5 -> 2;
            case 3 -> 4;
            case 7 -> 3;
            default -> sprm == SPRM_P_CHG_TABS || at >= PAGE ? -1 : 1 + (page[at] & 0xFF);
        };
    }

    private int u16(int at) {
        return (page[at] & 0xFF) | (page[at + 1] & 0xFF) << 8;
    }

    private long u32(int at) {
        return (u16(at) | (long) u16(at + 2) << 16) & 0xFFFF_FFFFL;
    }
}
