package io.piiscanner.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * Word 97-2003 documents, read from their piece table: every story (body, footnotes, headers and
 * footers, comments, endnotes, text boxes) located as a {@code .docx} document's parts are, the
 * text clean of Word's control characters, fast-saved pieces in their order.
 */
class DocScanTest {

    private static final byte[] STATEMENT = WordFiles.fixture("statement.doc");

    /** What the statement holds, as the scan locates it: the body's first four as in its .docx twin. */
    private static final List<String> STATEMENT_FOUND = List.of(
            "CREDIT_CARD part=paragraph 2 1:11 **** **** **** 1111",
            "EMAIL_ADDRESS part=paragraph 2 2:21 s******@****.example",
            "CREDIT_CARD part=table 1 1:1 field=Card ************4444",
            "US_SSN part=table 1 1:5 field=Card ***-**-4399",
            "IBAN_CODE part=paragraph 4 1:31 DE****************3000",
            "CREDIT_CARD part=footnote paragraph 1 1:38 ************4444",
            "US_SSN part=header paragraph 1 1:30 ***-**-4399",
            "EMAIL_ADDRESS part=header paragraph 3 1:10 h********@****.example",
            "EMAIL_ADDRESS part=comment paragraph 1 1:16 j*******@*******.com",
            "PHONE_NUMBER part=endnote paragraph 1 1:17 +* ***-***-0000",
            "CREDIT_CARD part=textbox paragraph 1 1:12 ***********0005");

    @Test
    void everyStoryIsReadAndNamedInTheFindingsLocation() {
        Scans.Result result = Scans.scan("statement.doc", STATEMENT);
        assertThat(result.outcome().complete()).as(result.outcome().toString()).isTrue();
        assertThat(result.located()).containsExactlyElementsOf(STATEMENT_FOUND);
        assertThat(result.located().subList(0, 4))
                .containsExactlyElementsOf(Scans.scan("statement.docx", OfficeScanTest.statementDocument())
                        .located());
        assertThat(result.findings().get(2).location())
                .isEqualTo(new Location(null, "table 1", null, null, null, 2L, 3L, null));
        assertThat(result.findings().get(3).location().row()).isEqualTo(3L);
    }

    @Test
    void aDocumentIsRecognisedByItsContentWhateverItsNameAndInAnArchive() {
        assertThat(Scans.scan("export.bin", STATEMENT).located()).containsExactlyElementsOf(STATEMENT_FOUND);
        assertThat(Scans.scan("old.zip", Archives.zip(Archives.entries("2003/statement.doc", STATEMENT)))
                        .located())
                .contains("US_SSN entry=2003/statement.doc part=header paragraph 1 1:30 ***-**-4399");
    }

    /**
     * Field codes (the hyperlink's) are dropped and their results kept, as the page number in the
     * footer; cell marks end cells, paragraph marks paragraphs, a line break is a new line; the
     * note's reference mark is dropped; 16-bit text keeps its accents and typographic quotes.
     */
    @Test
    void theTextIsWhatWordShowsCleanOfControlCharacters() throws IOException {
        assertThat(pieces(STATEMENT))
                .containsExactly(
                        "paragraph 1: Monthly statement for Jane Doe – Café “Zürich” branch",
                        "paragraph 2: Your card 4111 1111 1111 1111 was charged.\nQuestions? Write to support@bank.example",
                        "table 1 1,1: Date",
                        "table 1 1,2: Description",
                        "table 1 1,3: Card",
                        "table 1 2,1 Date: 2024-01-09",
                        "table 1 2,2 Description: Coffee",
                        "table 1 2,3 Card: 5555555555554444",
                        "table 1 3,1 Date: 2024-01-10",
                        "table 1 3,2 Description: Version 4.1.1 upgrade",
                        "table 1 3,3 Card: SSN 536-90-4399",
                        "paragraph 3: Reference 4111-1111-1111 is not a card.",
                        "paragraph 4: See the billing desk for IBAN DE89370400440532013000.",
                        "paragraph 5: After the box.",
                        "footnote paragraph 1: \tCard holder since 2019, backup card 5555555555554444.",
                        "header paragraph 1: Account holder Jane Doe, SSN 536-90-4399",
                        "header paragraph 3: Queries: help.desk@bank.example, page 1",
                        "comment paragraph 1: Customer email jane.doe@example.com confirmed",
                        "endnote paragraph 1: \tEndnote: phone +1 650-253-0000",
                        "textbox paragraph 1: Boxed card 378282246310005",
                        // The list of comments' authors, after the text.
                        "comment author Author: Reviewer");
        assertThat(WordFiles.bodyText(STATEMENT))
                .as("the fixture holds the control characters the reader takes out")
                .contains("\u0013 HYPERLINK", "\u0014the billing desk\u0015", "Card\u0007\u0007", "charged.\u000B");
    }

    /**
     * A fast save leaves the text in pieces out of order: here the middle of the card number is
     * a piece of 8-bit characters at the end of the stream, after the rest of the body. The
     * findings are the same, the card found across three pieces.
     */
    @Test
    void piecesOutOfOrderAndOfBothWidthsAreReadInTheOrderOfTheText() {
        String body = WordFiles.bodyText(STATEMENT);
        int card = body.indexOf("4111 1111 1111 1111");
        byte[] fastSaved = WordFiles.replaceText(STATEMENT, card + 3, card + 12, body.substring(card + 3, card + 12));
        assertThat(fastSaved).isNotEqualTo(STATEMENT);
        assertThat(Scans.scan("fast-saved.doc", fastSaved).located()).containsExactlyElementsOf(STATEMENT_FOUND);

        int name = body.indexOf("Jane Doe");
        byte[] inserted = WordFiles.replaceText(STATEMENT, name, name + 8, "SSN 212-73-4906, Jane Doe");
        assertThat(Scans.scan("inserted.doc", inserted).located())
                .startsWith("US_SSN part=paragraph 1 1:27 ***-**-4906", STATEMENT_FOUND.get(0));
    }

    /** An 8-bit piece's bytes 0x80-0x9F are the characters [MS-DOC] 2.4.1 lists, Windows-1252's quotes here. */
    @Test
    void eightBitTextMapsItsHighBytesAsTheSpecificationSays() throws IOException {
        int name = WordFiles.bodyText(STATEMENT).indexOf("Jane Doe");
        byte[] quoted = WordFiles.replaceText(STATEMENT, name, name + 8, "\u0093Jane\u0094 Doe\u0085");
        assertThat(pieces(quoted).get(0))
                .isEqualTo("paragraph 1: Monthly statement for “Jane” Doe… – Café “Zürich” branch");
    }

    @Test
    void anEncryptedDocumentIsSkippedForItsPasswordAndAWord95OneAsNotSupported() {
        byte[] encrypted = WordFiles.withStream(
                STATEMENT,
                "WordDocument",
                fib -> fib.putShort(WordFiles.FLAGS, (short) (fib.getShort(WordFiles.FLAGS) | 0x100)));
        Scans.Result result = Scans.scan("statement.doc", encrypted);
        assertThat(result.outcome().skipReason()).isEqualTo("an encrypted Word 97-2003 document: it needs a password");
        assertThat(result.findings()).isEmpty();

        byte[] word95 =
                WordFiles.withStream(STATEMENT, "WordDocument", fib -> fib.putShort(WordFiles.NFIB, (short) 0x68));
        assertThat(Scans.scan("statement.doc", word95).outcome().skipReason())
                .isEqualTo("a Word 6.0/95 document: reading it is not supported; save it as .doc or .docx");
    }

    @Test
    void aDamagedDocumentFailsInOneLineThatSaysWhat() {
        assertThat(Scans.scan("statement.doc", Archives.truncated(STATEMENT, 0.5))
                        .outcome()
                        .failure())
                .startsWith("corrupt ");
        byte[] noClx = WordFiles.withStream(STATEMENT, "WordDocument", fib -> fib.putInt(WordFiles.LCB_CLX, 0));
        assertThat(Scans.scan("statement.doc", noClx).outcome().failure())
                .isEqualTo("corrupt Word 97-2003 document: its piece table cannot be found");
        byte[] shortText = WordFiles.withStream(
                STATEMENT,
                "WordDocument",
                fib -> fib.putInt(WordFiles.CCP_TEXT, fib.getInt(WordFiles.CCP_TEXT) + 1000));
        assertThat(Scans.scan("statement.doc", shortText).outcome().failure())
                .isEqualTo("corrupt Word 97-2003 document: its pieces hold less text than it declares");
    }

    /** Each piece as {@code part[ row,column][ field]: text}. */
    private static List<String> pieces(byte[] doc) throws IOException {
        List<String> out = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(doc));
                Content content = DocReader.open(() -> {}, fs.getRoot(), doc.length)) {
            for (Item item = content.next(); item != null; item = content.next()) {
                Piece p = (Piece) item;
                Location l = p.location();
                out.add(l.part()
                        + (l.row() == null ? "" : " " + l.row() + "," + l.column())
                        + (p.field() == null ? "" : " " + p.field())
                        + ": " + p.text());
            }
        }
        return out;
    }
}
