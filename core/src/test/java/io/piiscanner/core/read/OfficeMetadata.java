package io.piiscanner.core.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hpsf.WritingNotSupportedException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * What Office files hold outside their text, planted with POI for tests: document properties
 * (core, extended and custom in a {@code .docx} or {@code .xlsx}; the summary information streams
 * of a {@code .doc} or {@code .xls}), comments with their authors, and pictures' alternative text.
 */
public final class OfficeMetadata {

    private OfficeMetadata() {}

    /**
     * Properties to plant, any of them {@code null} to leave it unset; the custom ones in order, a
     * value a {@link String}, a {@link Double}, an {@link Integer} or a {@link Boolean}.
     */
    public record Properties(
            String title,
            String subject,
            String author,
            String lastModifiedBy,
            String keywords,
            String comments,
            String category,
            String company,
            String manager,
            Map<String, Object> custom) {

        /** Only custom properties. */
        public static Properties custom(Map<String, Object> custom) {
            return new Properties(null, null, null, null, null, null, null, null, null, custom);
        }
    }

    /** Custom properties in the order given: name, value, name, value. */
    public static Map<String, Object> custom(Object... nameValue) {
        Map<String, Object> custom = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            custom.put((String) nameValue[i], nameValue[i + 1]);
        }
        return custom;
    }

    /** A copy of a Word document ({@code .docx}) with the properties set. */
    public static byte[] docx(byte[] docx, Properties p) {
        return Archives.write(out -> {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
                set(doc, p);
                doc.write(out);
            }
        });
    }

    /** A copy of an Excel workbook ({@code .xlsx}) with the properties set. */
    public static byte[] xlsx(byte[] xlsx, Properties p) {
        return Archives.write(out -> {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                set(book, p);
                book.write(out);
            }
        });
    }

    private static void set(POIXMLDocument doc, Properties p) {
        POIXMLProperties props = doc.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(p.title());
        core.setSubjectProperty(p.subject());
        core.setCreator(p.author());
        core.setLastModifiedByUser(p.lastModifiedBy());
        core.setKeywords(p.keywords());
        core.setDescription(p.comments());
        core.setCategory(p.category());
        if (p.company() != null) {
            props.getExtendedProperties().setCompany(p.company());
        }
        if (p.manager() != null) {
            props.getExtendedProperties().setManager(p.manager());
        }
        for (Map.Entry<String, Object> c : p.custom().entrySet()) {
            POIXMLProperties.CustomProperties custom = props.getCustomProperties();
            if (c.getValue() instanceof Double d) {
                custom.addProperty(c.getKey(), d);
            } else if (c.getValue() instanceof Integer i) {
                custom.addProperty(c.getKey(), i);
            } else if (c.getValue() instanceof Boolean b) {
                custom.addProperty(c.getKey(), b);
            } else {
                custom.addProperty(c.getKey(), c.getValue().toString());
            }
        }
    }

    /**
     * A copy of an Office 97-2003 file ({@code .doc}, {@code .xls}) whose summary information
     * streams hold the properties, and nothing else.
     */
    public static byte[] ole2(byte[] file, Properties p) {
        return Archives.write(out -> {
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
                DirectoryNode root = fs.getRoot();
                SummaryInformation summary = PropertySetFactory.newSummaryInformation();
                setIfAny(p.title(), summary::setTitle);
                setIfAny(p.subject(), summary::setSubject);
                setIfAny(p.author(), summary::setAuthor);
                setIfAny(p.lastModifiedBy(), summary::setLastAuthor);
                setIfAny(p.keywords(), summary::setKeywords);
                setIfAny(p.comments(), summary::setComments);
                DocumentSummaryInformation document = PropertySetFactory.newDocumentSummaryInformation();
                setIfAny(p.category(), document::setCategory);
                setIfAny(p.company(), document::setCompany);
                setIfAny(p.manager(), document::setManager);
                if (!p.custom().isEmpty()) {
                    CustomProperties custom = new CustomProperties();
                    p.custom().forEach(custom::put);
                    document.setCustomProperties(custom);
                }
                for (String name : new String[] {
                    SummaryInformation.DEFAULT_STREAM_NAME, DocumentSummaryInformation.DEFAULT_STREAM_NAME
                }) {
                    if (root.hasEntry(name)) {
                        root.getEntry(name).delete();
                    }
                }
                summary.write(root, SummaryInformation.DEFAULT_STREAM_NAME);
                document.write(root, DocumentSummaryInformation.DEFAULT_STREAM_NAME);
                fs.writeFilesystem(out);
            } catch (WritingNotSupportedException e) {
                throw new IOException(e);
            }
        });
    }

    private static void setIfAny(String value, Consumer<String> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    /** A Word document: a paragraph, and a comment on it by {@code author} ({@code initials}). */
    public static byte[] commentedDocument(String body, String comment, String author, String initials) {
        return Archives.write(out -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                doc.createParagraph().createRun().setText(body);
                XWPFComment note = doc.createComments().createComment(BigInteger.ONE);
                note.setAuthor(author);
                note.setInitials(initials);
                note.createParagraph().createRun().setText(comment);
                doc.write(out);
            }
        });
    }

    /**
     * A copy of a Word document that lists the people who wrote its comments as modern Word does
     * ({@code word/people.xml}), each by the sign-in given.
     */
    public static byte[] withPeople(byte[] docx, String... signIns) {
        StringBuilder people = new StringBuilder(
                "<w15:people xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/" + "wordml\">");
        for (String signIn : signIns) {
            people.append("<w15:person w15:author=\"Reviewer\"><w15:presenceInfo w15:providerId=\"AD\" w15:userId=\"")
                    .append(signIn)
                    .append("\"/></w15:person>");
        }
        people.append("</w15:people>");
        return Archives.write(out -> {
            try (ZipFile in = ZipFile.builder().setByteArray(docx).get();
                    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
                for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
                    String text = new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
                    if (entry.getName().equals("[Content_Types].xml")) {
                        text = text.replace(
                                "</Types>",
                                "<Override PartName=\"/word/people.xml\" ContentType=\"application/vnd.openxmlformats-"
                                        + "officedocument.wordprocessingml.people+xml\"/></Types>");
                    } else if (entry.getName().equals("word/_rels/document.xml.rels")) {
                        text = text.replace(
                                "</Relationships>",
                                "<Relationship Id=\"rId99\" Type=\"http://schemas.microsoft.com/office/2011/"
                                        + "relationships/people\" Target=\"people.xml\"/></Relationships>");
                    }
                    zip.putArchiveEntry(new ZipArchiveEntry(entry.getName()));
                    zip.write(text.getBytes(StandardCharsets.ISO_8859_1));
                    zip.closeArchiveEntry();
                }
                zip.putArchiveEntry(new ZipArchiveEntry("word/people.xml"));
                zip.write(people.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        });
    }

    /**
     * A Word document: a paragraph, then a paragraph with a picture whose alternative text is
     * {@code altText} and whose title {@code title}, then a table whose second row's cell holds one
     * whose alternative text is {@code cellAltText}.
     */
    public static byte[] documentWithPictures(String body, String altText, String title, String cellAltText) {
        return Archives.write(out -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                doc.createParagraph().createRun().setText(body);
                picture(doc.createParagraph().createRun(), altText, title);
                var table = doc.createTable(2, 1);
                table.getRow(0).getCell(0).setText("Photo");
                picture(table.getRow(1).getCell(0).getParagraphs().get(0).createRun(), cellAltText, null);
                doc.write(out);
            }
        });
    }

    private static void picture(XWPFRun run, String altText, String title) throws IOException {
        try {
            run.addPicture(new ByteArrayInputStream(new byte[] {1, 2, 3}), Document.PICTURE_TYPE_PNG, "id.png", 10, 10);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        docPr.setDescr(altText);
        if (title != null) {
            docPr.setTitle(title);
        }
    }

    /** A workbook ({@code .xlsx} or {@code .xls}) with one sheet, one row, and comments on A1 and B1 by their authors. */
    public static byte[] commentedWorkbook(
            boolean xls, String comment1, String author1, String comment2, String author2) {
        return Archives.write(out -> {
            try (Workbook book = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
                Sheet sheet = book.createSheet("Accounts");
                sheet.createRow(0).createCell(0).setCellValue("Account");
                Drawing<?> drawing = sheet.createDrawingPatriarch();
                comment(book, drawing, "A1", comment1, author1);
                comment(book, drawing, "B1", comment2, author2);
                book.write(out);
            }
        });
    }

    private static void comment(Workbook book, Drawing<?> drawing, String cell, String text, String author) {
        CellAddress at = new CellAddress(cell);
        ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
        anchor.setRow1(at.getRow());
        anchor.setCol1(at.getColumn());
        anchor.setRow2(at.getRow() + 3);
        anchor.setCol2(at.getColumn() + 2);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(book.getCreationHelper().createRichTextString(text));
        comment.setAuthor(author);
        comment.setAddress(at);
    }
}
