package io.piiscanner.cli;

import static io.piiscanner.cli.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void csvKeepsItsRowsAndColumns() {
        Path in = write(dir.resolve("customers.csv"), Fixtures.CSV);
        Path out = dir.resolve("customers.redacted.csv");

        Cli.Result result = Cli.run("redact", in.toString(), "-o", out.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.CLEAN);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("Redacted ").contains("CREDIT_CARD");
        List<List<String>> before = CsvRows.parse(Fixtures.CSV, ',');
        List<List<String>> after = CsvRows.parse(Fixtures.read(out), ',');
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).hasSameSizeAs(before.get(i));
            assertThat(after.get(i).get(0))
                    .as("names are not personal data here")
                    .isEqualTo(before.get(i).get(0));
        }
        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertThat(after.get(1).get(1)).contains("*").endsWith("1111");
        assertThat(Fixtures.list(dir)).containsExactly("customers.csv", "customers.redacted.csv");
    }

    @Test
    void tsvKeepsItsColumns() {
        String tsv = Fixtures.CSV
                .replace("\"Roe, John\"", "Roe John")
                .replace("\"", "")
                .replace(',', '\t');
        Path in = write(dir.resolve("customers.tsv"), tsv);

        Cli.Result result = Cli.run("redact", in.toString());

        List<List<String>> rows = CsvRows.parse(result.out(), '\t');
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(7));
        assertThat(result.out()).doesNotContain(Fixtures.CARD);
    }

    @Test
    void jsonStaysJsonWithTheSameKeys() throws IOException {
        Path in = write(dir.resolve("customers.json"), Fixtures.JSON);
        Path out = dir.resolve("out.json");

        Cli.Result result = Cli.run("redact", in.toString(), "-o", out.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.CLEAN);
        JsonNode before = JSON.readTree(Fixtures.JSON);
        JsonNode after = JSON.readTree(out.toFile());
        assertThat(after.get("customers")).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(fieldNames(after.get("customers").get(i)))
                    .isEqualTo(fieldNames(before.get("customers").get(i)));
        }
        JsonNode bareNumber = after.get("customers").get(1).get("card_number");
        assertThat(bareNumber.isTextual())
                .as("a masked JSON number becomes a string")
                .isTrue();
        assertThat(bareNumber.asText()).contains("*");
        assertThat(after.get("customers").get(0).get("name").asText()).isEqualTo("Jane Doe");
    }

    @Test
    void ndjsonKeepsOneDocumentPerLine() throws IOException {
        Path in = write(dir.resolve("events.ndjson"), Fixtures.NDJSON);

        Cli.Result result = Cli.run("redact", in.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.CLEAN);
        assertThat(result.outLines()).hasSize(2);
        for (String line : result.outLines()) {
            assertThat(JSON.readTree(line).isObject()).isTrue();
        }
    }

    @Test
    void readsStandardInputInTheGivenFormat() throws IOException {
        Cli.Result result =
                Cli.withStdin(Fixtures.JSON.getBytes(StandardCharsets.UTF_8), "redact", "--input-format", "json", "-");

        assertThat(result.exit()).isEqualTo(ExitStatus.CLEAN);
        assertThat(JSON.readTree(result.out())
                        .get("customers")
                        .get(1)
                        .get("card_number")
                        .isTextual())
                .isTrue();
        assertThat(result.err()).contains("standard input");
    }

    @Test
    void writesGzipInputDecompressedUnlessTheOutputEndsInGz() throws IOException {
        Path in = write(dir.resolve("export.csv.gz"), Fixtures.gzip(Fixtures.CSV));
        Path plain = dir.resolve("plain.csv");
        Path packed = dir.resolve("packed.csv.gz");

        assertThat(Cli.run("redact", in.toString(), "-o", plain.toString()).exit())
                .isEqualTo(ExitStatus.CLEAN);
        assertThat(Cli.run("redact", in.toString(), "-o", packed.toString()).exit())
                .isEqualTo(ExitStatus.CLEAN);

        String decompressed;
        try (InputStream gz = new GZIPInputStream(Files.newInputStream(packed))) {
            decompressed = new String(gz.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Fixtures.read(plain))
                .isEqualTo(decompressed)
                .doesNotContain(Fixtures.CARD)
                .startsWith("name,card_number,");
    }

    @Test
    void redactsInPlaceWhenTheOutputIsTheInput() {
        Path file = write(dir.resolve("customers.csv"), Fixtures.CSV);

        Cli.Result result = Cli.run("redact", file.toString(), "-o", file.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.CLEAN);
        assertThat(Fixtures.read(file))
                .doesNotContain(Fixtures.CARD, Fixtures.EMAIL)
                .startsWith("name,");
        assertThat(Fixtures.list(dir)).containsExactly("customers.csv");
    }

    @Test
    void copiesCleanInputUnchanged() {
        Path clean = write(dir.resolve("clean.txt"), "nothing here\n");

        Cli.Result result = Cli.run("redact", clean.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.CLEAN);
        assertThat(result.out()).isEqualTo("nothing here\n");
        assertThat(result.err()).startsWith("Redacted 0 findings");
    }

    @Test
    void binaryInputFailsAndLeavesNoOutput() {
        Path in = write(dir.resolve("logo.png"), Fixtures.png());
        Path out = dir.resolve("logo.redacted.png");

        Cli.Result result = Cli.run("redact", in.toString(), "-o", out.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(result.err()).isEqualTo("pii-scanner: cannot redact " + in + ": binary file (PNG image)\n");
        assertThat(Fixtures.list(dir)).containsExactly("logo.png");
    }

    @Test
    void failedRedactionKeepsAnExistingOutputAsItWas() {
        Path in = write(
                dir.resolve("bomb.txt.gz"),
                Fixtures.gzip("Card number: " + Fixtures.CARD + "\n" + "x".repeat(300_000)));
        Path out = write(dir.resolve("previous.txt"), "previous content\n");

        Cli.Result result = Cli.run("redact", "--max-decompressed-bytes", "100K", in.toString(), "-o", out.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(result.err()).startsWith("pii-scanner: cannot redact ").contains("decompression bomb guard");
        assertThat(Fixtures.read(out)).isEqualTo("previous content\n");
        assertThat(Fixtures.list(dir)).containsExactly("bomb.txt.gz", "previous.txt");
    }

    @Test
    void quietPrintsNoSummary() {
        Path in = write(dir.resolve("a.txt"), Fixtures.TEXT);

        Cli.Result result = Cli.run("redact", "--quiet", in.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.CLEAN);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void onlyTheSelectedTypesAreMasked() {
        Path in = write(dir.resolve("a.txt"), Fixtures.TEXT);

        Cli.Result result = Cli.run("redact", "--types", "EMAIL_ADDRESS", in.toString());

        assertThat(result.out()).doesNotContain(Fixtures.EMAIL).contains(Fixtures.CARD);
    }
}
