package io.piiscanner.core.scan;

import static io.piiscanner.core.scan.TestDetectors.engine;
import static io.piiscanner.core.scan.TestDetectors.scan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.format.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldsAndRedactionTest {

    private final Engine tokens = engine(TestDetectors.token(0.9, ContextRule.NONE));

    @Test
    void csvFindingsCarryTheColumnNameThroughQuotedFieldsAndEmbeddedNewlines() throws IOException {
        String csv = "id,\"full, name\",note,token\n"
                + "1,\"Doe, \"\"Jane\"\"\",\"line one\nline two, TOKEN-000001\",TOKEN-000002\n"
                + "2,x,,TOKEN-000003\r\n"
                + "3,a,b,c,TOKEN-000004\n";
        List<Finding> f = scan(tokens, InputFormat.CSV, csv);
        assertThat(f).extracting(Finding::field).containsExactly("note", "token", "token", "column 5");
        assertThat(f.get(1).line()).isEqualTo(3);
    }

    @Test
    void tsvUsesTabs() throws IOException {
        List<Finding> f = scan(tokens, InputFormat.TSV, "a\tb, c\n1\tx, TOKEN-000001\n");
        assertThat(f).extracting(Finding::field).containsExactly("b, c");
    }

    @Test
    void csvCandidatesNeverSpanTwoCells() throws IOException {
        Engine numbers = engine(TestDetectors.number(0.9, ContextRule.NONE));
        // Without structure, "1234,5678" is no 8-digit run anyway; use a detector-agnostic check:
        // the engine must reject a candidate containing the delimiter.
        assertThat(scan(numbers, InputFormat.CSV, "a,b\n12345678,x\n"))
                .extracting(Finding::field)
                .containsExactly("a");
    }

    @Test
    void jsonFindingsCarryTheirPath() throws IOException {
        String json = "{\"customers\": [ {\"name\": \"a\", \"ids\": [\"TOKEN-000001\", \"TOKEN-000002\"]},\n"
                + " {\"odd key\\\"\": {\"deep\": \"x TOKEN-000003\"}, \"n\": 1}], \"top\": \"TOKEN-000004\"}";
        List<Finding> f = scan(tokens, InputFormat.JSON, json);
        assertThat(f)
                .extracting(Finding::field)
                .containsExactly(
                        "$.customers[0].ids[0]", "$.customers[0].ids[1]", "$.customers[1]['odd key\"'].deep", "$.top");
    }

    @Test
    void ndjsonRestartsThePathOnEveryLineEvenAfterABrokenLine() throws IOException {
        String nd = "{\"a\": {\"b\": \"TOKEN-000001\"}}\n{\"broken\": [\"unterminated\n{\"c\": \"TOKEN-000002\"}\n";
        List<Finding> f = scan(tokens, InputFormat.NDJSON, nd);
        assertThat(f).extracting(Finding::field).containsExactly("$.a.b", "$.c");
        assertThat(f).extracting(Finding::line).containsExactly(1L, 3L);
    }

    @Test
    void redactedCsvKeepsEveryRowAndColumn() throws IOException {
        String csv = "id,token,note\n1,TOKEN-000001,\"a, TOKEN-000002\"\n2,TOKEN-000003,plain\n";
        String out = redact(InputFormat.CSV, csv);
        assertThat(out).isEqualTo("id,token,note\n1,*****-**0001,\"a, *****-**0002\"\n2,*****-**0003,plain\n");
    }

    @Test
    void redactedJsonStaysValidJsonEvenForBareNumbers() throws IOException {
        Engine numbers = engine(TestDetectors.number(0.9, ContextRule.NONE));
        String json = "{\"acct\": 12345678, \"list\": [87654321, \"x 11112222 y\"]}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        numbers.redact(source(InputFormat.JSON, json), out, f -> {});
        JsonNode node = new ObjectMapper().readTree(out.toByteArray());
        assertThat(node.get("acct").asText()).isEqualTo("******78");
        assertThat(node.get("list").get(0).asText()).isEqualTo("******21");
        assertThat(node.get("list").get(1).asText()).isEqualTo("x ******22 y");
    }

    @Test
    void redactionStreamsAcrossWindowsAndReportsFindings() throws IOException {
        List<Long> planted = List.of(10L, (long) WindowScanner.CHUNK - 5, 3L * WindowScanner.CHUNK + 1);
        long size = 4L * WindowScanner.CHUNK;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Finding> found = new ArrayList<>();
        tokens.redact(
                new InputSource("big", () -> new PlantedStream(size, planted, "TOKEN-987654"), InputFormat.TEXT),
                out,
                found::add);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).hasSize((int) size);
        assertThat(found).hasSize(3);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("987654");
        for (long p : planted) {
            assertThat(text.substring((int) p, (int) p + 12)).isEqualTo("*****-**7654");
        }
    }

    private String redact(InputFormat format, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tokens.redact(source(format, content), out, f -> {});
        return out.toString(StandardCharsets.UTF_8);
    }

    private static InputSource source(InputFormat format, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new InputSource("in", () -> new ByteArrayInputStream(bytes), format);
    }
}
