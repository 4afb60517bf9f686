package io.piiscanner.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.EngineConfig;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.ScanOutcome;
import io.piiscanner.testing.Mutations;
import io.piiscanner.testing.Mutations.Seed;
import io.piiscanner.testing.UserMessages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes the configuration loader with mutated configurations (the README's example and the
 * tests' files, as YAML and JSON) and with configurations made of random settings and random
 * regular expressions: each ends in a {@link ConfigException} with a one-line message that names
 * the file and quotes no Java internals, or in an engine that scans. User patterns run on RE2/J
 * within their bounds, so a scan with any accepted pattern ends too, at worst failed with the
 * pattern's one-line reason. See {@link io.piiscanner.core.scan.EngineFuzzTest} for how the tries
 * are run.
 */
class ConfigLoaderFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** What each accepted configuration scans: values, runs that patterns may match over and over, lines. */
    private static final byte[] PROBE =
            ("""
            Card 4111111111111111, SSN 536-22-1234, loyalty LC0000000000, EMP-123456, member id ID-12AB
            aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab abababababab
            """ + "0123456789ABCDEF".repeat(64) + "\n" + "x ".repeat(500)).getBytes(StandardCharsets.UTF_8);

    private static final String README_EXAMPLE = """
            minConfidence: 0.6
            defaultRegion: GB
            disable: [us-driver-license]
            detectors:
              - id: loyalty-card
                type: LOYALTY_CARD
                pattern: 'LC\\d{10}'
                validator: luhn          # luhn, aba, mod97 or none
                score: 0.5
                context: [loyalty, member]
                contextRequired: false
                negativeContext: [example]
                keepLast: 2              # characters left visible when masked (0-4)
            """;
    private static final Mutations MUTATIONS = Mutations.of(
            List.of(
                    Seed.of("readme.yaml", README_EXAMPLE),
                    Seed.of("custom.json", """
                    {"disable": ["EMAIL_ADDRESS"],
                     "detectors": [{"id": "emp", "type": "EMPLOYEE_ID", "pattern": "EMP-[0-9]{6}", "contextRequired": true,
                                    "context": ["employee"], "ignoreCase": true, "keepLast": 0}]}
                    """),
                    Seed.of(
                            "flow.yaml",
                            "detectors: [{id: x, type: T, pattern: '(?i)\\b(?P<p>[[:alpha:]]{2})-(?<n>\\d{4})\\b'}]\n"),
                    Seed.of(
                            "anchors.yaml",
                            "base: &b {id: a, type: A, pattern: 'A\\d+'}\ndetectors: [*b, {<<: *b, id: b}]\n")),
            List.of(
                    ": ",
                    "- ",
                    "\n  ",
                    "\n",
                    "[",
                    "]",
                    "{",
                    "}",
                    ",",
                    "'",
                    "\"",
                    "''",
                    "&a ",
                    "*a",
                    "<<: ",
                    "!!binary ",
                    "!!float ",
                    "!!int ",
                    "!!map ",
                    "!!seq ",
                    "!!str ",
                    "!custom ",
                    "? ",
                    "|\n  ",
                    ">-\n  ",
                    "#",
                    "---\n",
                    "...\n",
                    "%YAML 1.1\n",
                    "%TAG ! tag:x:\n",
                    "\t",
                    "~",
                    "null",
                    ".inf",
                    "-.nan",
                    "1e400",
                    "0x1F",
                    "0o17",
                    "true",
                    "yes",
                    "2.5",
                    "-1",
                    "99999999999999999999",
                    "\uFEFF",
                    "\u0000",
                    "é",
                    "\\",
                    "\\u0041",
                    "\\x41",
                    "minConfidence: ",
                    "defaultRegion: ",
                    "defaultRegions: ",
                    "disable: ",
                    "detectors: ",
                    "id: ",
                    "type: ",
                    "pattern: ",
                    "validator: ",
                    "score: ",
                    "context: ",
                    "contextRequired: ",
                    "negativeContext: ",
                    "keepLast: ",
                    "ignoreCase: ",
                    "(",
                    ")",
                    "(?<!",
                    "(?=",
                    "\\1",
                    "{1000}",
                    "(a+)+$",
                    "a*b|a",
                    "[[:alpha:]]",
                    "[a-z[0-9]]"),
            16 * 1024);

    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("config-fuzz");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    /** A configuration file's bytes, shown in a report as the mutations that made them or as text. */
    record ConfigFile(String shown, byte[] bytes) {
        @Override
        public String toString() {
            return shown;
        }
    }

    @Property(tries = 100)
    void everyConfigurationEndsInAnEngineThatScansOrAOneLineError(@ForAll("configurations") ConfigFile config)
            throws IOException {
        Path file = Files.write(dir.resolve("fuzz.yaml"), config.bytes());
        EngineConfig.Builder builder = EngineConfig.builder();
        try {
            ConfigLoader.load(file, builder);
        } catch (ConfigException e) {
            assertThat(e.getMessage()).startsWith(file + ":");
            UserMessages.assertOneLine(e.getMessage().substring(file.toString().length()));
            return;
        }
        Engine engine = Engine.create(builder.build());
        ScanOutcome outcome = engine.scan(
                new InputSource("probe", () -> new ByteArrayInputStream(PROBE), InputFormat.TEXT),
                f -> assertThat(f.masked()).isNotBlank());
        assertThat(outcome.skipped()).isFalse();
        if (outcome.failed()) {
            assertThat(outcome.failure()).startsWith("detector '");
            UserMessages.assertOneLine(outcome.failure());
        }
    }

    /** Found by the property: Jackson's messages name Java types, as in {@code `java.lang.Double`}. */
    @Example
    void aValueOfTheWrongKindNamesTheSettingAndWhatItTakes() throws IOException {
        assertRefused("minConfidence: high\n", ":1:16: minConfidence: expected a number");
        assertRefused("minConfidence: {a: 1}\n", ":1:16: minConfidence: expected a number");
        assertRefused(
                "detectors: [{id: x, type: T, pattern: a, context: employee}]\n",
                ":1:51: detectors[0].context: expected a list");
        assertRefused(
                "detectors: [{id: x, type: T, pattern: a, ignoreCase: maybe}]\n",
                ":1:54: detectors[0].ignoreCase: expected true or false");
        assertRefused(
                "detectors: [{id: x, type: T, pattern: a, keepLast: two}]\n",
                ":1:52: detectors[0].keepLast: expected a whole number");
        assertRefused(
                "detectors: [x]\n",
                ":1:13: detectors[0]: expected a detector: a mapping with id, type and" + " pattern");
        assertRefused("detectors: [{id: x, type: T, pattern: [a]}]\n", ":1:39: detectors[0].pattern: expected text");
        assertRefused(
                "just text\n",
                ":1:1: expected a mapping of settings (defaultRegion, defaultRegions, detectors,"
                        + " disable, minConfidence)");
        assertRefused("defaultRegions: GB\n", ":1:17: defaultRegions: expected a list");
    }

    /** Found by the property: for a key that is not text, Jackson's YAML parser names SnakeYAML's event classes. */
    @Example
    void aKeyThatIsNotTextIsRefusedInTheFilesTerms() throws IOException {
        assertRefused("*a: 0.6\n", ":1:3: a key must be plain text, not an alias, a list or a mapping");
        assertRefused("? {id: a}\n: 1\n", ":1:4: a key must be plain text, not an alias, a list or a mapping");
    }

    /** Found by the command's property: bytes that are not UTF-8 came as the reader's exception, class name first. */
    @Example
    void aFileThatIsNotUtf8IsRefusedAsSuch() throws IOException {
        Path file = Files.write(
                dir.resolve("latin1.yaml"), "defaultRegion: G\u00c9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ConfigLoader.load(file, EngineConfig.builder()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": the file is not UTF-8 text");
    }

    /** Found by the property: Jackson refused a setting given twice naming the configuration's record class. */
    @Example
    void aSettingGivenTwiceIsRefused() throws IOException {
        assertRefused(
                "defaultRegion: GB\nminConfidence: 0.6\ndefaultRegion: US\n",
                ":3:1: setting 'defaultRegion' is given twice");
        assertRefused(
                "detectors: [{id: a, type: A, pattern: a, id: b}]\n", ":1:42: detector setting 'id' is given twice");
    }

    private static void assertRefused(String yaml, String message) throws IOException {
        Path file = Files.writeString(dir.resolve("example.yaml"), yaml);
        assertThatThrownBy(() -> ConfigLoader.load(file, EngineConfig.builder()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + message);
    }

    @Provide
    Arbitrary<ConfigFile> configurations() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, MUTATIONS.inputs(6).map(input -> new ConfigFile(input.toString(), input.bytes()))),
                Tuple.of(
                        3,
                        Combinators.combine(model(), Arbitraries.of(JSON, YAML)).as(ConfigLoaderFuzzTest::write)));
    }

    private static ConfigFile write(Map<String, Object> model, ObjectMapper mapper) {
        try {
            String text = mapper.writeValueAsString(model);
            return new ConfigFile(text, text.getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A configuration's settings, each present or not, valid or not, with detectors of random patterns. */
    private static Arbitrary<Map<String, Object>> model() {
        Arbitrary<Object> minConfidence = Arbitraries.oneOf(
                Arbitraries.doubles().between(-1, 2).map(d -> (Object) d),
                Arbitraries.of("high", "", "0.5", List.of(0.5), Map.of("a", 1), Double.NaN, true));
        Arbitrary<Object> region = Arbitraries.of("GB", "us", "ZZ", "G", "GBR", "12", "", List.of("GB"), 44);
        Arbitrary<Object> regions = Arbitraries.of(
                List.of("GB", "us"),
                List.of("IN"),
                List.of(),
                List.of("GB", "ZZ"),
                Arrays.asList("US", null),
                List.of(44),
                List.of(List.of("GB")),
                "GB");
        Arbitrary<Object> disable = Arbitraries.of(
                List.of("us-driver-license"),
                List.of("EMAIL_ADDRESS", "nope"),
                List.of(),
                "credit-card",
                List.of(List.of("x")),
                Map.of("k", "v"),
                3);
        Arbitrary<Object> detectors = Arbitraries.oneOf(
                detector().list().ofMaxSize(4).map(l -> (Object) l), Arbitraries.of("none", 7, Map.of("id", "x")));
        // defaultRegions a quarter of the time, so that the two region settings, refused together, seldom meet.
        Arbitrary<Object> someRegions =
                Arbitraries.frequencyOf(Tuple.of(1, regions), Tuple.of(3, Arbitraries.just(null)));
        return Combinators.combine(
                        maybe(minConfidence),
                        maybe(region),
                        someRegions,
                        maybe(disable),
                        maybe(detectors),
                        maybe(Arbitraries.of("unknownSetting", 1)))
                .as((m, r, rs, d, ds, u) -> {
                    Map<String, Object> model = new LinkedHashMap<>();
                    put(model, "minConfidence", m);
                    put(model, "defaultRegion", r);
                    put(model, "defaultRegions", rs);
                    put(model, "disable", d);
                    put(model, "detectors", ds);
                    put(model, "unknownSetting", u);
                    return model;
                });
    }

    private static Arbitrary<Object> detector() {
        Arbitrary<Object> id = Arbitraries.of("emp", "loyalty-card", "X", "a b", "", "emp", "-x", "a".repeat(65), 5);
        Arbitrary<Object> type = Arbitraries.of("EMPLOYEE_ID", "employee", "T", "A-B", "", List.of("T"));
        Arbitrary<Object> validator = Arbitraries.of("luhn", "aba", "mod97", "none", "crc", "", 1);
        Arbitrary<Object> score = Arbitraries.of(0.0, 0.6, 1.0, -0.1, 1.5, "high", Double.POSITIVE_INFINITY);
        Arbitrary<Object> words =
                Arbitraries.of(List.of("employee"), List.of(), "employee", List.of(1, true), List.of("a".repeat(300)));
        Arbitrary<Object> flag = Arbitraries.of(true, false, "yes", "maybe", 1);
        Arbitrary<Object> keepLast = Arbitraries.of(0, 2, 4, 5, -1, "two", 2.5);
        Arbitrary<Object> pattern = Arbitraries.oneOf(
                Regexes.any().map(p -> (Object) p), Arbitraries.of(3, List.of("a"), Map.of("p", "a")));
        return Combinators.combine(List.of(
                        maybe(id),
                        maybe(type),
                        maybe(pattern),
                        maybe(validator),
                        maybe(score),
                        maybe(words),
                        maybe(flag),
                        maybe(words),
                        maybe(keepLast),
                        maybe(flag)))
                .as(values -> {
                    List<String> names = List.of(
                            "id",
                            "type",
                            "pattern",
                            "validator",
                            "score",
                            "context",
                            "contextRequired",
                            "negativeContext",
                            "keepLast",
                            "ignoreCase");
                    Map<String, Object> d = new LinkedHashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        put(d, names.get(i), values.get(i));
                    }
                    return d;
                });
    }

    /** A value, or absent (null) a quarter of the time. */
    private static Arbitrary<Object> maybe(Arbitrary<Object> value) {
        return Arbitraries.frequencyOf(Tuple.of(3, value), Tuple.of(1, Arbitraries.just(null)));
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** Random regular expressions: RE2 syntax and Java's, valid and not, nested and counted. */
    static final class Regexes {

        private static final Arbitrary<String> ATOMS = Arbitraries.of(
                "a",
                "b",
                "Z",
                "0",
                "9",
                "-",
                ".",
                " ",
                "é",
                "\\d",
                "\\w",
                "\\s",
                "\\b",
                "\\B",
                "\\D",
                "\\W",
                "\\S",
                "\\.",
                "\\-",
                "[a-z]",
                "[^0-9]",
                "[[:alpha:]]",
                "[[:^digit:]]",
                "[a-z[0-9]]",
                "[a-z&&[^x]]",
                "[]a]",
                "[^]",
                "\\pL",
                "\\p{Greek}",
                "\\PN",
                "\\x41",
                "\\x{263a}",
                "\\Q.*\\E",
                "\\Q",
                "\\E",
                "\\1",
                "\\k<n>",
                "^",
                "$",
                "\\A",
                "\\z",
                "\\Z",
                "\\G",
                "\\",
                "[",
                "]",
                "(",
                ")",
                "{",
                "}",
                "|",
                "?",
                "*",
                "+",
                "(?i)",
                "(?U)",
                "(?s)",
                "(?m)",
                "(?x)",
                "(?-i)",
                "\\cA",
                "\\0",
                "\\u0041",
                "\\N{LATIN SMALL LETTER A}",
                "#",
                "\\t",
                "\\n",
                "\\C",
                "\\X",
                "\\R");
        private static final Arbitrary<String> GROUPS = Arbitraries.of(
                "(", "(?:", "(?P<n>", "(?<n>", "(?=", "(?!", "(?<=", "(?<!", "(?>", "(?i:", "(?s-m:", "(?P=n", "(?#");
        private static final Arbitrary<String> QUANTIFIERS = Arbitraries.of(
                "*",
                "+",
                "?",
                "*?",
                "+?",
                "??",
                "++",
                "*+",
                "?+",
                "{0}",
                "{1}",
                "{2,}",
                "{0,3}",
                "{3,1}",
                "{10}",
                "{100}",
                "{999}",
                "{1000}",
                "{1001}",
                "{1,1000}",
                "{65536}",
                "{2147483648}",
                "{,5}",
                "{}",
                "{1,2}?");

        private Regexes() {}

        static Arbitrary<String> any() {
            return Arbitraries.frequencyOf(
                    Tuple.of(8, regex(4)),
                    Tuple.of(1, Arbitraries.integers().between(1, 1_100).map(k -> "(".repeat(k) + "a" + ")".repeat(k))),
                    Tuple.of(1, Arbitraries.integers().between(1, 700).map(k -> "(?:a{2}".repeat(k) + ")".repeat(k))),
                    Tuple.of(1, ATOMS.list().ofMaxSize(1_200).map(l -> String.join("", l))));
        }

        private static Arbitrary<String> regex(int depth) {
            if (depth == 0) {
                return ATOMS;
            }
            Arbitrary<String> inner = regex(depth - 1);
            return Arbitraries.frequencyOf(
                    Tuple.of(3, inner),
                    Tuple.of(2, inner.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l))),
                    Tuple.of(1, inner.list().ofMinSize(2).ofMaxSize(3).map(l -> String.join("|", l))),
                    Tuple.of(2, Combinators.combine(GROUPS, inner).as((g, s) -> g + s + ")")),
                    Tuple.of(2, Combinators.combine(inner, QUANTIFIERS).as((s, q) -> s + q)));
        }
    }
}
