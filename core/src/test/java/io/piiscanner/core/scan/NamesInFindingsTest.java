package io.piiscanner.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.format.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finding names its input and its field; both names may hold personal data (a headerless
 * export's first record, a JSON key, a file named after a card), which is reported masked.
 */
class NamesInFindingsTest {

    private static final Engine ENGINE = Engine.withDefaults();
    private static final List<String> RAW = List.of(
            "4111111111111111",
            "5555555555554444",
            "536-90-4399",
            "536904399",
            "GB82WEST12345698765432",
            "alice@example.com",
            "bob@example.com");

    private final List<Finding> findings = new ArrayList<>();

    private ScanOutcome scan(String path, InputFormat format, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return ENGINE.scan(new InputSource(path, () -> new ByteArrayInputStream(bytes), format), findings::add);
    }

    private List<String> fields() {
        return findings.stream().map(Finding::field).toList();
    }

    private void assertNoRawValueInANameOf(ScanOutcome outcome) {
        for (String raw : RAW) {
            assertThat(outcome.path()).doesNotContain(raw);
            for (Finding f : findings) {
                assertThat(f.path()).doesNotContain(raw);
                assertThat(f.field()).doesNotContain(raw);
            }
        }
    }

    @Test
    void aHeaderlessCsvExportHasItsFirstRowScannedAndColumnsNamedByPosition() throws IOException {
        ScanOutcome outcome = scan(
                "n.csv",
                InputFormat.CSV,
                "alice@example.com,4111111111111111,536-90-4399\n" + "bob@example.com,5555555555554444,536-90-4399\n");
        assertThat(findings)
                .extracting(Finding::type)
                .containsExactly("EMAIL_ADDRESS", "CREDIT_CARD", "US_SSN", "EMAIL_ADDRESS", "CREDIT_CARD", "US_SSN");
        assertThat(fields()).containsExactly("column 1", "column 2", "column 3", "column 1", "column 2", "column 3");
        assertNoRawValueInANameOf(outcome);
    }

    @Test
    void aHeaderlessTsvExportToo() throws IOException {
        scan("n.tsv", InputFormat.TSV, "id-7\t4111111111111111\n8\t5555555555554444\n");
        assertThat(fields()).containsExactly("column 2", "column 2");
    }

    @Test
    void aRealHeaderStaysAHeaderAndStillGivesContext() throws IOException {
        scan("c.csv", InputFormat.CSV, "name,email,card_number,ssn\nJane,bob@example.com,4111111111111111,536904399\n");
        assertThat(fields()).containsExactly("email", "card_number", "ssn");
        assertThat(findings.get(2).type())
                .as("nine bare digits need the column's context")
                .isEqualTo("US_SSN");
    }

    @Test
    void aHeaderWithANumberThatIsNoValueStaysAHeader() throws IOException {
        scan("y.csv", InputFormat.CSV, "region,2024,2025\nnorth,bob@example.com,4111111111111111\n");
        assertThat(fields()).containsExactly("2024", "2025");
    }

    @Test
    void aFirstRowWhoseCellHoldsAValueAsANameIsData() throws IOException {
        // The engine reports no value in "card-4111..." (a dash joins it to a word), but as a
        // column name it holds one: the row is no header, and the name is never shown.
        ScanOutcome outcome = scan("h.csv", InputFormat.CSV, "id,card-4111111111111111\n1,5555555555554444\n");
        assertThat(fields()).containsExactly("column 2");
        assertNoRawValueInANameOf(outcome);
    }

    @Test
    void aHeaderCellCutAtTheLimitShowsNoPartOfAValue() throws IOException {
        // Cut after "card-411111": too short to be found, too much of a card to show.
        String cell = "note ".repeat(49) + "card-4111111111111111";
        scan("long.csv", InputFormat.CSV, "id," + cell + "\n1,5555555555554444\n");
        assertThat(fields())
                .singleElement()
                .satisfies(field -> assertThat(field).isEqualTo("note ".repeat(49) + "card-..."));
    }

    @Test
    void jsonKeysThatHoldValuesAreMaskedInThePath() throws IOException {
        ScanOutcome outcome = scan(
                "k.json",
                InputFormat.JSON,
                "{\"536-90-4399\":{\"GB82WEST12345698765432\":\"x 5555555555554444\"},"
                        + "\"people\":[{\"alice@example.com\":{\"card\":\"4111111111111111\"}}]}");
        assertThat(findings)
                .filteredOn(f -> f.type().equals("CREDIT_CARD"))
                .extracting(Finding::field)
                .containsExactly("$['***-**-4399']['GB****************5432']", "$.people[0]['a****@*******.com'].card");
        assertNoRawValueInANameOf(outcome);
    }

    @Test
    void ndjsonKeysToo() throws IOException {
        ScanOutcome outcome = scan("k.ndjson", InputFormat.NDJSON, "{\"4111111111111111\": \"bob@example.com\"}\n");
        assertThat(fields()).contains("$['************1111']");
        assertNoRawValueInANameOf(outcome);
    }

    @Test
    void aJsonKeyCutAtTheLimitShowsNoPartOfAValue() throws IOException {
        String key = "k".repeat(190) + "_4111111111111111";
        scan("cut.json", InputFormat.JSON, "{\"" + key + "\": \"bob@example.com\"}");
        assertThat(fields())
                .singleElement()
                .satisfies(field -> assertThat(field).isEqualTo("$['" + "k".repeat(190) + "_...']"));
    }

    @Test
    void theInputsNameIsMaskedInFindingsAndOutcome() throws IOException {
        ScanOutcome outcome =
                scan("exports/536-90-4399/4111111111111111.txt", InputFormat.TEXT, "mail bob@example.com\n");
        assertThat(outcome.path()).isEqualTo("exports/***-**-4399/************1111.txt");
        assertThat(findings).singleElement().extracting(Finding::path).isEqualTo(outcome.path());
    }
}
