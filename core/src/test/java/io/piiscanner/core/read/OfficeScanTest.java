package io.piiscanner.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.scan.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Excel workbooks and Word documents: cells and paragraphs located as a user finds them in Office. */
class OfficeScanTest {

    /** Two sheets with header rows; a card held as a number; decoys that must stay unreported. */
    static byte[] customersWorkbook() {
        return customers().bytes();
    }

    /** The cells of {@link #customersWorkbook()}, to write in either format. */
    static Documents.Workbook customers() {
        return Documents.workbook()
                .sheet("Customers")
                .row("Customer", "Card number", "Email", "Opened", "Order ref")
                .row(
                        "Jane Doe",
                        4111111111111111L,
                        "jane.doe@example.com",
                        LocalDate.of(2021, 3, 14),
                        1234567890123456L)
                .row("John Roe", "5555 5555 5555 4444", "no email on file", LocalDate.of(2022, 7, 1), 4111111111111112L)
                .sheet("Notes")
                .row("Date", "Note")
                .row(LocalDate.of(2024, 1, 9), "Customer gave SSN 536-90-4399 on the phone")
                .row(LocalDate.of(2024, 1, 10), "Build 1.2.3.4 deployed; ticket 4111-1111");
    }

    /** What {@link #customersWorkbook()} holds, as the scan locates it. */
    static final List<String> CUSTOMERS_FOUND = List.of(
            "CREDIT_CARD sheet=Customers cell=B2 1:1 field=Card number ************1111",
            "EMAIL_ADDRESS sheet=Customers cell=C2 1:1 field=Email j*******@*******.com",
            "CREDIT_CARD sheet=Customers cell=B3 1:1 field=Card number **** **** **** 4444",
            "US_SSN sheet=Notes cell=B2 1:19 field=Note ***-**-4399");

    @Test
    void cellsAreFoundBySheetCellAndHeaderName() {
        Scans.Result result = Scans.scan("customers.xlsx", customersWorkbook());
        assertThat(result.outcome().complete()).isTrue();
        assertThat(result.located()).containsExactlyElementsOf(CUSTOMERS_FOUND);
        Location card = result.findings().get(0).location();
        assertThat(card).isEqualTo(new Location(null, null, "Customers", "B2", null, 2L, 2L, null));
    }

    @Test
    void aWorkbookIsRecognisedByItsContentWhateverItsName() {
        assertThat(Scans.scan("export.bin", customersWorkbook()).located()).hasSize(4);
        assertThat(Scans.scan("export.zip", customersWorkbook()).located()).hasSize(4);
    }

    @Test
    void aWorkbookInAnArchiveIsLocatedByEntryThenCell() {
        byte[] zip = Archives.zip(Archives.entries("2024/customers.xlsx", customersWorkbook()));
        assertThat(Scans.scan("reports.zip", zip).located())
                .contains(
                        "CREDIT_CARD entry=2024/customers.xlsx sheet=Customers cell=B2 1:1 field=Card number ************1111");
    }

    @Test
    void aSheetOrHeaderNamedAfterAValueIsMaskedInEitherFormat() {
        Documents.Workbook book = Documents.workbook()
                .sheet("Card 4111111111111111")
                .row("id", "5555555555554444")
                .row(7, "ssn 536-90-4399");
        for (Scans.Result result : List.of(Scans.scan("book.xlsx", book.bytes()), Scans.scan("book.xls", book.xls()))) {
            assertThat(result.located())
                    .containsExactly(
                            "CREDIT_CARD sheet=Card ************1111 cell=B1 1:1 ************4444",
                            "US_SSN sheet=Card ************1111 cell=B2 1:5 field=************4444 ***-**-4399");
        }
    }

    @Test
    void aFirstRowOfNumbersIsDataNotAHeader() {
        byte[] book = Documents.workbook()
                .sheet("Export")
                .row(4111111111111111L, "Jane")
                .row(5555555555554444L, "John")
                .bytes();
        List<Finding> findings = Scans.scan("export.xlsx", book).findings();
        assertThat(findings).extracting(Finding::field).containsExactly(null, null);
        assertThat(findings).extracting(f -> f.location().cell()).containsExactly("A1", "A2");
    }

    static byte[] statementDocument() {
        return Documents.document(
                "Monthly statement for Jane Doe",
                "Your card 4111 1111 1111 1111 was charged.\nQuestions? Write to support@bank.example",
                new String[][] {
                    {"Date", "Description", "Card"},
                    {"2024-01-09", "Coffee", "5555555555554444"},
                    {"2024-01-10", "Version 4.1.1 upgrade", "SSN 536-90-4399"}
                },
                "Reference 4111-1111-1111 is not a card.");
    }

    @Test
    void paragraphsAndTableCellsAreFoundInDocumentOrder() {
        Scans.Result result = Scans.scan("statement.docx", statementDocument());
        assertThat(result.outcome().complete()).isTrue();
        assertThat(result.located())
                .containsExactly(
                        "CREDIT_CARD part=paragraph 2 1:11 **** **** **** 1111",
                        "EMAIL_ADDRESS part=paragraph 2 2:21 s******@****.example",
                        "CREDIT_CARD part=table 1 1:1 field=Card ************4444",
                        "US_SSN part=table 1 1:5 field=Card ***-**-4399");
        assertThat(result.findings().get(2).location())
                .isEqualTo(new Location(null, "table 1", null, null, null, 2L, 3L, null));
        assertThat(result.findings().get(3).location().row()).isEqualTo(3L);
    }

    @Test
    void anEncryptedWorkbookOrDocumentIsSkippedForItsPassword() {
        for (String name : List.of("customers.xlsx", "export.bin")) {
            Scans.Result result = Scans.scan(name, Documents.encrypted(customersWorkbook(), "secret"));
            assertThat(result.outcome().skipReason())
                    .as(result.outcome().toString())
                    .isEqualTo("an encrypted Office document: it needs a password");
            assertThat(result.findings()).isEmpty();
        }
        assertThat(Scans.scan("statement.docx", Documents.encrypted(statementDocument(), "secret"))
                        .outcome()
                        .skipReason())
                .isEqualTo("an encrypted Office document: it needs a password");
    }

    @Test
    void aTruncatedWorkbookOrDocumentFailsInOneLine() {
        assertThat(Scans.scan("customers.xlsx", Archives.truncated(customersWorkbook(), 0.7))
                        .outcome()
                        .failure())
                .isEqualTo("corrupt Excel workbook");
        assertThat(Scans.scan("statement.docx", Archives.truncated(statementDocument(), 0.7))
                        .outcome()
                        .failure())
                .isEqualTo("corrupt Word document");
    }
}
