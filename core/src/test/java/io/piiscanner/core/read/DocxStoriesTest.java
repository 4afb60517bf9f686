package io.piiscanner.core.read;

import static io.piiscanner.core.read.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.scan.ScanOutcome;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A {@code .docx} document's headers, footers, footnotes, comments and endnotes are read after its
 * body, located by story as a {@code .doc} document's are.
 */
class DocxStoriesTest {

    static byte[] storiesDocument() {
        return Documents.documentWithStories(
                "Customer card 4111 1111 1111 1111 on file.",
                "Prepared for alice@example.com",
                "Helpline +1 415 555 2671",
                "Verified against SSN 536-90-4399.",
                "Reviewer: refund to IBAN GB82 WEST 1234 5698 7654 32",
                new String[][] {{"Name", "Card"}, {"Jane Doe", "5555555555554444"}},
                "Old card 4000 0566 5566 5556 was closed.");
    }

    @Test
    void everyStoryIsReadAfterTheBodyAndLocatedByItsStory() {
        Scans.Result result = Scans.scan("letter.docx", storiesDocument());

        assertThat(result.outcome().complete()).as(result.outcome().toString()).isTrue();
        assertThat(result.located())
                .containsExactly(
                        "CREDIT_CARD part=paragraph 1 1:15 **** **** **** 1111",
                        "US_SSN part=footnote paragraph 1 1:22 ***-**-4399",
                        "EMAIL_ADDRESS part=header paragraph 1 1:14 a****@*******.com",
                        "PHONE_NUMBER part=header paragraph 2 1:10 +* *** *** 2671",
                        "IBAN_CODE part=comment paragraph 1 1:26 GB** **** **** **** **54 32",
                        "CREDIT_CARD part=comment table 1 1:1 field=Card ************4444",
                        "CREDIT_CARD part=endnote paragraph 1 1:10 **** **** **** 5556");
    }

    @Test
    void notesSeparatorsAreNotCountedAsParagraphs() {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String footnotes = "<w:footnotes " + w + ">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:t>-</w:t></w:r></w:p>"
                + "</w:footnote><w:footnote w:id=\"1\"><w:p><w:r><w:t>SSN 536-90-4399</w:t></w:r></w:p></w:footnote>"
                + "</w:footnotes>";
        byte[] document =
                Documents.withParts(storiesDocument(), Map.of("word/footnotes.xml", out -> out.write(utf8(footnotes))));

        assertThat(Scans.scan("letter.docx", document).located())
                .contains("US_SSN part=footnote paragraph 1 1:5 ***-**-4399");
    }

    @Test
    void aRelationshipOutsideThePackageOrToAMissingPartIsSkippedWithWhy() {
        byte[] document = Documents.withParts(
                storiesDocument(), Map.of("word/_rels/document.xml.rels", out -> out.write(utf8(relationships()))));

        Scans.Result result = Scans.scan("letter.docx", document);

        assertThat(result.outcome().skippedEntries())
                .extracting(ScanOutcome.SkippedEntry::reason)
                .containsExactly("points outside the package", "points outside the package", "is not in the package");
        assertThat(result.located())
                .containsExactly(
                        "CREDIT_CARD part=paragraph 1 1:15 **** **** **** 1111",
                        "EMAIL_ADDRESS part=header paragraph 1 1:14 a****@*******.com");
    }

    /** The body's relationships: a header, and three that cannot be read. */
    private static String relationships() {
        String type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + type + "header\" Target=\"header1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + type + "footer\" Target=\"https://example.com/f.xml\""
                + " TargetMode=\"External\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + type + "footnotes\" Target=\"../../../etc/passwd\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + type + "comments\" Target=\"missing.xml\"/>"
                + "</Relationships>";
    }
}
