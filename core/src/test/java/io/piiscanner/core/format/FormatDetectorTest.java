package io.piiscanner.core.format;

import static io.piiscanner.core.read.Archives.entries;
import static io.piiscanner.core.read.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.read.Archives;
import io.piiscanner.core.read.Mails;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    private static InputFormat detect(byte[] bytes, String name) {
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, FormatDetector.HEAD_BYTES));
        return FormatDetector.detect(head, head.length, name);
    }

    @Test
    void binaryFormatsAreRecognisedByMagicWhateverTheName() {
        byte[] tar = Archives.tar(entries("a.txt", "x"));
        assertThat(detect(Archives.zip(entries("a.txt", "x")), "report.csv")).isEqualTo(InputFormat.ZIP);
        assertThat(detect(Archives.zip(entries()), "empty")).isEqualTo(InputFormat.ZIP);
        assertThat(detect(tar, "data.json")).isEqualTo(InputFormat.TAR);
        assertThat(detect(utf8("PAR1\u0015\u0004"), "x")).isEqualTo(InputFormat.PARQUET);
        assertThat(detect(utf8("Obj\u0001\u0004\u0014avro.schema"), "x")).isEqualTo(InputFormat.AVRO);
        assertThat(detect(utf8("%PDF-1.7\n"), "statement.txt")).isEqualTo(InputFormat.PDF);
    }

    @Test
    void officeDocumentsAreZipsThatDeclareTheirContentTypes() {
        String types = "<?xml version=\"1.0\"?><Types><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
        byte[] xlsx = Archives.zip(entries("[Content_Types].xml", types, "xl/workbook.xml", "<workbook/>"));
        assertThat(detect(xlsx, "book")).isEqualTo(InputFormat.XLSX);
        byte[] docx = Archives.zip(entries(
                "[Content_Types].xml",
                types.replace("spreadsheetml.sheet", "wordprocessingml.document"),
                "word/document.xml",
                "<document/>"));
        assertThat(detect(docx, "letter.zip")).isEqualTo(InputFormat.DOCX);
        byte[] other = Archives.zip(entries("[Content_Types].xml", "<Types/>", "a.txt", "x"));
        assertThat(detect(other, "archive")).isEqualTo(InputFormat.ZIP);
    }

    @Test
    void theNameChoosesBetweenTextFormatsAndContentRecognisesTheRest() {
        assertThat(detect(utf8("a,b\n1,2\n"), "export.csv")).isEqualTo(InputFormat.CSV);
        assertThat(detect(utf8("<?xml version=\"1.0\"?><a/>"), "notes.txt")).isEqualTo(InputFormat.XML);
        assertThat(detect(utf8("<?xml version=\"1.0\"?><a/>"), "data.json")).isEqualTo(InputFormat.JSON);
        assertThat(detect(utf8("\uFEFF\n  <!DOCTYPE html><html>"), "page")).isEqualTo(InputFormat.HTML);
        assertThat(detect(utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE html><html xmlns=\"x\">"), "p"))
                .isEqualTo(InputFormat.HTML);
        assertThat(detect(utf8("just text"), "archive.zip")).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void anEmailIsRecognisedByItsHeaderSectionButNotLogsThatLookAlike() {
        byte[] mail = Mails.message()
                .from("a@bank.example")
                .subject("hi")
                .text("body\n")
                .bytes();
        assertThat(detect(mail, "message")).isEqualTo(InputFormat.EMAIL);
        assertThat(detect(utf8("Date: Mon, 1 Jan 2024\nServer: nginx\n\n<html>"), "response.txt"))
                .isEqualTo(InputFormat.TEXT);
        assertThat(detect(utf8("From: a@b.example\nSubject: x\nline without a colon\n"), "n"))
                .isEqualTo(InputFormat.TEXT);
        assertThat(detect(utf8("HTTP/1.1 200 OK\nDate: x\nFrom: y\n\n"), "dump"))
                .isEqualTo(InputFormat.TEXT);
    }

    @Test
    void compressionIsRecognisedByItsStreamHeader() {
        byte[] text = utf8("hello\n");
        assertThat(Compression.of(Archives.gzip(text), 10)).isEqualTo(Compression.GZIP);
        assertThat(Compression.of(Archives.bzip2(text), 10)).isEqualTo(Compression.BZIP2);
        assertThat(Compression.of(Archives.xz(text), 10)).isEqualTo(Compression.XZ);
        assertThat(Compression.of(Archives.zstd(text), 10)).isEqualTo(Compression.ZSTD);
        assertThat(Compression.of(utf8("BZh91AY is a word in this text"), 30)).isNull();
        assertThat(InputFormat.fromName("cards.csv.zst")).isEqualTo(InputFormat.CSV);
        assertThat(InputFormat.fromName("backup.tgz")).isEqualTo(InputFormat.TAR);
    }
}
