package io.piiscanner.core.read;

import static io.piiscanner.core.read.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile properties end read in full or skipped with a reason, in bounded memory: each file is
 * scanned in a JVM whose whole heap is 32 MB ({@link HostileScan}). A custom property of 8 MiB, a
 * quarter of a million custom properties (held as POI's XMLBeans objects, they would need several
 * times the heap), a title of 5 MiB (more than POI loads when it opens the package), an {@code .xls} workbook with 20,000
 * custom properties and one whose property stream is over what HPSF may load, and a {@code .doc}
 * whose FIB says its comments' authors are 2 GiB.
 */
class HostilePropertiesTest {

    private static final String CUSTOM = "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            + "custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">";
    private static final String PROPERTY = "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"";

    /** In a Word 97 FIB, lcbGrpXstAtnOwners: the size of the list of comments' authors. */
    private static final int LCB_GRP_XST_ATN_OWNERS = 0x1BE;

    private static final int MANY_OOXML = 250_000;
    private static final int MANY_OLE2 = 20_000;

    @TempDir
    Path dir;

    @Test
    void hostilePropertiesEndWithAReasonInASmallHeap() throws IOException, InterruptedException {
        OfficeMetadata.Properties one = OfficeMetadata.Properties.custom(OfficeMetadata.custom("Notes", "none"));
        byte[] docx = OfficeMetadata.docx(Documents.document("Quarterly report"), one);
        byte[] xlsx = OfficeMetadata.xlsx(
                Documents.workbook().sheet("Report").row("Quarter").bytes(), one);
        byte[] xls = Documents.workbook().sheet("Report").row("Quarter").xls();
        Map<String, Object> many = new LinkedHashMap<>();
        for (int i = 0; i < MANY_OLE2 - 1; i++) {
            many.put("Field " + i, Integer.toHexString(i * 7919));
        }
        many.put("Caller", "SSN 536-90-4399");
        String large = "x".repeat(8 << 20);
        // 5 MiB of core properties: more than POI loads when it opens the package (it passes over them quietly).

        List<String> files = List.of(
                write("huge-property.docx", Documents.withParts(docx, Map.of("docProps/custom.xml", out -> {
                    out.write(utf8(CUSTOM + PROPERTY + "2\" name=\"Notes\"><vt:lpwstr>"));
                    hugeText(out, 8);
                    out.write(utf8("</vt:lpwstr></property></Properties>"));
                }))),
                write(
                        "many-properties.xlsx",
                        Documents.withParts(
                                xlsx, Map.of("docProps/custom.xml", HostilePropertiesTest::manyProperties))),
                write("huge-core.docx", Documents.withParts(docx, Map.of("docProps/core.xml", out -> {
                    out.write(utf8("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
                            + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>"));
                    hugeText(out, 5);
                    out.write(utf8("</dc:title></cp:coreProperties>"));
                }))),
                write("many-properties.xls", OfficeMetadata.ole2(xls, OfficeMetadata.Properties.custom(many))),
                write(
                        "huge-properties.xls",
                        OfficeMetadata.ole2(
                                xls, OfficeMetadata.Properties.custom(OfficeMetadata.custom("Notes", large)))),
                write(
                        "lying-authors.doc",
                        WordFiles.withStream(
                                WordFiles.fixture("statement.doc"),
                                "WordDocument",
                                fib -> fib.putInt(LCB_GRP_XST_ATN_OWNERS, Integer.MAX_VALUE))));

        // POI logs through the Log4j API, which says once that it has nowhere to log.
        assertThat(HostileScan.inSmallHeap(files)
                        .lines()
                        .filter(line -> !line.contains("Log4j API could not find"))
                        .toList())
                .containsExactly(
                        "huge-property.docx findings=8 complete",
                        "many-properties.xlsx findings=1 complete",
                        "huge-core.docx findings=5 complete",
                        "many-properties.xls findings=1 complete",
                        "huge-properties.xls findings=0 complete, skipped DocumentSummaryInformation: is over 1 MiB,"
                                + " more than is read into memory",
                        "lying-authors.doc findings=0 failed: corrupt Word 97-2003 document: the list of comments'"
                                + " authors lies beyond its stream");
    }

    /** Text of {@code mib} MiB on one line, an SSN in the middle of each MiB. */
    private static void hugeText(OutputStream out, int mib) throws IOException {
        byte[] filler = utf8("word ".repeat(200));
        for (int i = 0; i < mib; i++) {
            for (int half = 0; half < 2; half++) {
                if (half == 1) {
                    out.write(utf8("call 536-90-4399 now "));
                }
                for (int k = 0; k < (1 << 19) / filler.length; k++) {
                    out.write(filler);
                }
            }
        }
    }

    /** {@link #MANY_OOXML} custom properties of distinct names and values, the last an SSN. */
    private static void manyProperties(OutputStream out) throws IOException {
        out.write(utf8(CUSTOM));
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < MANY_OOXML; i++) {
            p.setLength(0);
            p.append(PROPERTY)
                    .append(i + 2)
                    .append("\" name=\"Field ")
                    .append(i)
                    .append("\"><vt:lpwstr>")
                    .append(i == MANY_OOXML - 1 ? "SSN 536-90-4399" : Integer.toHexString(i * 7919))
                    .append("</vt:lpwstr></property>");
            out.write(utf8(p.toString()));
        }
        out.write(utf8("</Properties>"));
    }

    private String write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file.toString();
    }
}
