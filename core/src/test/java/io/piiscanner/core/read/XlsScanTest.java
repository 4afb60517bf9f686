package io.piiscanner.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
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
