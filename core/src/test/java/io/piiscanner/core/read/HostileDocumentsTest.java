package io.piiscanner.core.read;

import static io.piiscanner.core.read.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks, documents and PDFs end as a skip or a failure with a one-line reason, or are
 * read in full, in bounded memory: each is scanned in a JVM whose whole heap is 32 MB, with the
 * engine's default limits. Among them an Excel 97-2003 workbook of 390,000 distinct strings, and
 * a Word document whose header is a paragraph of 8 MiB, and a workbook comment of 4 MiB.
 */
class HostileDocumentsTest {

    /** Shared strings in the huge table: held in memory, they would need several times the heap. */
    private static final int HUGE_TABLE = 1_000_000;
    /** Rows of the huge .xls workbook, nearly the 65,536 of the format, and its columns. */
    private static final int HUGE_XLS_ROWS = 65_000;

    private static final int HUGE_XLS_COLUMNS = 6;

    @TempDir
    Path dir;

    @Test
    void hostileDocumentsEndWithAReasonInASmallHeap() throws IOException, InterruptedException {
        byte[] book = OfficeScanTest.customersWorkbook();
        List<String> files = new ArrayList<>();
        files.add(write("huge-strings.xlsx", hugeSharedStrings()));
        files.add(write("huge-cell.xlsx", Documents.withParts(book, Map.of("xl/worksheets/sheet1.xml", out -> {
            out.write(utf8("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"));
            for (int i = 0; i < 4096; i++) {
                out.write(utf8("x".repeat(1023) + " "));
            }
            out.write(utf8("</t></is></c></row></sheetData></worksheet>"));
        }))));
        files.add(write(
                "long-paragraph.docx",
                Documents.withParts(
                        OfficeScanTest.statementDocument(),
                        Map.of("word/document.xml", HostileDocumentsTest::longParagraph))));
        files.add(write(
                "long-header.docx",
                Documents.withParts(
                        DocxStoriesTest.storiesDocument(),
                        Map.of("word/header1.xml", HostileDocumentsTest::longParagraph))));
        files.add(write(
                "huge-comment.xlsx",
                Documents.withParts(XlsxCommentsTest.commentedWorkbook(), Map.of("xl/comments1.xml", out -> {
                    out.write(utf8("<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<commentList><comment ref=\"A1\"><text><t>"));
                    for (int i = 0; i < 4096; i++) {
                        out.write(utf8("x".repeat(1023) + " "));
                    }
                    out.write(utf8("</t></text></comment></commentList></comments>"));
                }))));
        files.add(write("pages.pdf", manyPages(5000)));
        files.add(write("protected.pdf", Documents.encryptedPdf(List.of("SSN 536-90-4399"), "secret")));
        files.add(write("protected.xlsx", Documents.encrypted(book, "secret")));
        files.add(write("truncated.xlsx", Archives.truncated(book, 0.5)));
        // 400,000 directory records: listed whole, as POI lists a package's members, they would
        // take several times the heap.
        files.add(write("many-members.xlsx", Archives.withDirectoryRecords(book, 400_000)));
        files.add(write("truncated.pdf", Archives.truncated(PdfScanTest.statement(), 0.5)));
        files.add(write("huge-strings.xls", hugeXls()));
        byte[] xls = OfficeScanTest.customers().xls();
        files.add(write("truncated.xls", Archives.truncated(xls, 0.7)));
        files.addAll(hostileDocs());

        String out = HostileScan.inSmallHeap(files);
        // PDFBox logs through the Log4j API, which says once that it has nowhere to log: the
        // command line and the service give it somewhere (or nowhere, quietly).
        assertThat(out.lines()
                        .filter(line -> !line.contains("Log4j API could not find"))
                        .toList())
                .containsExactly(
                        "huge-strings.xlsx findings=1 complete",
                        "huge-cell.xlsx findings=0 failed: Excel workbook: a cell holds more than 1048576 characters",
                        "long-paragraph.docx findings=" + (8 + 1) + " complete",
                        "long-header.docx findings=" + (7 - 1 + 8 + 1) + " complete",
                        "huge-comment.xlsx findings=0 failed: Excel workbook: a comment holds more than 1048576 characters",
                        "pages.pdf findings=1 complete",
                        "protected.pdf findings=0 skipped: a password-protected PDF document",
                        "protected.xlsx findings=0 skipped: an encrypted Office document: it needs a password",
                        "truncated.xlsx findings=0 failed: corrupt Excel workbook",
                        "many-members.xlsx findings=0 skipped: the Excel workbook declares more than "
                                + OfficePackage.MAX_MEMBERS + " members: not read, to keep memory bounded",
                        "truncated.pdf findings=0 failed: corrupt PDF document",
                        "huge-strings.xls findings=1 complete",
                        "truncated.xls findings=0 failed: corrupt Excel 97-2003 workbook",
                        "long-paragraph.doc findings=" + (8 + 11) + " complete",
                        "many-pieces.doc findings=" + (1 + 11) + " complete",
                        "lying-clx.doc findings=0 failed: corrupt Word 97-2003 document: the piece table lies beyond its stream",
                        "piece-beyond.doc findings=0 failed: corrupt Word 97-2003 document: a piece of text lies beyond its stream",
                        "huge-piece-count.doc findings=0 failed: corrupt Word 97-2003 document: the piece table lies beyond its stream",
                        "pieces-repeated.doc findings=0 failed: corrupt Word 97-2003 document: its pieces hold more text than its stream",
                        "truncated-fib.doc findings=0 failed: corrupt Word 97-2003 document: its FIB is cut short",
                        "protected.doc findings=0 skipped: an encrypted Word 97-2003 document: it needs a password",
                        "truncated.doc findings=0 failed: corrupt OLE2 compound document");
    }

    /**
     * Word 97-2003 documents: a paragraph of 8 MiB, an SSN in each MiB; half a million pieces of one
     * character each, then an SSN; a CLX, a piece and a piece table that claim more than their
     * streams hold; a million pieces that all point at the same text (which would read it a million
     * times); a FIB cut short; an encrypted document; a truncated file.
     */
    private List<String> hostileDocs() throws IOException {
        byte[] doc = WordFiles.fixture("statement.doc");
        String body = WordFiles.bodyText(doc);
        int at = body.indexOf("Jane Doe");
        StringBuilder paragraph = new StringBuilder();
        String filler = "word ".repeat(200);
        for (int mib = 0; mib < 8; mib++) {
            paragraph.append("call 536-90-4399 now ");
            while (paragraph.length() < (mib + 1) << 20) {
                paragraph.append(filler);
            }
        }
        String pieces = "word ".repeat(100_000) + "SSN 536-90-4399 ";
        int clx = WordFiles.stream(doc, "WordDocument").getInt(WordFiles.FC_CLX);
        String table = WordFiles.tableStream(doc);
        return List.of(
                write("long-paragraph.doc", WordFiles.replaceText(doc, at, at, paragraph.toString())),
                write("many-pieces.doc", WordFiles.replaceText(doc, at, at, pieces, 1)),
                write(
                        "lying-clx.doc",
                        WordFiles.withStream(
                                doc, "WordDocument", fib -> fib.putInt(WordFiles.LCB_CLX, Integer.MAX_VALUE))),
                write(
                        "piece-beyond.doc",
                        WordFiles.withStream(doc, table, t -> t.putInt(clx + 5 + 8 + 2, 0x3FFF_FF00))),
                write(
                        "huge-piece-count.doc",
                        WordFiles.withStream(doc, table, t -> t.putInt(clx + 1, 4 + 12 * 100_000_000))),
                write("pieces-repeated.doc", WordFiles.bodyRepeated(doc, 1_000_000)),
                write("truncated-fib.doc", WordFiles.truncatedStream(doc, "WordDocument", 100)),
                write(
                        "protected.doc",
                        WordFiles.withStream(
                                doc,
                                "WordDocument",
                                fib -> fib.putShort(WordFiles.FLAGS, (short) (fib.getShort(WordFiles.FLAGS) | 0x100)))),
                write("truncated.doc", Archives.truncated(doc, 0.7)));
    }

    private String write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file.toString();
    }

    /**
     * A workbook whose shared strings table holds a million distinct strings, the last an SSN, which
     * a cell of the sheet refers to.
     */
    private static byte[] hugeSharedStrings() {
        String main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
        return Documents.withParts(
                OfficeScanTest.customersWorkbook(),
                Map.of(
                        "xl/sharedStrings.xml",
                                out -> {
                                    out.write(utf8("<sst " + main + " count=\"" + HUGE_TABLE + "\" uniqueCount=\""
                                            + HUGE_TABLE + "\">"));
                                    StringBuilder si = new StringBuilder();
                                    for (int i = 0; i < HUGE_TABLE - 1; i++) {
                                        si.setLength(0);
                                        si.append("<si><t>item ")
                                                .append(i)
                                                .append(' ')
                                                .append(Integer.toHexString(i * 7919))
                                                .append("</t></si>");
                                        out.write(utf8(si.toString()));
                                    }
                                    out.write(utf8("<si><t>SSN 536-90-4399</t></si></sst>"));
                                },
                        "xl/worksheets/sheet1.xml",
                                out -> out.write(utf8("<worksheet " + main + "><sheetData>"
                                        + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>" + (HUGE_TABLE - 1) + "</v></c></row>"
                                        + "</sheetData></worksheet>")),
                        "xl/worksheets/sheet2.xml",
                                out -> out.write(utf8("<worksheet " + main + "><sheetData/></worksheet>"))));
    }

    /**
     * An Excel 97-2003 workbook of {@link #HUGE_XLS_ROWS} rows of distinct strings, several times
     * the heap held as POI's objects, the last an SSN.
     */
    private static byte[] hugeXls() {
        return Archives.write(out -> {
            try (HSSFWorkbook xls = new HSSFWorkbook()) {
                HSSFSheet sheet = xls.createSheet("Items");
                for (int r = 0; r < HUGE_XLS_ROWS; r++) {
                    HSSFRow row = sheet.createRow(r);
                    for (int c = 0; c < HUGE_XLS_COLUMNS; c++) {
                        int i = r * HUGE_XLS_COLUMNS + c;
                        row.createCell(c).setCellValue("item " + i + " " + Integer.toHexString(i * 7919));
                    }
                }
                sheet.getRow(HUGE_XLS_ROWS - 1).getCell(HUGE_XLS_COLUMNS - 1).setCellValue("SSN 536-90-4399");
                xls.write(out);
            }
        });
    }

    /**
     * One paragraph of 8 MiB on one line, an SSN in each MiB, then a short one: never held whole,
     * and under the ratio that would take it for a decompression bomb.
     */
    private static void longParagraph(OutputStream out) throws IOException {
        out.write(utf8("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>"));
        byte[] filler = utf8("word ".repeat(200));
        for (int mib = 0; mib < 8; mib++) {
            out.write(utf8("call 536-90-4399 now "));
            for (int i = 0; i < (1 << 20) / filler.length; i++) {
                out.write(filler);
            }
        }
        out.write(utf8("</w:t></w:r></w:p><w:p><w:r><w:t>SSN 536-90-4399</w:t></w:r></w:p></w:body></w:document>"));
    }

    private static byte[] manyPages(int count) {
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            pages.add(i == count - 1 ? "SSN 536-90-4399" : "Statement page " + i + "\nNothing to see here");
        }
        return Documents.pdf(pages);
    }
}
