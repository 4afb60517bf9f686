package io.piiscanner.core.read;

import io.piiscanner.core.format.CorruptInputException;
import java.io.IOException;

/**
 * What the File Information Block at the start of a Word 97-2003 document's {@code WordDocument}
 * stream says ([MS-DOC] 2.5.1): which table stream holds the structures, how many characters each
 * story has, and where the piece table, the paragraphs' properties and the comments' authors are. Offsets and sizes are
 * as declared: their users check them against the streams.
 */
final class WordFib {

    /** {@code wIdent}: a Word binary document. */
    private static final int W_IDENT = 0xA5EC;
    /** {@code nFib} of Word 97, the first version of this format; Word 6.0 and 95 wrote less. */
    private static final int NFIB_97 = 0x00C1;

    private static final int F_ENCRYPTED = 1 << 8;
    private static final int F_WHICH_TBL_STM = 1 << 9;
    private static final int F_OBFUSCATED = 1 << 15;
    /** Where FibRgW97 begins, after FibBase. */
    private static final int FIB_BASE = 32;
    /** Of FibRgLw97, the index of each story's ccp, in the order of the stories' CPs. */
    private static final int[] CCP = {3, 4, 5, 7, 8, 9, 10};
    /** Of FibRgFcLcb97, the index of each fc/lcb pair read. */
    private static final int PLCF_BTE_PAPX = 13;

    private static final int CLX = 33;
    private static final int GRP_XST_ATN_OWNERS = 36;

    /** {@code 0Table} or {@code 1Table}. */
    final String tableStream;
    /** The characters of each {@link WordStory}, in the order of their CPs. */
    private final long[] storyChars;
    /** Where the CLX (which holds the piece table) is in the table stream, and its size in bytes. */
    final long fcClx;

    final long lcbClx;
    /** Where the table of the pages of paragraph properties is in the table stream, and its size. */
    final long fcPlcfBtePapx;

    final long lcbPlcfBtePapx;
    /** Where the names of the comments' authors are in the table stream, and their size; 0 when none. */
    final long fcGrpXstAtnOwners;

    final long lcbGrpXstAtnOwners;

    private WordFib(
            String tableStream,
            long[] storyChars,
            long fcClx,
            long lcbClx,
            long fcPlcfBtePapx,
            long lcbPlcfBtePapx,
            long fcGrpXstAtnOwners,
            long lcbGrpXstAtnOwners) {
        this.tableStream = tableStream;
        this.storyChars = storyChars;
        this.fcClx = fcClx;
        this.lcbClx = lcbClx;
        this.fcPlcfBtePapx = fcPlcfBtePapx;
        this.lcbPlcfBtePapx = lcbPlcfBtePapx;
        this.fcGrpXstAtnOwners = fcGrpXstAtnOwners;
        this.lcbGrpXstAtnOwners = lcbGrpXstAtnOwners;
    }

    static WordFib read(WordStream word) throws IOException {
        need(word, FIB_BASE + 2);
        if (word.u16(0) != W_IDENT) {
            throw DocReader.corrupt("no FIB at the start of its WordDocument stream");
        }
        if (word.u16(2) < NFIB_97) {
            throw new UnreadableInputException(
                    "a Word 6.0/95 document: reading it is not supported; save it as .doc or .docx");
        }
        int flags = word.u16(0x0A);
        if ((flags & (F_ENCRYPTED | F_OBFUSCATED)) != 0) {
            throw new UnreadableInputException("an encrypted Word 97-2003 document: it needs a password");
        }
        long lw = FIB_BASE + 2 + 2L * word.u16(FIB_BASE) + 2;
        need(word, lw);
        int cslw = word.u16(lw - 2);
        long rg = lw + 4L * cslw + 2;
        need(word, rg);
        if (cslw <= CCP[CCP.length - 1] || word.u16(rg - 2) <= CLX) {
            throw DocReader.corrupt("its FIB is too short for Word 97");
        }
        need(word, rg + 8L * (CLX + 1));
        boolean owners = word.u16(rg - 2) > GRP_XST_ATN_OWNERS && word.size() >= rg + 8L * (GRP_XST_ATN_OWNERS + 1);
        long[] chars = new long[CCP.length];
        for (int i = 0; i < CCP.length; i++) {
            chars[i] = word.u32(lw + 4L * CCP[i]);
            if (chars[i] > Integer.MAX_VALUE) {
                throw DocReader.corrupt("its FIB declares a negative length");
            }
        }
        return new WordFib(
                (flags & F_WHICH_TBL_STM) != 0 ? "1Table" : "0Table",
                chars,
                word.u32(rg + 8L * CLX),
                word.u32(rg + 8L * CLX + 4),
                word.u32(rg + 8L * PLCF_BTE_PAPX),
                word.u32(rg + 8L * PLCF_BTE_PAPX + 4),
                owners ? word.u32(rg + 8L * GRP_XST_ATN_OWNERS) : 0,
                owners ? word.u32(rg + 8L * GRP_XST_ATN_OWNERS + 4) : 0);
    }

    private static void need(WordStream word, long bytes) throws CorruptInputException {
        if (word.size() < bytes) {
            throw DocReader.corrupt("its FIB is cut short");
        }
    }

    /** The characters of a story. */
    long chars(WordStory story) {
        return storyChars[story.ordinal()];
    }

    /** The characters of all stories together: the text to read. */
    long textChars() {
        long sum = 0;
        for (long c : storyChars) {
            sum += c;
        }
        return sum;
    }
}
