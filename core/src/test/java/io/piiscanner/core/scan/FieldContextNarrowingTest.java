package io.piiscanner.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CandidateSink;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.format.InputFormat;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * In a JSON or CSV window where a field name supports a detector's required context, the engine
 * lets the detector read only the values of such fields and the text with a context word in
 * reach. That must never cost a finding: a detector under the narrowing finds exactly what the
 * same detector finds when the engine cannot narrow it (a rule with a word the context index
 * cannot stand for, which never occurs in these inputs).
 */
class FieldContextNarrowingTest {

    private static final ContextRule GATED =
            ContextRule.requiring("phone", "telephone").withLabelWords("mobile");
    /** The same rule, but for a word that starts with no letter: the engine cannot narrow it. */
    private static final ContextRule UNGATED =
            ContextRule.requiring("phone", "telephone", "#zz").withLabelWords("mobile");

    /** A JSON string longer than a rule reaches. */
    private static final String PAD = "\"" + "x".repeat(60) + "\"";

    @Property(tries = 400)
    void jsonFindingsDoNotDependOnTheNarrowing(@ForAll("json") String json, @ForAll boolean lines) throws IOException {
        InputFormat format = lines ? InputFormat.NDJSON : InputFormat.JSON;
        assertSameFindings(format, json);
    }

    @Property(tries = 400)
    void csvFindingsDoNotDependOnTheNarrowing(@ForAll("csv") String csv) throws IOException {
        assertSameFindings(InputFormat.CSV, csv);
    }

    @Test
    void readsTheValuesOfASupportingKeyAndNothingElseWithoutContext() throws IOException {
        // One value a line: the text of a line is all the context a value gets besides its key,
        // and a padding value puts the key's own words out of the values' reach.
        String json = String.join(
                "\n",
                "{\"id\": \"12345678\",",
                "\"contact\": {\"mobilePhone\": [" + PAD + ", \"23456789\"], \"tags\": [",
                "\"34567890\"]},",
                "\"phone\\u005fnumber\": [" + PAD + ", \"45678901\", {",
                "\"note\": \"56789012\"}],",
                "\"memo\": \"telephone 67890123\"}");
        List<Finding> found = TestDetectors.scan(engine(GATED), InputFormat.JSON, json);
        assertThat(found)
                .extracting(Finding::start)
                .containsExactly((long) json.indexOf("23456789"), (long) json.indexOf("45678901"), (long)
                        json.indexOf("67890123"));
        assertThat(found).isEqualTo(TestDetectors.scan(engine(UNGATED), InputFormat.JSON, json));
    }

    @Test
    void findsTheSameWhereKeysAndValuesStraddleWindows() throws IOException {
        // Records of varied length, so that window edges fall inside keys, values and escapes; the
        // id is further from the key "phone" than the rule reaches, so only its key can support.
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; ndjson.length() < 2 * WindowScanner.CHUNK + 4096; i++) {
            ndjson.append("{\"ph\\u006fne\":[" + PAD + ",\"")
                    .append(10_000_000 + i)
                    .append("\"],\"event\":\"")
                    .append("y".repeat(50 + i % 37))
                    .append("\",\"id\":\"")
                    .append(20_000_000 + i)
                    .append("\"}\n");
        }
        String content = ndjson.toString();
        List<Finding> found = TestDetectors.scan(engine(GATED), InputFormat.NDJSON, content);
        assertThat(found).hasSizeGreaterThan(10_000).allMatch(f -> content.charAt((int) f.start()) == '1');
        assertThat(found).isEqualTo(TestDetectors.scan(engine(UNGATED), InputFormat.NDJSON, content));
    }

    private static void assertSameFindings(InputFormat format, String content) throws IOException {
        List<Finding> narrowed = TestDetectors.scan(engine(GATED), format, content);
        List<Finding> whole = TestDetectors.scan(engine(UNGATED), format, content);
        assertThat(narrowed).as("«%s»", content).isEqualTo(whole);
    }

    private static Engine engine(ContextRule rule) {
        return TestDetectors.engine(new KeptDigits(rule));
    }

    @Provide
    Arbitrary<String> json() {
        return Arbitraries.of(
                        "{",
                        "}",
                        "[",
                        "]",
                        ",",
                        ":",
                        " ",
                        "\n",
                        "\"",
                        "\\",
                        "\"phone\":",
                        "\"mobilePhone\":",
                        "\"ph\\u006Fne\":",
                        "\"id\":",
                        "\"note\":",
                        "\"a\\\"b\":",
                        "\"12345678\"",
                        "12345678",
                        "\"call 12345678\"",
                        "\"telephone 12345678\"",
                        "\"tel\"",
                        PAD,
                        "phone",
                        "x")
                .list()
                .ofMaxSize(60)
                .map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> csv() {
        Arbitrary<String> header = Arbitraries.of("phone", "id", "mobile", "note", "\"phone,id\"", "tel")
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(l -> String.join(",", l) + "\n");
        Arbitrary<String> body = Arbitraries.of(
                        ",",
                        "\n",
                        "\"",
                        "12345678",
                        "\"1234,5678\"",
                        "phone 12345678",
                        "x",
                        "x".repeat(60),
                        " ",
                        "\r\n",
                        "\"\"")
                .list()
                .ofMaxSize(50)
                .map(l -> String.join("", l));
        return Arbitraries.oneOf(header.flatMap(h -> body.map(b -> h + b)), body);
    }

    /**
     * Runs of exactly 8 digits, reported only where the view keeps them: the strictest use of the
     * engine's narrowing, since a gate keeps whole regions around each candidate.
     */
    private record KeptDigits(ContextRule context) implements Detector {

        private static final Pattern DIGITS = Pattern.compile("(?<!\\d)\\d{8}(?!\\d)");

        @Override
        public String id() {
            return "kept-digits";
        }

        @Override
        public String type() {
            return "KEPT_DIGITS";
        }

        @Override
        public void find(ScanText text, CandidateSink sink) {
            Matcher m = DIGITS.matcher(text.text());
            m.region(text.scanStart(), text.length());
            while (m.find() && m.start() < text.scanEnd()) {
                if (text.keeps(m.start(), m.end())) {
                    sink.accept(new Candidate(m.start(), m.end(), 0.5));
                }
            }
        }
    }
}
