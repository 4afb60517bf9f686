package io.piiscanner.core.read;

import static io.piiscanner.core.read.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What is drawn on an Excel workbook's sheets, text boxes' and shapes' text and pictures'
 * alternative text, is read after the sheet's cells, at the cell each drawing is anchored to.
 */
class XlsxDrawingsTest {

    @Test
    void textBoxesShapesAndAltTextAreFoundWhereTheyAreAnchored() {
        byte[] workbook = DrawnWorkbooks.workbook(
                "Payroll",
                new String[] {"Approved for J. Smith", "SSN 536-90-4399"},
                "Call alice@example.com",
                "Badge of bob@example.com",
                "Card 4111 1111 1111 1111");

        Scans.Result result = Scans.scan("payroll.xlsx", workbook);

        assertThat(result.outcome().complete()).as(result.outcome().toString()).isTrue();
        assertThat(result.located())
                .containsExactly(
                        "US_SSN part=drawing sheet=Payroll cell=D5 2:5 ***-**-4399",
                        "EMAIL_ADDRESS part=drawing sheet=Payroll cell=B10 1:6 a****@*******.com",
                        "EMAIL_ADDRESS part=drawing sheet=Payroll cell=A13 1:10 field=Alt text b**@*******.com",
                        "CREDIT_CARD part=drawing sheet=Payroll cell=A13 1:6 field=Alt text title **** **** **** 1111");
        assertThat(result.findings().get(0).location())
                .isEqualTo(new Location(null, "drawing", "Payroll", "D5", null, 5L, 4L, null));
    }

    @Test
    void drawingsWithoutValuesFindNothing() {
        byte[] workbook = DrawnWorkbooks.workbook(
                "Orders",
                new String[] {"Invoice 2024-0001", "order 12345, total 99.50"},
                "Version 3.2.1 released 2024-05-06",
                "Company logo",
                "Logo");

        Scans.Result result = Scans.scan("orders.xlsx", workbook);

        assertThat(result.outcome().complete()).as(result.outcome().toString()).isTrue();
        assertThat(result.located()).isEmpty();
    }

    @Test
    void aDrawingPlacedByPositionOrOutsideTheSheetIsAtNoCell() {
        String drawing = "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + "<xdr:absoluteAnchor><xdr:pos x=\"0\" y=\"0\"/><xdr:sp><xdr:nvSpPr>"
                + "<xdr:cNvPr id=\"2\" name=\"Box\" descr=\"SSN 536-90-4399\"/></xdr:nvSpPr>"
                + "<xdr:txBody><a:p><a:r><a:t>Call alice@example.com</a:t></a:r></a:p></xdr:txBody>"
                + "</xdr:sp></xdr:absoluteAnchor>"
                + "<xdr:oneCellAnchor><xdr:from><xdr:col>99999999999</xdr:col><xdr:colOff>0</xdr:colOff>"
                + "<xdr:row>-1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:sp>"
                + "<xdr:txBody><a:p><a:r><a:t>Card 4111 1111 1111 1111</a:t></a:r></a:p></xdr:txBody>"
                + "</xdr:sp></xdr:oneCellAnchor></xdr:wsDr>";
        byte[] workbook = Documents.withParts(
                DrawnWorkbooks.workbook("Notes", new String[] {"none"}, "none", "none", "none"),
                Map.of("xl/drawings/drawing1.xml", out -> out.write(utf8(drawing))));

        Scans.Result result = Scans.scan("notes.xlsx", workbook);

        assertThat(result.outcome().complete()).as(result.outcome().toString()).isTrue();
        assertThat(result.located())
                .containsExactly(
                        "US_SSN part=drawing sheet=Notes 1:5 field=Alt text ***-**-4399",
                        "EMAIL_ADDRESS part=drawing sheet=Notes 1:6 a****@*******.com",
                        "CREDIT_CARD part=drawing sheet=Notes 1:6 **** **** **** 1111");
    }

    @Test
    void aShapeOfMoreLinesThanAPieceMayHoldFailsTheWorkbookWithItsReason() {
        // Empty paragraphs are line breaks and no text: they count toward the shape's characters.
        String drawing = "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + "<xdr:absoluteAnchor><xdr:pos x=\"0\" y=\"0\"/><xdr:sp><xdr:txBody>"
                + "<a:p/>".repeat(SharedStrings.MAX_CHARS + 1)
                + "</xdr:txBody></xdr:sp></xdr:absoluteAnchor></xdr:wsDr>";
        byte[] workbook = Documents.withParts(
                DrawnWorkbooks.workbook("Notes", new String[] {"none"}, "none", "none", "none"),
                Map.of("xl/drawings/drawing1.xml", out -> out.write(utf8(drawing))));

        Scans.Result result = Scans.scan("notes.xlsx", workbook);

        assertThat(result.outcome().failure()).contains("a shape holds more than 1048576 characters");
    }
}
