package io.piiscanner.core.read;

import static io.piiscanner.core.read.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.scan.ScanOutcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.hssf.record.NoteRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * What Office files hold outside their text: the document's properties (core, extended and custom
 * in a {@code .docx} or {@code .xlsx}; the summary information of a {@code .doc} or {@code .xls}),
 * comments' authors and pictures' alternative text, each found and named as Office names it.
 */
class OfficeMetadataScanTest {

    /** Values where finance keeps them: a person's e-mail as author, an SSN in a title, an account in a custom property. */
    static final OfficeMetadata.Properties PROPERTIES = new OfficeMetadata.Properties(
            "Payroll - J. Smith SSN 536-90-4399",
            "Card 4111 1111 1111 1111 dispute",
            "jane.doe@example.com",
            "john.roe@example.com",
            "payroll 2024, build 1.2.3.4",
            "IBAN GB82 WEST 1234 5698 7654 32",
            "Finance",
            "Example Bank",
            "manager@bank.example",
            OfficeMetadata.custom(
                    "Customer account",
                    "GB82WEST12345698765432",
                    "Card 5555555555554444",
                    "on file",
                    "Balance",
                    1250.5,
                    "Reviewed",
                    true,
                    "Card on file",
                    4111111111111111.0));

    /** The custom properties of {@link #PROPERTIES}, as the scan locates them, in every format. */
    static final List<String> CUSTOM_FOUND = List.of(
            "IBAN_CODE part=properties 1:1 field=Customer account GB****************5432",
            "CREDIT_CARD part=property name 1:6 ************4444",
            "CREDIT_CARD part=properties 1:1 field=Card on file ************1111");

    /** What {@link #PROPERTIES} holds in a .docx or .xlsx: in the order of their parts' elements, as POI writes them. */
    static final List<String> OOXML_FOUND = found(
            "EMAIL_ADDRESS part=properties 1:1 field=Author j*******@*******.com",
            "IBAN_CODE part=properties 1:6 field=Comments GB** **** **** **** **54 32",
            "EMAIL_ADDRESS part=properties 1:1 field=Last modified by j*******@*******.com",
            "CREDIT_CARD part=properties 1:6 field=Subject **** **** **** 1111",
            "US_SSN part=properties 1:24 field=Title ***-**-4399",
            "EMAIL_ADDRESS part=properties 1:1 field=Manager m******@****.example");

    /** What {@link #PROPERTIES} holds in a .doc or .xls: the summary information, then the document's. */
    static final List<String> OLE2_FOUND = found(
            "US_SSN part=properties 1:24 field=Title ***-**-4399",
            "CREDIT_CARD part=properties 1:6 field=Subject **** **** **** 1111",
            "EMAIL_ADDRESS part=properties 1:1 field=Author j*******@*******.com",
            "EMAIL_ADDRESS part=properties 1:1 field=Last modified by j*******@*******.com",
            "IBAN_CODE part=properties 1:6 field=Comments GB** **** **** **** **54 32",
            "EMAIL_ADDRESS part=properties 1:1 field=Manager m******@****.example");

    private static List<String> found(String... first) {
        List<String> found = new ArrayList<>(List.of(first));
        found.addAll(CUSTOM_FOUND);
        return found;
    }

    @Test
    void aDocumentsPropertiesFollowItsText() {
        byte[] docx = OfficeMetadata.docx(Documents.document("Customer SSN 536-90-4399"), PROPERTIES);

        Scans.Result result = Scans.scan("payroll.docx", docx);

        assertThat(result.outcome().complete()).as(result.outcome().toString()).isTrue();
        List<String> expected = new ArrayList<>(List.of("US_SSN part=paragraph 1 1:14 ***-**-4399"));
        expected.addAll(OOXML_FOUND);
        assertThat(result.located()).containsExactlyElementsOf(expected);
        assertThat(result.findings().get(1).location()).isEqualTo(Location.part("properties"));
    }

    @Test
    void propertiesAreReadOnceWhateverTheRelationshipsAndAMissingPartIsSkipped() throws IOException {
        byte[] docx = OfficeMetadata.docx(Documents.document("Quarterly report"), PROPERTIES);
        String rels;
        try (ZipFile zip = ZipFile.builder().setByteArray(docx).get()) {
            rels = new String(zip.getInputStream(zip.getEntry("_rels/.rels")).readAllBytes(), StandardCharsets.UTF_8);
        }
        String custom =
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\"";
        String repeated = rels.replace(
                "</Relationships>",
                "<Relationship Id=\"rId90\" " + custom + " Target=\"docProps/custom.xml\"/>"
                        + "<Relationship Id=\"rId91\" " + custom
                        + " Target=\"docProps/missing.xml\"/></Relationships>");

        Scans.Result result = Scans.scan(
                "payroll.docx", Documents.withParts(docx, Map.of("_rels/.rels", out -> out.write(utf8(repeated)))));

        assertThat(result.located()).containsExactlyElementsOf(OOXML_FOUND);
        assertThat(result.outcome().skippedEntries())
                .extracting(ScanOutcome.SkippedEntry::reason)
                .containsExactly("is not in the package");
    }

    @Test
    void aWorkbooksPropertiesFollowItsSheetsInEitherFormat() {
        Documents.Workbook book =
                Documents.workbook().sheet("Payroll").row("Employee").row("J. Smith");
        Scans.Result xlsx = Scans.scan("payroll.xlsx", OfficeMetadata.xlsx(book.bytes(), PROPERTIES));
        assertThat(xlsx.outcome().complete()).as(xlsx.outcome().toString()).isTrue();
        assertThat(xlsx.located()).containsExactlyElementsOf(OOXML_FOUND);

        Scans.Result xls = Scans.scan("payroll.xls", OfficeMetadata.ole2(book.xls(), PROPERTIES));
        assertThat(xls.outcome().complete()).as(xls.outcome().toString()).isTrue();
        assertThat(xls.located()).containsExactlyElementsOf(OLE2_FOUND);
    }

    @Test
    void aWord97DocumentsPropertiesFollowItsStories() {
        byte[] doc = WordFiles.fixture("statement.doc");
        List<String> text = Scans.scan("statement.doc", doc).located();

        Scans.Result result = Scans.scan("statement.doc", OfficeMetadata.ole2(doc, PROPERTIES));

        assertThat(result.outcome().complete()).as(result.outcome().toString()).isTrue();
        List<String> expected = new ArrayList<>(text);
        expected.addAll(OLE2_FOUND);
        assertThat(result.located()).containsExactlyElementsOf(expected);
    }

    @Test
    void propertiesWithoutValuesFindNothing() {
        OfficeMetadata.Properties decoys = new OfficeMetadata.Properties(
                "Release 4.1.1 notes",
                "Ticket 4111-1111",
                "J. Smith",
                null,
                "build 1.2.3.4",
                null,
                null,
                "Example Bank",
                null,
                OfficeMetadata.custom("Invoice", "INV-2024-0001", "Pages", 12));
        Documents.Workbook book = Documents.workbook().sheet("Notes").row("Note");
        assertThat(Scans.scan("notes.docx", OfficeMetadata.docx(Documents.document("Notes"), decoys))
                        .located())
                .isEmpty();
        assertThat(Scans.scan("notes.xlsx", OfficeMetadata.xlsx(book.bytes(), decoys))
                        .located())
                .isEmpty();
        assertThat(Scans.scan("notes.xls", OfficeMetadata.ole2(book.xls(), decoys))
                        .located())
                .isEmpty();
    }

    @Test
    void aDocumentsCommentsNameTheirAuthorAndInitials() {
        byte[] docx = OfficeMetadata.commentedDocument(
                "Please review", "SSN 536-90-4399 checked", "jane.doe@example.com", "JD");

        Scans.Result result = Scans.scan("review.docx", docx);

        assertThat(result.located())
                .containsExactly(
                        "EMAIL_ADDRESS part=comment 1 1:1 field=Author j*******@*******.com",
                        "US_SSN part=comment paragraph 1 1:5 ***-**-4399");
    }

    @Test
    void theSignInOfEachPersonWhoWroteCommentsIsFound() {
        byte[] docx = OfficeMetadata.withPeople(
                OfficeMetadata.commentedDocument("Please review", "Looks fine", "Reviewer", "R"),
                "S::jane.doe@example.com::4f2a9c1e-0d6b-4c3f-9a51-2e7d8b6c0f13",
                "None::build-agent");

        Scans.Result result = Scans.scan("review.docx", docx);

        assertThat(result.outcome().complete()).as(result.outcome().toString()).isTrue();
        assertThat(result.located())
                .containsExactly("EMAIL_ADDRESS part=comment author 1:4 field=Author sign-in j*******@*******.com");
    }

    @Test
    void picturesAlternativeTextIsFoundWhereThePictureIs() {
        byte[] docx = OfficeMetadata.documentWithPictures(
                "Identity documents", "Card 4111111111111111", "jane.doe@example.com", "SSN 536-90-4399");

        Scans.Result result = Scans.scan("id.docx", docx);

        assertThat(result.located())
                .containsExactly(
                        "CREDIT_CARD part=paragraph 2 1:6 field=Alt text ************1111",
                        "EMAIL_ADDRESS part=paragraph 2 1:1 field=Alt text title j*******@*******.com",
                        "US_SSN part=table 1 1:5 field=Alt text ***-**-4399");
        assertThat(result.findings().get(2).location())
                .isEqualTo(new Location(null, "table 1", null, null, null, 2L, 1L, null));
    }

    @Test
    void aWorkbooksCommentAuthorsAreFoundInEitherFormat() {
        Scans.Result xlsx = Scans.scan(
                "accounts.xlsx",
                OfficeMetadata.commentedWorkbook(
                        false, "SSN 536-90-4399", "jane.doe@example.com", "checked", "Card 4111111111111111"));
        // An .xlsx lists the sheet's authors once, before its comments.
        assertThat(xlsx.located())
                .containsExactly(
                        "EMAIL_ADDRESS part=comment author sheet=Accounts 1:1 field=Author j*******@*******.com",
                        "CREDIT_CARD part=comment author sheet=Accounts 1:6 field=Author ************1111",
                        "US_SSN part=comment sheet=Accounts cell=A1 1:5 ***-**-4399");

        Scans.Result xls = Scans.scan(
                "accounts.xls",
                OfficeMetadata.commentedWorkbook(
                        true, "SSN 536-90-4399", "jane.doe@example.com", "checked", "Card 4111111111111111"));
        // An .xls names each comment's author with the comment, at its cell.
        assertThat(xls.located())
                .containsExactly(
                        "US_SSN part=comment sheet=Accounts cell=A1 1:5 ***-**-4399",
                        "EMAIL_ADDRESS part=comment author sheet=Accounts cell=A1 1:1 field=Author j*******@*******.com",
                        "CREDIT_CARD part=comment author sheet=Accounts cell=B1 1:6 field=Author ************1111");
        assertThat(xls.findings().get(0).location())
                .isEqualTo(new Location(null, "comment", "Accounts", "A1", null, 1L, 1L, null));
    }

    @Test
    void anXlsCommentNoNotePlacesIsReadAsTheSheets() throws IOException {
        byte[] xls = OfficeMetadata.commentedWorkbook(
                true, "SSN 536-90-4399", "jane.doe@example.com", "Card 4111111111111111", "Reviewer");

        Scans.Result result = Scans.scan("accounts.xls", withoutNotes(xls));

        // The NOTE records placed the comments and named their authors: the texts are still read.
        assertThat(result.outcome().complete()).as(result.outcome().toString()).isTrue();
        assertThat(result.located())
                .containsExactly(
                        "US_SSN part=comment sheet=Accounts 1:5 ***-**-4399",
                        "CREDIT_CARD part=comment sheet=Accounts 1:6 ************1111");
        assertThat(result.findings().get(0).location())
                .isEqualTo(new Location(null, "comment", "Accounts", null, null, null, null, null));
    }

    /** The workbook with its NOTE records taken out of its stream, as a damaged or crafted file may be. */
    private static byte[] withoutNotes(byte[] xls) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls))) {
            byte[] stream;
            try (InputStream in = fs.createDocumentInputStream("Workbook")) {
                stream = in.readAllBytes();
            }
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            int notes = 0;
            for (int at = 0; at + 4 <= stream.length; ) {
                int sid = (stream[at] & 0xFF) | (stream[at + 1] & 0xFF) << 8;
                int size = (stream[at + 2] & 0xFF) | (stream[at + 3] & 0xFF) << 8;
                if (sid == NoteRecord.sid) {
                    notes++;
                } else {
                    kept.write(stream, at, 4 + size);
                }
                at += 4 + size;
            }
            assertThat(notes).isEqualTo(2);
            fs.createOrUpdateDocument(new ByteArrayInputStream(kept.toByteArray()), "Workbook");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void anXlsWorkbooksCommentsAreFoundAtTheirCellsAfterTheSheetsCells() {
        Scans.Result result =
                Scans.scan("customers.xls", XlsxCommentsTest.commented().xls());

        assertThat(result.outcome().complete()).as(result.outcome().toString()).isTrue();
        assertThat(result.located())
                .containsExactlyInAnyOrder(
                        "CREDIT_CARD part=comment sheet=Customers cell=B2 1:6 **** **** **** 1111",
                        "EMAIL_ADDRESS part=comment sheet=Customers cell=A1 1:5 a****@*******.com",
                        "US_SSN part=comment sheet=Notes cell=B1 1:12 ***-**-4399");
    }

    @Test
    void aPropertyStreamTooLargeToReadIsSkippedWithWhy() {
        String large = "x".repeat(Ole2Properties.MAX_STREAM_BYTES + 1);
        byte[] xls = OfficeMetadata.ole2(
                Documents.workbook().sheet("S").row("SSN 536-90-4399").xls(),
                OfficeMetadata.Properties.custom(OfficeMetadata.custom("Notes", large)));

        Scans.Result result = Scans.scan("large.xls", xls);

        assertThat(result.located()).containsExactly("US_SSN sheet=S cell=A1 1:5 ***-**-4399");
        assertThat(result.outcome().skippedEntries())
                .extracting(ScanOutcome.SkippedEntry::reason)
                .containsExactly("is over 1 MiB, more than is read into memory");
    }
}
