package io.piiscanner.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.core.format.InputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparseCorpusTest {

    private static List<Document> corpus;

    @BeforeAll
    static void generate() {
        corpus = new SparseCorpus(42L).generate(2_000_000);
    }

    @Test
    void sameSeedGivesSameBytes() {
        // Few instances: each one draws its datafaker vocabulary, which takes most of a second.
        SparseCorpus a = new SparseCorpus(7);
        SparseCorpus b = new SparseCorpus(7);
        for (SparseCorpus.Kind kind : SparseCorpus.Kind.values()) {
            Document x = a.document(kind, "x", 50_000);
            Document y = b.document(kind, "x", 50_000);
            assertThat(x.content()).as(kind.name()).isEqualTo(y.content());
            assertThat(x.planted()).isEqualTo(y.planted());
        }
        assertThat(new SparseCorpus(8)
                        .document(SparseCorpus.Kind.APP_LOG, "x", 50_000)
                        .content())
                .isNotEqualTo(new SparseCorpus(7)
                        .document(SparseCorpus.Kind.APP_LOG, "x", 50_000)
                        .content());
    }

    @Test
    void hasEveryKindAndTheRequestedSize() {
        long bytes = corpus.stream().mapToLong(d -> d.content().length).sum();
        assertThat(bytes).isBetween(2_000_000L, 2_100_000L);
        assertThat(corpus.stream()
                        .map(Document::name)
                        .map(n -> n.substring(n.indexOf('-') + 1))
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("app.log", "events.ndjson", "orders.csv", "notes.txt");
    }

    @Test
    void personalDataIsSparseAndDecoysAreCommon() {
        long bytes = corpus.stream().mapToLong(d -> d.content().length).sum();
        long planted = corpus.stream().mapToLong(d -> d.planted().size()).sum();
        long hardDecoys = corpus.stream()
                .flatMap(d -> d.decoys().stream())
                .filter(d -> d.kind() != DecoyKind.TIMESTAMP
                        && d.kind() != DecoyKind.UUID
                        && d.kind() != DecoyKind.PRICE
                        && d.kind() != DecoyKind.ORDER_ID
                        && d.kind() != DecoyKind.EPOCH)
                .count();
        // One value per 2-10 KB (6 KB on average), a few sentences holding two.
        assertThat((double) bytes / planted).isBetween(4_500.0, 8_000.0);
        assertThat(hardDecoys).isGreaterThan(planted);
        assertThat(corpus.stream()
                        .flatMap(d -> d.planted().stream())
                        .map(Planted::type)
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void spansAreTheBytesOfTheirText() {
        for (Document doc : corpus) {
            for (Planted p : doc.planted()) {
                assertThat(new String(
                                doc.content(), (int) p.start(), (int) (p.end() - p.start()), StandardCharsets.UTF_8))
                        .isEqualTo(p.text());
            }
            for (Decoy d : doc.decoys()) {
                assertThat(new String(
                                doc.content(), (int) d.start(), (int) (d.end() - d.start()), StandardCharsets.UTF_8))
                        .isEqualTo(d.text());
            }
        }
    }

    @Test
    void structuredDocumentsParse() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (Document doc : corpus) {
            if (doc.format() == InputFormat.NDJSON) {
                for (String line : new String(doc.content(), StandardCharsets.UTF_8).split("\n")) {
                    assertThat(json.readTree(line).get("event").isTextual())
                            .as(line)
                            .isTrue();
                }
            } else if (doc.format() == InputFormat.CSV) {
                List<List<CsvRecords.Field>> records = CsvRecords.parse(doc.content(), (byte) ',');
                assertThat(records).as(doc.name()).allSatisfy(r -> assertThat(r).hasSize(10));
            }
        }
    }

    @Test
    void writeToKeepsTheGroundTruthOutOfTheDataFolder(@TempDir Path dir) throws IOException {
        new SparseCorpus(3).writeTo(dir, 300_000);
        List<Document> expected = new SparseCorpus(3).generate(300_000);
        try (Stream<Path> files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .isEqualTo(expected.stream().map(Document::name).sorted().toList());
        }
        assertThat(Files.readAllLines(dir.resolve("ground-truth.jsonl")))
                .hasSize(expected.stream().mapToInt(d -> d.planted().size()).sum());
        assertThat(dir.resolve("decoys.jsonl")).exists();
    }
}
