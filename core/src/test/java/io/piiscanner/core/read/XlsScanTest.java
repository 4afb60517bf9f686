package io.piiscanner.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/** Excel 97-2003 workbooks, read record by record: cells located and named as in an {@code .xlsx} workbook. */
class XlsScanTest {

    @Test
    void cellsAreFoundBySheetCellAndHeaderNameAsInAnXlsxWorkbook() {
        Scans.Result result =
                Scans.scan("customers.xls", OfficeScanTest.customers().xls());
        assertThat(result.outcome().complete()).as(result.outcome().toString()).isTrue();
        assertThat(result.located()).containsExactlyElementsOf(OfficeScanTest.CUSTOMERS_FOUND);
        assertThat(result.findings().get(0).location())
                .isEqualTo(new Location(null, null, "Customers", "B2", null, 2L, 2L, null));
    }

    @Test
    void aWorkbookIsRecognisedByItsContentWhateverItsName() {
        assertThat(Scans.scan("export.bin", OfficeScanTest.customers().xls()).located())
                .containsExactlyElementsOf(OfficeScanTest.CUSTOMERS_FOUND);
    }

    @Test
    void aFormulasLastValueIsReadAndHiddenSheetsToo() {
        byte[] book = Archives.write(out -> {
            try (HSSFWorkbook wb = new HSSFWorkbook()) {
                HSSFSheet sheet = wb.createSheet("Visible");
                sheet.createRow(0).createCell(0).setCellValue("Note");
                sheet.createRow(1).createCell(0).setCellFormula("\"SSN \"&\"536-90-4399\"");
                sheet.createRow(2).createCell(0).setCellFormula("4111111111111111+0");
                wb.createSheet("Hidden").createRow(0).createCell(1).setCellValue("jane.doe@example.com");
                wb.setSheetHidden(1, true);
                HSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
                wb.write(out);
            }
        });
        assertThat(Scans.scan("book.xls", book).located())
                .containsExactly(
                        "US_SSN sheet=Visible cell=A2 1:5 field=Note ***-**-4399",
                        "CREDIT_CARD sheet=Visible cell=A3 1:1 field=Note ************1111",
                        "EMAIL_ADDRESS sheet=Hidden cell=B1 1:1 j*******@*******.com");
    }

    /**
     * Excel writes most numbers as RK records, or a MULRK for several side by side, not as the
     * NUMBER records POI writes: each of the four kinds of RkNumber (an integer, an integer / 100,
     * a double, a double / 100) reads as the number, at its cell, and an SSN kept as a number is
     * found in either record.
     */
    @Test
    void numbersInRkAndMulRkRecordsAreReadAtTheirCells() throws IOException {
        byte[] book = RkNumbers.rewrite(Documents.workbook()
                .sheet("Staff")
                .row("Name", "SSN", "Hours", "Rate", "Share", "Card")
                .row("Jane Doe", 212734906, 37, 12.34, 0.0009765625, 4111111111111111L)
                .row("John Roe", 521093874, "n/a", -42, 0.015)
                .xls());
        // Each kind of RkNumber once: fInt and fX100 flags 10, 11, 00, 01.
        assertThat(Stream.of(37.0, 12.34, 0.0009765625, 0.015).map(v -> RkNumbers.rk(v) & 3))
                .containsExactly(2, 3, 0, 1);
        assertThat(RkNumbers.sids(book))
                .containsSubsequence(RkNumbers.MULRK, RkNumbers.NUMBER, RkNumbers.RK, RkNumbers.MULRK);
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(book))) {
            // POI's own reading of the records agrees with what was written.
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(12.34);
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(0.015);
        }

        List<String> cells = new ArrayList<>();
        try (Content content = XlsReader.open(() -> {}, new ByteArrayInputStream(RkNumbers.workbookStream(book)))) {
            for (Item item = content.next(); item != null; item = content.next()) {
                Piece piece = (Piece) item;
                cells.add(piece.location().cell() + "=" + piece.text());
            }
        }
        assertThat(cells)
                .containsExactly(
                        "A1=Name",
                        "B1=SSN",
                        "C1=Hours",
                        "D1=Rate",
                        "E1=Share",
                        "F1=Card",
                        "A2=Jane Doe",
                        "B2=212734906",
                        "C2=37",
                        "D2=12.34",
                        "E2=0.0009765625",
                        "F2=4111111111111111",
                        "A3=John Roe",
                        "B3=521093874",
                        "C3=n/a",
                        "D3=-42",
                        "E3=0.015");
        assertThat(Scans.scan("staff.xls", book).located())
                .containsExactly(
                        "US_SSN sheet=Staff cell=B2 1:1 field=SSN *****4906",
                        "CREDIT_CARD sheet=Staff cell=F2 1:1 field=Card ************1111",
                        "US_SSN sheet=Staff cell=B3 1:1 field=SSN *****3874");
    }

    @Test
    void aPasswordProtectedWorkbookIsSkippedForItsPassword() {
        byte[] book;
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            book = OfficeScanTest.customers().xls();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        Scans.Result result = Scans.scan("customers.xls", book);
        assertThat(result.outcome().skipReason()).isEqualTo("an encrypted Excel 97-2003 workbook: it needs a password");
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aTruncatedWorkbookFailsInOneLine() {
        // Cut early, the compound document loses its sector tables; later, the workbook's records.
        Map<Double, String> failures = Map.of(
                0.3, "corrupt OLE2 compound document",
                0.7, "corrupt Excel 97-2003 workbook");
        failures.forEach((kept, failure) -> {
            Scans.Result result = Scans.scan(
                    "customers.xls",
                    Archives.truncated(OfficeScanTest.customers().xls(), kept));
            assertThat(result.outcome().failure()).as("%s", kept).isEqualTo(failure);
        });
    }
}
