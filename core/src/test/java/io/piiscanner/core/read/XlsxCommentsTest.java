package io.piiscanner.core.read;

import static io.piiscanner.core.read.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.scan.ScanOutcome;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An Excel workbook's cell comments are read after their sheet's cells, in the order the sheet's
 * comments part holds them, each at its cell.
 */
class XlsxCommentsTest {

    static byte[] commentedWorkbook() {
        return commented().bytes();
    }

    /** Comments with values on two sheets, to write in either format. */
    static Documents.Workbook commented() {
        return Documents.workbook()
                .sheet("Customers")
                .row("Customer", "Card number")
                .row("Jane Doe", "on file")
                .comment("B2", "Card 4111 1111 1111 1111, expires 2027")
                .comment("A1", "Ask alice@example.com before sharing")
                .sheet("Notes")
                .row("Date", "Note")
                .comment("B1", "Caller SSN 536-90-4399");
    }

    @Test
    void commentsFollowTheirSheetsCellsLocatedAtTheirCell() {
        Scans.Result result = Scans.scan("customers.xlsx", commentedWorkbook());

        assertThat(result.outcome().complete()).as(result.outcome().toString()).isTrue();
        assertThat(result.located())
                .containsExactly(
                        "CREDIT_CARD part=comment sheet=Customers cell=B2 1:6 **** **** **** 1111",
                        "EMAIL_ADDRESS part=comment sheet=Customers cell=A1 1:5 a****@*******.com",
                        "US_SSN part=comment sheet=Notes cell=B1 1:12 ***-**-4399");
        assertThat(result.findings().get(0).location())
                .isEqualTo(new Location(null, "comment", "Customers", "B2", null, 2L, 2L, null));
    }

    @Test
    void aCommentsRelationshipToAMissingPartIsSkippedWithWhy() {
        String rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/comments\" Target=\"../missing.xml\"/></Relationships>";
        byte[] workbook = Documents.withParts(
                commentedWorkbook(), Map.of("xl/worksheets/_rels/sheet2.xml.rels", out -> out.write(utf8(rels))));

        Scans.Result result = Scans.scan("customers.xlsx", workbook);

        assertThat(result.outcome().skippedEntries())
                .extracting(ScanOutcome.SkippedEntry::reason)
                .containsExactly("is not in the package");
        assertThat(result.located()).hasSize(2);
    }
}
