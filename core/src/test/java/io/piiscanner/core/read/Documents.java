package io.piiscanner.core.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Workbooks, Word documents and PDFs written by POI and PDFBox themselves, for tests. */
public final class Documents {

    private Documents() {}

    /** A workbook being written: sheets in order, rows of cells from A. */
    public static Workbook workbook() {
        return new Workbook();
    }

    public static final class Workbook {
        private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();
        /** Each sheet's comments: a cell's reference and the comment's text. */
        private final Map<String, Map<String, String>> comments = new LinkedHashMap<>();

        private List<Object[]> current;
        private Map<String, String> currentComments;

        /** Starts a sheet. */
        public Workbook sheet(String name) {
            current = new ArrayList<>();
            sheets.put(name, current);
            currentComments = new LinkedHashMap<>();
            comments.put(name, currentComments);
            return this;
        }

        /** A comment on a cell of the sheet ({@code B2}). */
        public Workbook comment(String cell, String text) {
            currentComments.put(cell, text);
            return this;
        }

        /**
         * A row of cells from column A: a {@link String} is text, a {@link Number} a number, a
         * {@link LocalDate} a date formatted {@code yyyy-mm-dd}, {@code null} an empty cell.
         */
        public Workbook row(Object... cells) {
            current.add(cells);
            return this;
        }

        /** The workbook as an Excel workbook ({@code .xlsx}). */
        public byte[] bytes() {
            return write(new XSSFWorkbook());
        }

        /** The workbook as an Excel 97-2003 workbook ({@code .xls}). */
        public byte[] xls() {
            return write(new HSSFWorkbook());
        }

        private byte[] write(org.apache.poi.ss.usermodel.Workbook workbook) {
            return Archives.write(out -> {
                try (org.apache.poi.ss.usermodel.Workbook wb = workbook) {
                    CellStyle date = wb.createCellStyle();
                    date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                    for (Map.Entry<String, List<Object[]>> s : sheets.entrySet()) {
                        Sheet sheet = wb.createSheet(s.getKey());
                        for (int r = 0; r < s.getValue().size(); r++) {
                            Row row = sheet.createRow(r);
                            Object[] cells = s.getValue().get(r);
                            for (int c = 0; c < cells.length; c++) {
                                set(row, c, cells[c], date);
                            }
                        }
                        for (Map.Entry<String, String> c :
                                comments.get(s.getKey()).entrySet()) {
                            Comment comment = sheet.createDrawingPatriarch()
                                    .createCellComment(wb.getCreationHelper().createClientAnchor());
                            comment.setString(wb.getCreationHelper().createRichTextString(c.getValue()));
                            comment.setAddress(new CellAddress(c.getKey()));
                        }
                    }
                    wb.write(out);
                }
            });
        }

        private static void set(Row row, int column, Object value, CellStyle date) {
            if (value == null) {
                return;
            }
            Cell cell = row.createCell(column);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    /**
     * A Word document: a {@link String} is a paragraph (its {@code \n}s line breaks), a
     * {@code String[][]} a table of rows of cells.
     */
    public static byte[] document(Object... blocks) {
        return Archives.write(out -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                for (Object block : blocks) {
                    if (block instanceof String[][] rows) {
                        fill(doc.createTable(rows.length, rows[0].length), rows);
                    } else {
                        var run = doc.createParagraph().createRun();
                        String[] lines = ((String) block).split("\n", -1);
                        for (int i = 0; i < lines.length; i++) {
                            if (i > 0) {
                                run.addBreak();
                            }
                            run.setText(lines[i], i);
                        }
                    }
                }
                doc.write(out);
            }
        });
    }

    /**
     * A Word document with a paragraph in its body, in a header, a footer, a footnote, a comment
     * and an endnote, and a table of {@code commentTable} in the comment.
     */
    public static byte[] documentWithStories(
            String body,
            String header,
            String footer,
            String footnote,
            String comment,
            String[][] commentTable,
            String endnote) {
        return Archives.write(out -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                doc.createParagraph().createRun().setText(body);
                doc.createHeader(HeaderFooterType.DEFAULT)
                        .createParagraph()
                        .createRun()
                        .setText(header);
                doc.createFooter(HeaderFooterType.DEFAULT)
                        .createParagraph()
                        .createRun()
                        .setText(footer);
                doc.createFootnote().createParagraph().createRun().setText(footnote);
                XWPFComment note = doc.createComments().createComment(BigInteger.ONE);
                note.createParagraph().createRun().setText(comment);
                fill(note.createTable(commentTable.length, commentTable[0].length), commentTable);
                doc.createEndnote().createParagraph().createRun().setText(endnote);
                doc.write(out);
            }
        });
    }

    private static void fill(XWPFTable table, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                table.getRow(r).getCell(c).setText(rows[r][c]);
            }
        }
    }

    /** A PDF document, a page for each text, its lines the page's lines. */
    public static byte[] pdf(List<String> pages) {
        return pdf(pages, null);
    }

    /** A PDF document that needs a password to open. */
    public static byte[] encryptedPdf(List<String> pages, String password) {
        return pdf(pages, password);
    }

    private static byte[] pdf(List<String> pages, String password) {
        return Archives.write(out -> {
            try (PDDocument doc = new PDDocument()) {
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                for (String text : pages) {
                    PDPage page = new PDPage();
                    doc.addPage(page);
                    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                        content.beginText();
                        content.setFont(font, 11);
                        content.setLeading(14);
                        content.newLineAtOffset(50, 740);
                        for (String line : text.split("\n", -1)) {
                            content.showText(line);
                            content.newLine();
                        }
                        content.endText();
                    }
                }
                if (password != null) {
                    StandardProtectionPolicy policy =
                            new StandardProtectionPolicy(password + "-owner", password, new AccessPermission());
                    policy.setEncryptionKeyLength(128);
                    doc.protect(policy);
                }
                doc.save(out);
            }
        });
    }

    /**
     * A copy of an Office Open XML file (a ZIP archive) with some of its parts written anew, for
     * hostile variants of what POI wrote.
     */
    public static byte[] withParts(byte[] office, Map<String, Archives.Writer> parts) {
        return Archives.write(out -> {
            try (ZipFile in = ZipFile.builder().setByteArray(office).get();
                    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
                for (ZipArchiveEntry entry : java.util.Collections.list(in.getEntries())) {
                    zip.putArchiveEntry(new ZipArchiveEntry(entry.getName()));
                    Archives.Writer writer = parts.get(entry.getName());
                    if (writer == null) {
                        in.getInputStream(entry).transferTo(zip);
                    } else {
                        writer.write(zip);
                    }
                    zip.closeArchiveEntry();
                }
            }
        });
    }

    /** An Office Open XML file encrypted with a password, as Office writes one: in an OLE2 container. */
    public static byte[] encrypted(byte[] office, String password) {
        return Archives.write(out -> {
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
                encryptor.confirmPassword(password);
                try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(office));
                        OutputStream data = encryptor.getDataStream(fs)) {
                    opc.save(data);
                } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException
                        | java.security.GeneralSecurityException e) {
                    throw new IOException(e);
                }
                fs.writeFilesystem(out);
            }
        });
    }
}
