package io.piiscanner.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** PDF documents: text page by page, each finding at its page and its line on the page. */
class PdfScanTest {

    /** A statement of four pages; the values on page 3, decoys around them. */
    static byte[] statement() {
        return Documents.pdf(List.of(
                "First National Bank\nStatement period 2024-01-01 to 2024-01-31\nPage 1 of 4",
                "Summary\nOpening balance 1,204.50\nInvoice 4111-1111-1111 paid\nPage 2 of 4",
                "Account holder: Jane Doe\nSSN 536-90-4399\nCard on file: 4111 1111 1111 1111\n"
                        + "Contact jane.doe@example.com\nPage 3 of 4",
                "Version 4.1.1.1 of these terms applies.\nPage 4 of 4"));
    }

    @Test
    void valuesAreFoundAtTheirPageAndLine() {
        Scans.Result result = Scans.scan("statement.pdf", statement());
        assertThat(result.outcome().complete()).isTrue();
        assertThat(result.located())
                .containsExactly(
                        "US_SSN 2:5 ***-**-4399",
                        "CREDIT_CARD 3:15 **** **** **** 1111",
                        "EMAIL_ADDRESS 4:9 j*******@*******.com");
        assertThat(result.findings())
                .allSatisfy(f ->
                        assertThat(f.location()).isEqualTo(new Location(null, null, null, null, null, null, null, 3L)));
    }

    @Test
    void aPdfIsRecognisedByItsContentAndReadInAnArchive() {
        assertThat(Scans.scan("download", statement()).located()).hasSize(3);
        byte[] zip = Archives.zip(Archives.entries("statements/jan.pdf", statement()));
        Scans.Result inZip = Scans.scan("statements.zip", zip);
        assertThat(inZip.findings())
                .allSatisfy(f -> assertThat(f.location().entry()).isEqualTo("statements/jan.pdf"));
        assertThat(inZip.findings()).hasSize(3);
    }

    @Test
    void aPasswordProtectedPdfIsSkippedSayingSo() {
        Scans.Result result = Scans.scan("statement.pdf", Documents.encryptedPdf(List.of("SSN 536-90-4399"), "secret"));
        assertThat(result.outcome().skipReason()).isEqualTo("a password-protected PDF document");
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsRead() {
        byte[] restricted = Documents.encryptedPdf(List.of("SSN 536-90-4399"), "");
        assertThat(Scans.scan("statement.pdf", restricted).located()).containsExactly("US_SSN 1:5 ***-**-4399");
    }

    @Test
    void aDamagedPdfFailsInOneLine() {
        byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nthis is no PDF\n".getBytes();
        Scans.Result result = Scans.scan("broken.pdf", junk);
        assertThat(result.outcome().failure()).isEqualTo("corrupt PDF document");
    }

    @Test
    void thousandsOfPagesKeepTheirNumbers() {
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            pages.add(i == 1999 ? "Note\nSSN 536-90-4399" : "Page " + i + " of 2000");
        }
        Scans.Result result = Scans.scan("long.pdf", Documents.pdf(pages));
        assertThat(result.located()).containsExactly("US_SSN 2:5 ***-**-4399");
        assertThat(result.findings().get(0).location().page()).isEqualTo(1999L);
    }

    @Test
    void textDrawnAgainOverItselfIsReadOnce() {
        // A fake bold: each line drawn, then drawn again a fraction of a point to the right.
        byte[] pdf = pdfOfContent("BT /F1 11 Tf 50 700 Td (Account holder: Jane Doe) Tj ET\n"
                + "BT /F1 11 Tf 50.4 700 Td (Account holder: Jane Doe) Tj ET\n"
                + "BT /F1 11 Tf 50 686 Td (SSN 536-90-4399) Tj ET\n"
                + "BT /F1 11 Tf 50.4 686 Td (SSN 536-90-4399) Tj ET\n"
                + "BT /F1 11 Tf 50 672 Td (Card 4111 1111 1111 1111) Tj ET\n"
                + "BT /F1 11 Tf 50 672.3 Td (Card 4111 1111 1111 1111) Tj ET\n");
        assertThat(Scans.scan("statement.pdf", pdf).located())
                .containsExactly("US_SSN 2:5 ***-**-4399", "CREDIT_CARD 3:6 **** **** **** 1111");
    }

    @Test
    void theActualTextOfMarkedContentIsRead() {
        // Glyphs standing for other text: that text is read in their place.
        byte[] pdf = pdfOfContent("BT /F1 11 Tf 50 700 Td (Holder) Tj ET\n"
                + "/Span << /ActualText (SSN 536-90-4399) >> BDC\n"
                + "BT /F1 11 Tf 50 686 Td (XXXXXXXXXXXXXXX) Tj ET\n"
                + "EMC\n"
                + "BT /F1 11 Tf 50 672 Td (Page 1 of 1) Tj ET\n");
        assertThat(Scans.scan("statement.pdf", pdf).located()).containsExactly("US_SSN 2:5 ***-**-4399");
    }

    /** A page of one content stream, its operators as given, {@code /F1} being Helvetica. */
    private static byte[] pdfOfContent(String operators) {
        return Archives.write(out -> {
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage();
                PDResources resources = new PDResources();
                resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
                page.setResources(resources);
                page.setContents(
                        new PDStream(doc, new ByteArrayInputStream(operators.getBytes(StandardCharsets.US_ASCII))));
                doc.addPage(page);
                doc.save(out);
            }
        });
    }
}
