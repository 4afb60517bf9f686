package io.piiscanner.core.scan;

import static io.piiscanner.core.scan.TestDetectors.engine;
import static io.piiscanner.core.scan.TestDetectors.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.format.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * JSON loggers escape what they write (Go's <code>&#92;u003c</code>, Python's and Jackson's
 * non-ASCII escapes, PHP's {@code \/}): values are found as a JSON parser reads them, reported at the raw
 * bytes they were written as, and redacted to valid JSON without a trace of the value.
 */
class EscapedJsonTest {

    private static final String EVENTS = "/structure/events-escaped.ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The built-in detectors of the two types the event log plants. */
    private final Engine builtIn = Engine.create(EngineConfig.builder()
            .onlyTypes(Set.of("CREDIT_CARD", "EMAIL_ADDRESS"))
            .build());

    private final Engine tokens = engine(TestDetectors.token(0.9, ContextRule.NONE));

    @Test
    void anEventLogIsScannedAsItsValuesReadAndReportedAtTheirEscapedBytes() throws IOException {
        byte[] log = resource(EVENTS);
        List<Finding> found = scan(builtIn, "events.ndjson", InputFormat.NDJSON, log);
        assertThat(found)
                .extracting(Finding::type, f -> raw(log, f), Finding::masked, Finding::field)
                .containsExactly(
                        tuple("CREDIT_CARD", "5555 5555 5555 4444", "**** **** **** 4444", "$['n\u00famero_tarjeta']"),
                        tuple("EMAIL_ADDRESS", "ana.silva@example.com", "a********@*******.com", "$.to"),
                        tuple("EMAIL_ADDRESS", "john\\u002edoe@example.com", "j*******@*******.com", "$.contact"),
                        tuple("CREDIT_CARD", "4111\\u00201111\\u00201111\\u00201111", "**** **** **** 1111", "$.card"),
                        tuple("CREDIT_CARD", "3782 822463 10005", "**** ****** *0005", "$.message"),
                        tuple("EMAIL_ADDRESS", "jane.roe@example.org", "j*******@*******.org", "$.message"),
                        tuple("EMAIL_ADDRESS", "m.mueller@example.de", "m********@*******.de", "$.context.email"),
                        tuple("CREDIT_CARD", "4012 8888 8888 1881", "**** **** **** 1881", "$.msg"));
        String text = new String(log, StandardCharsets.UTF_8);
        Finding card = found.get(3);
        int lineStart = text.lastIndexOf('\n', (int) card.start()) + 1;
        assertThat(card.line()).isEqualTo(3);
        assertThat(card.column()).isEqualTo(card.start() - lineStart + 1);
        // The card after the emoji's surrogate pair: columns count the escape's raw characters.
        Finding afterEmoji = found.get(7);
        assertThat(afterEmoji.column())
                .isEqualTo(afterEmoji.start() - text.lastIndexOf('\n', (int) afterEmoji.start()));
    }

    @Test
    void theSameValueFingerprintsTheSameEscapedOrNot() throws IOException {
        Engine keyed = Engine.create(EngineConfig.builder()
                .onlyTypes(Set.of("CREDIT_CARD"))
                .hmacKey("k".getBytes(StandardCharsets.UTF_8))
                .build());
        String nd = "{\"card\":\"4111\\u00201111\\u00201111\\u00201111\"}\n{\"card\":\"4111 1111 1111 1111\"}\n";
        List<Finding> found = scan(keyed, InputFormat.NDJSON, nd);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).fingerprint())
                .isNotNull()
                .isEqualTo(found.get(1).fingerprint());
    }

    @Test
    void theRedactedEventLogIsValidJsonAndHoldsNoValue() throws IOException {
        byte[] log = resource(EVENTS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Finding> reported = new ArrayList<>();
        builtIn.redact(
                new InputSource("events.ndjson", () -> new ByteArrayInputStream(log), InputFormat.NDJSON),
                out,
                reported::add);
        String redacted = out.toString(StandardCharsets.UTF_8);
        List<JsonNode> events = new ArrayList<>();
        for (String line : redacted.split("\n")) {
            events.add(JSON.readTree(line));
        }
        assertThat(events).hasSize(7);
        assertThat(events.get(1).get("to").asText()).isEqualTo("Ana Silva <a********@*******.com>");
        assertThat(events.get(2).get("contact").asText()).isEqualTo("j*******@*******.com");
        assertThat(events.get(2).get("card").asText()).isEqualTo("**** **** **** 1111");
        assertThat(events.get(0).get("n\u00famero_tarjeta").asText()).isEqualTo("**** **** **** 4444");
        // Everything else is kept byte for byte, escapes included.
        assertThat(redacted)
                .contains(
                        "Paiement refus\\u00e9",
                        "\\ud83d\\udcb3 card on file **** **** **** 1881",
                        "in C:\\\\Temp\\\\logs\"",
                        "https:\\/\\/shop.example.com\\/account");
        List<String> values = List.of(
                "5555555555554444",
                "ana.silva@example.com",
                "john.doe@example.com",
                "4111111111111111",
                "378282246310005",
                "jane.roe@example.org",
                "m.mueller@example.de",
                "4012888888881881");
        String parsed = events.toString() + " " + textValues(events);
        for (String value : values) {
            assertThat(digitsAndLetters(redacted)).doesNotContain(digitsAndLetters(value));
            assertThat(digitsAndLetters(parsed)).doesNotContain(digitsAndLetters(value));
            assertThat(digitsAndLetters(reported.toString())).doesNotContain(digitsAndLetters(value));
        }
        assertThat(redacted).doesNotContain("u002edoe", "1111\\u0020");
    }

    @Test
    void aMaskIsWrittenAsJsonStringContent() throws IOException {
        // TOKEN, a tab or a backslash, and six digits: a value whose mask holds what JSON escapes.
        Engine separated = engine(TestDetectors.matching("TOKEN[\t\\\\]\\d{6}", 0.9));
        String json = "{\"a\": \"TOKEN\\t123456\", \"b\": \"TOKEN\\\\654321\", \"c\": \"TOKEN\\u0009111111\"}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Finding> found = new ArrayList<>();
        separated.redact(
                new InputSource(
                        "in.json",
                        () -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                        InputFormat.JSON),
                out,
                found::add);
        assertThat(found)
                .extracting(Finding::masked)
                .containsExactly("*****\t**3456", "*****\\**4321", "*****\t**1111");
        JsonNode node = JSON.readTree(out.toByteArray());
        assertThat(node.get("a").asText()).isEqualTo("*****\t**3456");
        assertThat(node.get("b").asText()).isEqualTo("*****\\**4321");
        assertThat(node.get("c").asText()).isEqualTo("*****\t**1111");
    }

    @Test
    void keysAreReadDecodedForPathsNameMasksAndContext() throws IOException {
        String json = "{\"TOKEN\\u002d123456\": {\"ref\": \"TOKEN-000001\"}, \"odd\\\"key\\/x\": \"TOKEN-000002\"}";
        assertThat(scan(tokens, InputFormat.JSON, json))
                .extracting(Finding::field, Finding::masked)
                .containsExactly(
                        tuple("$", "*****-**3456"),
                        tuple("$['*****-**3456'].ref", "*****-**0001"),
                        tuple("$['odd\"key/x']", "*****-**0002"));
        Engine gated = engine(EngineConfig.builder(), TestDetectors.number(0.4, ContextRule.requiring("account")));
        assertThat(scan(gated, InputFormat.NDJSON, "{\"bank\\u005faccount\": \"12345678\"}\n"))
                .singleElement()
                .extracting(Finding::field)
                .isEqualTo("$.bank_account");
        assertThat(scan(gated, InputFormat.NDJSON, "{\"bank\\u005fref\": \"12345678\"}\n"))
                .isEmpty();
    }

    @Test
    void escapedValuesOnWindowEdgesAreFoundOnceAtTheirRawBytes() throws IOException {
        // The raw form of TOKEN-123456: escapes before, across and after each window edge.
        String value = "TOKEN\\u002d12\\u00334\\u00356";
        int edge = WindowScanner.CHUNK + WindowScanner.KEEP;
        // A string opened just before the value, and one opened before the next window's kept bytes.
        for (int pad : new int[] {3, 2 * WindowScanner.KEEP}) {
            // Where the edge falls: after the value, at its end, in each escape, between them, before it.
            for (int delta : new int[] {-28, -27, -26, -23, -20, -16, -13, -8, -5, -1, 0, 1}) {
                List<Long> planted = List.of((long) edge + delta, (long) edge + WindowScanner.CHUNK + delta);
                byte[] nd = eventsWith(value, pad, planted, 2L * WindowScanner.CHUNK + edge);
                List<Finding> found = scan(tokens, "edges.ndjson", InputFormat.NDJSON, nd);
                assertThat(found)
                        .as("pad %d, delta %d", pad, delta)
                        .extracting(Finding::start, Finding::end, Finding::masked)
                        .containsExactlyElementsOf(planted.stream()
                                .map(p -> tuple(p, p + value.length(), "*****-**3456"))
                                .toList());
                String text = new String(nd, StandardCharsets.ISO_8859_1);
                assertThat(found)
                        .allSatisfy(f ->
                                assertThat(f.column()).isEqualTo(f.start() - text.lastIndexOf('\n', (int) f.start())));

                ByteArrayOutputStream out = new ByteArrayOutputStream();
                tokens.redact(
                        new InputSource("edges.ndjson", () -> new ByteArrayInputStream(nd), InputFormat.NDJSON),
                        out,
                        f -> {});
                assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo(text.replace(value, "*****-**3456"));
            }
        }
    }

    /**
     * NDJSON events of {@code size} bytes with {@code value} inside a message string at each of
     * the offsets, {@code pad} bytes after the string opens.
     */
    private static byte[] eventsWith(String value, int pad, List<Long> at, long size) {
        StringBuilder sb = new StringBuilder();
        for (long p : at) {
            String open = "{\"level\":\"info\",\"msg\":\"";
            fill(sb, p - pad - open.length());
            sb.append(open).append("x".repeat(pad)).append(value).append(" \\u00e9t\\u00e9\"}\n");
        }
        fill(sb, size);
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Appends events with no values, some escaped, until the text is {@code to} bytes long. */
    private static void fill(StringBuilder sb, long to) {
        while (sb.length() < to) {
            long left = to - sb.length();
            String head = "{\"msg\":\"caf\\u00e9 ";
            int body = (int) Math.min(200, left - head.length() - 3);
            if (body < 0) {
                sb.append(" ".repeat((int) left - 1)).append('\n');
            } else {
                sb.append(head).append("a".repeat(body)).append("\"}\n");
            }
        }
    }

    private static String raw(byte[] input, Finding f) {
        return new String(input, (int) f.start(), (int) (f.end() - f.start()), StandardCharsets.UTF_8);
    }

    private static String textValues(List<JsonNode> events) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode e : events) {
            collect(e, sb);
        }
        return sb.toString();
    }

    private static void collect(JsonNode node, StringBuilder sb) {
        if (node.isValueNode()) {
            sb.append(node.asText()).append(' ');
        }
        node.forEach(child -> collect(child, sb));
        node.fieldNames().forEachRemaining(name -> sb.append(name).append(' '));
    }

    private static String digitsAndLetters(String s) {
        return s.replaceAll("[^0-9A-Za-z@.]", "");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EscapedJsonTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
