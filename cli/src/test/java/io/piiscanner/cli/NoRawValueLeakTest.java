package io.piiscanner.cli;

import static io.piiscanner.cli.Fixtures.write;
import static io.piiscanner.core.read.Archives.entries;
import static io.piiscanner.core.read.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.read.Archives;
import io.piiscanner.core.read.Documents;
import io.piiscanner.core.read.DrawnWorkbooks;
import io.piiscanner.core.read.Mails;
import io.piiscanner.core.read.OfficeMetadata;
import io.piiscanner.core.read.WordFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise that matters most: no raw value, in any spelling, reaches standard output, standard
 * error or an output file, whatever the input format (text, CSV, JSON, NDJSON, HTML, XML, compressed
 * streams, ZIP and TAR archives, archives in archives, email headers, bodies and attachments,
 * Parquet and Avro files, Excel workbooks (.xlsx and .xls), Word documents (.docx and .doc), PDFs;
 * in Office files, their properties, comments' authors and pictures' alternative text),
 * report format or command; nor through a name: a folder, file or archive member name, an
 * attachment's name, a CSV header, a JSON key, an XML element, a sheet's name or header, a
 * Parquet column's name (in a report and in a redacted copy), an argument quoted in an error.
 */
class NoRawValueLeakTest {

    private static final Map<String, String> KEY = Map.of(EngineOptions.HMAC_KEY_ENV, "leak-test-key");
    private static final List<String> PLANTED_TYPES =
            List.of("CREDIT_CARD", "US_SSN", "EMAIL_ADDRESS", "IBAN_CODE", "AWS_ACCESS_KEY", "PHONE_NUMBER");

    @TempDir
    Path dir;

    private final List<Path> inputs = new ArrayList<>();
    /** Inputs that are not text: read, but not redacted. */
    private final List<Path> structured = new ArrayList<>();
    /** A Parquet file, values in its column names too: read, and redacted into a Parquet copy. */
    private Path parquet;

    @BeforeEach
    void plantValues() {
        inputs.add(write(dir.resolve("in/record.txt"), Fixtures.TEXT));
        inputs.add(write(dir.resolve("in/customers.csv"), Fixtures.CSV));
        inputs.add(write(dir.resolve("in/customers.json"), Fixtures.JSON));
        inputs.add(write(dir.resolve("in/events.ndjson"), Fixtures.NDJSON));
        inputs.add(write(dir.resolve("in/record.txt.gz"), Fixtures.gzip(Fixtures.TEXT)));
        inputs.add(write(dir.resolve("in/record.txt.zst"), Archives.zstd(utf8(Fixtures.TEXT))));
        inputs.add(write(dir.resolve("in/page.html"), Fixtures.HTML));
        inputs.add(write(dir.resolve("in/feed.xml"), Fixtures.XML));
        structured.add(write(
                dir.resolve("in/export.zip"),
                Archives.zip(entries(
                        "2024/customers.csv",
                        Fixtures.CSV,
                        "exports/4111111111111111/536-90-4399.txt",
                        Fixtures.TEXT,
                        "inner/alice@example.com.zip",
                        Archives.zip(entries("GB82WEST12345698765432.json", Fixtures.JSON)),
                        "card-5555555555554444.png",
                        Fixtures.png()))));
        structured.add(write(
                dir.resolve("in/backup.tar.gz"),
                Archives.gzip(Archives.tar(entries(
                        "536-90-4399/events.ndjson",
                        Fixtures.NDJSON,
                        "record.txt.bz2",
                        Archives.bzip2(utf8(Fixtures.TEXT)))))));
        structured.add(write(
                dir.resolve("in/statement.eml"),
                Mails.message()
                        .from("billing@bank.example")
                        .to(Fixtures.EMAIL)
                        .subject("Card " + Fixtures.CARD_SPACED + " and SSN " + Fixtures.SSN)
                        .header("X-Account", Fixtures.IBAN)
                        .text(Fixtures.TEXT)
                        .html(Fixtures.HTML)
                        .attach("4111111111111111.csv", "text/csv", utf8(Fixtures.CSV))
                        .attach(
                                "alice@example.com.zip",
                                "application/zip",
                                Archives.zip(entries("record.txt", Fixtures.TEXT)))
                        .bytes()));
        Documents.Workbook customers = Documents.workbook()
                .sheet("Customers")
                .row("name", "card_number", "ssn", "email", "iban", "aws_access_key_id", "phone")
                .row(
                        "Jane Doe",
                        Long.parseLong(Fixtures.CARD),
                        Fixtures.SSN,
                        Fixtures.EMAIL,
                        Fixtures.IBAN,
                        Fixtures.AWS_KEY,
                        Fixtures.PHONE)
                .sheet("alice@example.com 536-90-4399")
                .row("4111111111111111", "note")
                .row(Fixtures.CARD_SPACED, Fixtures.TEXT);
        structured.add(write(dir.resolve("in/customers.xlsx"), customers.bytes()));
        structured.add(write(dir.resolve("in/customers.xls"), customers.xls()));
        structured.add(write(dir.resolve("in/record.docx"), Documents.document(Fixtures.TEXT, new String[][] {
            {"card_number", "5555555555554444"}, {Fixtures.CARD_DASHED, Fixtures.SSN}
        })));
        // The planted values in an .xlsx's cell comments, none in its cells.
        structured.add(write(
                dir.resolve("in/notes.xlsx"),
                Documents.workbook()
                        .sheet("Notes")
                        .row("Note")
                        .row("see comment")
                        .comment("A2", "Card number: " + Fixtures.CARD + " SSN: " + Fixtures.SSN)
                        .comment("A1", "Email: " + Fixtures.EMAIL + " IBAN: " + Fixtures.IBAN)
                        .sheet("More")
                        .comment("B3", "AWS access key id: " + Fixtures.AWS_KEY + "\nPhone: " + Fixtures.PHONE)
                        .bytes()));
        // The planted values drawn on an .xlsx's sheet: a text box, a shape, a picture's alternative text.
        structured.add(write(
                dir.resolve("in/drawn.xlsx"),
                DrawnWorkbooks.workbook(
                        "Notes",
                        new String[] {"Card number: " + Fixtures.CARD, "SSN: " + Fixtures.SSN},
                        "Email: " + Fixtures.EMAIL + " IBAN: " + Fixtures.IBAN,
                        "AWS access key id: " + Fixtures.AWS_KEY,
                        "Phone: " + Fixtures.PHONE)));
        // The planted values in a .docx's header, footer, footnote, comment and endnote, none in its body.
        structured.add(write(
                dir.resolve("in/letter.docx"),
                Documents.documentWithStories(
                        "Customer record",
                        "Card number: " + Fixtures.CARD + " Backup card: " + Fixtures.CARD_SPACED,
                        "SSN: " + Fixtures.SSN + " Email: " + Fixtures.EMAIL,
                        "IBAN: " + Fixtures.IBAN,
                        "AWS access key id: " + Fixtures.AWS_KEY,
                        new String[][] {{"card_number"}, {Fixtures.CARD_DASHED}},
                        "Phone: " + Fixtures.PHONE)));
        // The planted values in a .doc's body, table, header, footer, footnote and comment.
        structured.add(write(dir.resolve("in/record.doc"), WordFiles.fixture("record.doc")));
        // The planted values where Office files keep them outside their text: properties (a
        // custom property's name too), comments' authors, pictures' alternative text.
        OfficeMetadata.Properties planted = new OfficeMetadata.Properties(
                "Card number: " + Fixtures.CARD,
                "SSN: " + Fixtures.SSN,
                Fixtures.EMAIL,
                Fixtures.EMAIL,
                "AWS access key id: " + Fixtures.AWS_KEY,
                "IBAN: " + Fixtures.IBAN,
                null,
                null,
                "Phone: " + Fixtures.PHONE,
                OfficeMetadata.custom("4111111111111111", "card_number " + Fixtures.CARD_DASHED));
        Documents.Workbook note = Documents.workbook().sheet("Notes").row("Note");
        structured.add(write(
                dir.resolve("in/properties.docx"),
                OfficeMetadata.docx(Documents.document("Customer record"), planted)));
        structured.add(write(dir.resolve("in/properties.xlsx"), OfficeMetadata.xlsx(note.bytes(), planted)));
        structured.add(write(dir.resolve("in/properties.xls"), OfficeMetadata.ole2(note.xls(), planted)));
        structured.add(write(
                dir.resolve("in/properties.doc"), OfficeMetadata.ole2(WordFiles.fixture("statement.doc"), planted)));
        OfficeMetadata.Properties rest = OfficeMetadata.Properties.custom(OfficeMetadata.custom(
                "aws_access_key_id", Fixtures.AWS_KEY, "phone", Fixtures.PHONE, "iban", Fixtures.IBAN));
        structured.add(write(
                dir.resolve("in/pictures.docx"),
                OfficeMetadata.docx(
                        OfficeMetadata.documentWithPictures(
                                "Photos", "Card " + Fixtures.CARD_SPACED, Fixtures.EMAIL, "SSN " + Fixtures.SSN),
                        rest)));
        structured.add(write(
                dir.resolve("in/review.docx"),
                OfficeMetadata.withPeople(
                        OfficeMetadata.docx(
                                OfficeMetadata.commentedDocument(
                                        "Please review",
                                        "Card " + Fixtures.CARD,
                                        Fixtures.EMAIL,
                                        "SSN " + Fixtures.SSN),
                                rest),
                        "S::" + Fixtures.EMAIL + "::4f2a9c1e")));
        for (boolean xls : new boolean[] {false, true}) {
            byte[] authors = OfficeMetadata.commentedWorkbook(
                    xls, "Card " + Fixtures.CARD, Fixtures.EMAIL, "checked", "SSN " + Fixtures.SSN);
            structured.add(write(
                    dir.resolve(xls ? "in/authors.xls" : "in/authors.xlsx"),
                    xls ? OfficeMetadata.ole2(authors, rest) : OfficeMetadata.xlsx(authors, rest)));
        }
        structured.add(write(
                dir.resolve("in/statement.pdf"),
                Documents.pdf(List.of("Statement", "Summary", Fixtures.TEXT.strip()))));
        structured.add(write(dir.resolve("in/customers.avro"), Fixtures.avro()));
        parquet = write(dir.resolve("in/customers.parquet"), Fixtures.parquet());
    }

    /** Values planted in names, and their digits. */
    private static final List<String> IN_NAMES = List.of(
            "4111111111111111",
            "5555555555554444",
            "536-90-4399",
            "536904399",
            "GB82WEST12345698765432",
            "alice@example.com");

    private static void assertNoRawValue(String where, String text) {
        for (String raw : Fixtures.FORBIDDEN) {
            assertThat(text).as("%s must not contain %s", where, raw).doesNotContain(raw);
        }
        for (String raw : IN_NAMES) {
            assertThat(text).as("%s must not contain %s", where, raw).doesNotContain(raw);
        }
    }

    private static void assertNoRawValue(String where, Cli.Result result) {
        assertNoRawValue(where + " stdout", result.out());
        assertNoRawValue(where + " stderr", result.err());
    }

    @Test
    void everyPlantedTypeIsFoundInEveryInputFormat() {
        for (Path input : inputs.subList(0, 2)) {
            Cli.Result result = Cli.run("scan", "--format", "json", input.toString());
            for (String type : PLANTED_TYPES) {
                assertThat(result.out())
                        .as("%s in %s", type, input.getFileName())
                        .contains("\"" + type + "\"");
            }
        }
        for (Path input : inputs) {
            assertThat(Cli.run("scan", input.toString()).exit())
                    .as(input.getFileName().toString())
                    .isEqualTo(ExitStatus.FINDINGS);
        }
    }

    @Test
    void scanReportsInEveryFormatHoldNoRawValue() throws IOException {
        for (String format : List.of("jsonl", "table", "sarif", "json", "html")) {
            Cli.Result toStdout =
                    Cli.run(KEY, "scan", "--format", format, dir.resolve("in").toString());
            assertThat(toStdout.exit()).isEqualTo(ExitStatus.FINDINGS);
            assertNoRawValue(format, toStdout);

            Path report = dir.resolve("report." + format);
            Cli.Result toFile = Cli.run(
                    KEY,
                    "scan",
                    "--format",
                    format,
                    "-o",
                    report.toString(),
                    dir.resolve("in").toString());
            assertNoRawValue(format + " -o", toFile);
            assertNoRawValue(format + " report file", Files.readString(report));
        }
        Cli.Result stdin =
                Cli.withStdin(Fixtures.TEXT.getBytes(StandardCharsets.UTF_8), "scan", "--format", "table", "-");
        assertNoRawValue("stdin", stdin);
    }

    @Test
    void everyPlantedTypeIsFoundInEveryStructuredFormat() {
        List<Path> all = new ArrayList<>(structured);
        all.add(parquet);
        for (Path input : all) {
            Cli.Result result = Cli.run("scan", "--format", "json", input.toString());
            for (String type : PLANTED_TYPES) {
                assertThat(result.out())
                        .as("%s in %s", type, input.getFileName())
                        .contains("\"" + type + "\"");
            }
            assertNoRawValue("scan " + input.getFileName(), result);
        }
    }

    @Test
    void refusingToRedactAStructuredInputShowsNoRawValue() {
        for (Path input : structured) {
            Cli.Result result = Cli.run(
                    KEY, "redact", input.toString(), "-o", dir.resolve("out").toString());
            assertThat(result.exit()).isEqualTo(ExitStatus.ERROR);
            assertNoRawValue("redact " + input.getFileName(), result);
        }
    }

    @Test
    void redactedCopiesHoldNoRawValue() throws IOException {
        for (Path input : inputs) {
            String name = input.getFileName().toString();
            Cli.Result toStdout = Cli.run(KEY, "redact", input.toString());
            assertThat(toStdout.exit()).isEqualTo(ExitStatus.CLEAN);
            assertNoRawValue("redact " + name, toStdout);

            Path out = dir.resolve("redacted-" + name);
            Cli.Result toFile = Cli.run(KEY, "redact", input.toString(), "-o", out.toString());
            assertThat(toFile.exit()).isEqualTo(ExitStatus.CLEAN);
            assertNoRawValue("redact -o " + name, toFile);
            byte[] bytes = Files.readAllBytes(out);
            if (name.endsWith(".gz")) {
                bytes = new GZIPInputStream(Files.newInputStream(out)).readAllBytes();
            }
            assertNoRawValue("redacted " + name, new String(bytes, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aRedactedParquetCopyHoldsNoRawValueAndScansClean() throws IOException {
        Cli.Result scan = Cli.run("scan", "--format", "json", parquet.toString());
        // The values of the footer's metadata are found there, in a value and in a key.
        assertThat(scan.out()).contains("\"part\":\"metadata\"").contains("\"part\":\"metadata key\"");
        assertNoRawValue("scan " + parquet.getFileName(), scan);
        Path out = dir.resolve("redacted.parquet");
        Cli.Result result = Cli.run(KEY, "redact", parquet.toString(), "-o", out.toString());
        assertThat(result.exit()).as(result.err()).isEqualTo(ExitStatus.CLEAN);
        assertNoRawValue("redact " + parquet.getFileName(), result);
        String copy = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
        // The names are in the copy's footer, masked, or the search above proves nothing for them.
        assertThat(copy).contains("card_************1111").contains("a****@*******.com");
        assertNoRawValue("redacted copy", copy);
        Cli.Result again = Cli.run("scan", out.toString());
        assertThat(again.exit()).as(again.out()).isEqualTo(ExitStatus.CLEAN);
    }

    /** Files whose folder names, file names, CSV first rows and JSON keys hold values. */
    private Path plantNames() throws IOException {
        Path names = dir.resolve("names");
        write(
                names.resolve("exports/536-90-4399/4111111111111111.csv"),
                "alice@example.com,5555555555554444,536-90-4399\nbob@example.org,4111111111111111,536-90-4399\n");
        write(
                names.resolve("GB82WEST12345698765432/keys.json"),
                "{\"536-90-4399\": {\"GB82WEST12345698765432\": \"x 5555555555554444\"},"
                        + " \"people\": [{\"alice@example.com\": {\"card\": \"4111111111111111\"}}]}");
        write(names.resolve("alice@example.com.ndjson"), "{\"4111111111111111\": \"bob@example.org\"}\n");
        write(names.resolve("card-4111111111111111.tsv"), "id\tcard-5555555555554444\n7\tbob@example.org\n");
        write(
                names.resolve("feed.xml"),
                "<feed><card-4111111111111111 ssn-536-90-4399=\"x 536-90-4399\">"
                        + "5555555555554444</card-4111111111111111></feed>\n");
        write(names.resolve("536-90-4399.png"), Fixtures.png());
        Files.createSymbolicLink(names.resolve("broken-5555555555554444.csv"), names.resolve("gone"));
        return names;
    }

    @Test
    void namesThatHoldValuesAreMaskedInEveryFormatAndMessage() throws IOException {
        Path names = plantNames();
        for (String format : List.of("jsonl", "table", "sarif", "json", "html")) {
            Cli.Result toStdout = Cli.run(KEY, "scan", "--format", format, names.toString());
            assertThat(toStdout.exit()).isEqualTo(ExitStatus.FINDINGS);
            // The test must see the names, masked, or it proves nothing.
            assertThat(toStdout.out()).as(format).contains("***-**-4399").contains("************1111");
            assertThat(toStdout.err()).as(format).contains("***-**-4399.png").contains("broken-************4444.csv");
            assertNoRawValue(format + " names", toStdout);

            Path report = dir.resolve("names-report." + format);
            Cli.Result toFile = Cli.run(KEY, "scan", "--format", format, "-o", report.toString(), names.toString());
            assertNoRawValue(format + " names -o", toFile);
            assertNoRawValue(format + " names report file", Files.readString(report));
        }
        assertNoRawValue("names on a terminal", Cli.onTerminal("scan", names.toString()));
        assertNoRawValue("names, one thread", Cli.run("scan", "--threads", "1", names.toString()));
    }

    @Test
    void aHeaderlessExportIsReportedRowOneIncludedWithColumnsByPosition() throws IOException {
        Path csv = plantNames().resolve("exports/536-90-4399/4111111111111111.csv");
        Cli.Result result = Cli.run("scan", "--format", "jsonl", csv.toString());
        assertThat(result.outLines())
                .hasSize(6)
                .allSatisfy(line -> assertThat(line).contains("\"field\":\"column "));
        assertThat(result.out()).contains("\"line\":1,");
        assertNoRawValue("headerless", result);
    }

    @Test
    void redactingInputsNamedAfterValuesShowsNoRawValue() throws IOException {
        Path names = plantNames();
        for (String input : List.of(
                "exports/536-90-4399/4111111111111111.csv",
                "GB82WEST12345698765432/keys.json",
                "alice@example.com.ndjson")) {
            Path in = names.resolve(input);
            Cli.Result toStdout = Cli.run(KEY, "redact", in.toString());
            assertThat(toStdout.exit()).as(input).isEqualTo(ExitStatus.CLEAN);
            assertThat(toStdout.err()).as(input).startsWith("Redacted ");
            assertNoRawValue("redact " + input, toStdout);

            Path out = dir.resolve("redacted/4111111111111111-" + in.getFileName());
            Files.createDirectories(out.getParent());
            Cli.Result toFile = Cli.run(KEY, "redact", in.toString(), "-o", out.toString());
            assertNoRawValue("redact -o " + input, toFile);
            assertNoRawValue("redacted " + input, Files.readString(out));
        }
    }

    @Test
    void errorMessagesQuoteNamesMasked() throws IOException {
        Path names = plantNames();
        List<Cli.Result> errors = List.of(
                Cli.run("scan", names.resolve("missing-4111111111111111.csv").toString()),
                Cli.run("redact", names.resolve("536-90-4399.png").toString()),
                Cli.run("redact", names.resolve("GB82WEST12345698765432").toString()),
                Cli.run(
                        "redact", names.resolve("alice@example.com.ndjson").toString(),
                        "-o", names.resolve("exports/536-90-4399").toString()),
                Cli.run("scan", "--format", "5555555555554444", names.toString()),
                Cli.run("scan", "--config", names.resolve("536-90-4399.yaml").toString(), names.toString()));
        for (Cli.Result error : errors) {
            assertThat(error.exit()).isEqualTo(ExitStatus.ERROR);
            assertThat(error.err()).startsWith("pii-scanner: ").contains("*");
            assertNoRawValue("error", error);
        }
    }
}
