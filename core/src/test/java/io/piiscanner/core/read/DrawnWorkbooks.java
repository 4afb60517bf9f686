package io.piiscanner.core.read;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/** Excel workbooks with text drawn on a sheet, written by POI itself, for tests. */
public final class DrawnWorkbooks {

    /** A PNG's signature: POI stores a picture's bytes as given. */
    private static final byte[] PICTURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private DrawnWorkbooks() {}

    /**
     * A workbook of one sheet, {@code Employee} in A1, on which are drawn: a text box anchored at
     * D5 holding {@code paragraphs}, a rectangle at B10 holding {@code shape}, and a picture at A13
     * with {@code altText} as its alternative text and {@code altTitle} as its title.
     */
    public static byte[] workbook(String sheet, String[] paragraphs, String shape, String altText, String altTitle) {
        return Archives.write(out -> {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                var drawn = book.createSheet(sheet);
                drawn.createRow(0).createCell(0).setCellValue("Employee");
                XSSFDrawing drawing = drawn.createDrawingPatriarch();
                XSSFTextBox box = drawing.createTextbox(anchor(3, 4));
                box.setText(paragraphs[0]);
                for (int i = 1; i < paragraphs.length; i++) {
                    box.addNewTextParagraph().addNewTextRun().setText(paragraphs[i]);
                }
                drawing.createSimpleShape(anchor(1, 9)).setText(shape);
                XSSFPicture picture =
                        drawing.createPicture(anchor(0, 12), book.addPicture(PICTURE, Workbook.PICTURE_TYPE_PNG));
                CTNonVisualDrawingProps properties =
                        picture.getCTPicture().getNvPicPr().getCNvPr();
                properties.setDescr(altText);
                properties.setTitle(altTitle);
                book.write(out);
            }
        });
    }

    /** An anchor from the 0-based {@code column} and {@code row}, two cells wide and high. */
    private static XSSFClientAnchor anchor(int column, int row) {
        return new XSSFClientAnchor(0, 0, 0, 0, column, row, column + 2, row + 2);
    }
}
