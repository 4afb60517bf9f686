package io.piiscanner.cli;

import static io.piiscanner.core.read.Archives.entries;
import static io.piiscanner.core.read.Archives.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.core.read.Archives;
import io.piiscanner.core.read.Mails;
import io.piiscanner.core.read.WordFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives, emails, Word 97-2003 documents and markup in every report format, {@code --input-format} for them, and redact refusing what is not text. */
class StructuredInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CARDS = "id,card_number\n1,4111111111111112\n2," + Fixtures.CARD + "\n";

    @TempDir
    Path dir;

    private Path export() throws IOException {
        Path zip = dir.resolve("export.zip");
        Files.write(zip, Archives.zip(entries("2024/cards.csv", CARDS, "logo.png", Fixtures.png())));
        return zip;
    }

    private Path mail() throws IOException {
        Path eml = dir.resolve("statement.eml");
        Files.write(
                eml,
                Mails.message()
                        .from("billing@bank.example")
                        .subject("Card " + Fixtures.CARD_SPACED)
                        .text("Thanks.\n")
                        .bytes());
        return eml;
    }

    @Test
    void jsonlGivesEachFindingItsLocation() throws IOException {
        Cli.Result result = Cli.run("scan", "--format", "jsonl", export().toString(), mail().toString());
        assertThat(result.exit()).isEqualTo(ExitStatus.FINDINGS);
        JsonNode card = JSON.readTree(result.outLines().get(0));
        assertThat(card.get("path").asText()).endsWith("export.zip");
        assertThat(card.get("location").toString()).isEqualTo("{\"entry\":\"2024/cards.csv\"}");
        assertThat(card.get("line").asLong()).isEqualTo(3);
        assertThat(card.get("column").asLong()).isEqualTo(3);
        assertThat(card.get("field").asText()).isEqualTo("card_number");
        JsonNode subject = JSON.readTree(result.outLines().get(2));
        assertThat(subject.get("field").asText()).isEqualTo("Subject");
        assertThat(subject.get("location").toString()).isEqualTo("{\"part\":\"headers\"}");
        assertThat(result.err()).contains("export.zip!/logo.png: binary file (PNG image)");
    }

    @Test
    void theTableShowsTheMemberAndThePiece() throws IOException {
        Cli.Result result = Cli.run("scan", "--format", "table", export().toString(), mail().toString());
        assertThat(result.out())
                .contains(dir.resolve("export.zip") + "!/2024/cards.csv:3:3 ")
                .contains(dir.resolve("statement.eml") + " (headers):1:6 ");
    }

    @Test
    void sarifPutsMembersAndPiecesInLogicalLocations() throws IOException {
        Cli.Result result = Cli.run("scan", "--format", "sarif", export().toString());
        JsonNode run = JSON.readTree(result.out()).get("runs").get(0);
        JsonNode location = run.get("results").get(0).get("locations").get(0);
        assertThat(location.get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asText())
                .endsWith("export.zip");
        assertThat(location.get("physicalLocation").has("region")).isFalse();
        assertThat(location.get("logicalLocations")
                        .get(0)
                        .get("fullyQualifiedName")
                        .asText())
                .endsWith("export.zip!/2024/cards.csv:3:3");
        assertThat(location.get("logicalLocations").get(0).get("kind").asText()).isEqualTo("resource");
        assertThat(run.get("results")
                        .get(0)
                        .get("properties")
                        .get("location")
                        .get("entry")
                        .asText())
                .isEqualTo("2024/cards.csv");
        assertThat(run.get("invocations")
                        .get(0)
                        .get("toolExecutionNotifications")
                        .get(0)
                        .get("message")
                        .get("text")
                        .asText())
                .isEqualTo("skipped: binary file (PNG image)");
    }

    @Test
    void jsonListsSkippedMembersWithTheirFile() throws IOException {
        Cli.Result result = Cli.run("scan", "--format", "json", export().toString());
        JsonNode file = JSON.readTree(result.out()).get("files").get(0);
        assertThat(file.get("skippedEntries").toString())
                .isEqualTo("[{\"entry\":\"logo.png\",\"reason\":\"binary file (PNG image)\"}]");
        assertThat(JSON.readTree(result.out())
                        .get("findings")
                        .get(0)
                        .get("location")
                        .get("entry")
                        .asText())
                .isEqualTo("2024/cards.csv");
    }

    @Test
    void aWord97DocumentIsReadInEveryStory() throws IOException {
        Path doc = dir.resolve("statement.doc");
        Files.write(doc, WordFiles.fixture("statement.doc"));
        Cli.Result table = Cli.run("scan", "--format", "table", doc.toString());
        assertThat(table.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(table.out())
                .contains(doc + " (paragraph 2):1:11 ")
                .contains(doc + " (header paragraph 1):1:30 ")
                .contains(doc + " (comment paragraph 1):1:16 ");
        Cli.Result jsonl = Cli.run("scan", "--format", "jsonl", doc.toString());
        assertThat(jsonl.outLines()).hasSize(11);
        assertThat(JSON.readTree(jsonl.outLines().get(5)).get("location").toString())
                .isEqualTo("{\"part\":\"footnote paragraph 1\"}");
    }

    @Test
    void inputFormatReadsAnArchiveOrMarkupWhateverItsName() throws IOException {
        Path tar = dir.resolve("backup.bin");
        Files.write(tar, Archives.gzip(Archives.tar(entries("cards.csv", CARDS))));
        assertThat(Cli.run("scan", "--format", "jsonl", "--input-format", "tar", tar.toString())
                        .out())
                .contains("\"location\":{\"entry\":\"cards.csv\"}");
        Path xml = dir.resolve("feed.dat");
        Files.writeString(xml, "<feed><card>" + Fixtures.CARD + "</card></feed>");
        assertThat(Cli.run("scan", "--format", "jsonl", "--input-format", "xml", xml.toString())
                        .out())
                .contains("\"field\":\"/feed/card\"");
        assertThat(Cli.run("scan", "--input-format", "xls", xml.toString()).err())
                .contains(
                        "unknown input format 'xls' (expected text, csv, tsv, json, ndjson, xml, html, email, zip, tar, "
                                + "parquet, avro, xlsx, docx, pdf)");
    }

    @Test
    void standardInputIsRecognisedByContent() {
        Cli.Result result = Cli.withStdin(Archives.zip(entries("cards.csv", CARDS)), "scan", "--format", "jsonl", "-");
        assertThat(result.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(result.out()).contains("\"path\":\"-\"").contains("\"entry\":\"cards.csv\"");
    }

    @Test
    void redactRefusesWhatIsNotTextAndWritesNothing() throws IOException {
        Path zip = export();
        Path out = dir.resolve("redacted.zip");
        Cli.Result result = Cli.run("redact", zip.toString(), "-o", out.toString());
        assertThat(result.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(result.err())
                .isEqualTo("pii-scanner: cannot redact " + zip
                        + ": a ZIP archive; only text formats and Parquet files can be redacted yet\n");
        assertThat(out).doesNotExist();
        Cli.Result toStdout = Cli.run("redact", mail().toString());
        assertThat(toStdout.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(toStdout.out()).isEmpty();
        assertThat(toStdout.err()).endsWith(": an email; only text formats and Parquet files can be redacted yet\n");
    }

    @Test
    void redactKeepsMarkupAndCompressedTextWorking() throws IOException {
        Path html = dir.resolve("page.html");
        Files.writeString(html, "<p data-card=\"" + Fixtures.CARD + "\">card " + Fixtures.CARD_SPACED + "</p>\n");
        Cli.Result result = Cli.run("redact", html.toString());
        assertThat(result.exit()).isEqualTo(ExitStatus.CLEAN);
        assertThat(result.out()).isEqualTo("<p data-card=\"************1111\">card **** **** **** 1111</p>\n");
        Path xz = dir.resolve("notes.txt.xz");
        Files.write(xz, Archives.xz(utf8("card " + Fixtures.CARD + "\n")));
        assertThat(Cli.run("redact", xz.toString()).out()).isEqualTo("card ************1111\n");
    }
}
