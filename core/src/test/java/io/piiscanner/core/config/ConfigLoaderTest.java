package io.piiscanner.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.EngineConfig;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void yamlAddsACustomDetectorWithValidatorAndContext() throws IOException {
        Path file = write("custom.yaml", """
                minConfidence: 0.55
                detectors:
                  - id: loyalty-card
                    type: LOYALTY_CARD
                    pattern: 'LC\\d{10}'
                    validator: luhn
                    score: 0.4
                    context: [loyalty, member]
                    keepLast: 2
                """);
        Engine engine = engine(file);
        // LC + Luhn-valid 4111111111? Compute: the custom validator sees the whole match's digits.
        assertThat(scan(engine, "loyalty LC0000000000 and LC0000000001"))
                .extracting(Finding::masked)
                .containsExactly("**********00");
        assertThat(scan(engine, "no context LC0000000000")).isEmpty();
        assertThat(engine.config().minConfidence()).isEqualTo(0.55);
    }

    @Test
    void jsonConfigWorksTooAndCanDisableBuiltIns() throws IOException {
        Path file = write("custom.json", """
                {"disable": ["EMAIL_ADDRESS"],
                 "detectors": [{"id": "emp", "type": "EMPLOYEE_ID", "pattern": "EMP-[0-9]{6}", "contextRequired": true,
                                "context": ["employee"]}]}
                """);
        Engine engine = engine(file);
        assertThat(engine.detectors()).noneMatch(d -> d.type().equals("EMAIL_ADDRESS"));
        assertThat(scan(engine, "employee EMP-123456"))
                .extracting(Finding::type)
                .containsExactly("EMPLOYEE_ID");
        assertThat(scan(engine, "EMP-123456")).isEmpty();
    }

    @Test
    void errorsAreOneLineAndNameTheProblem() throws IOException {
        assertError(
                "detectors: [{id: x, type: T, pattern: '(unclosed'}]",
                "bad.yaml:1: detectors[0]: pattern is not a valid regular expression: missing closing ) `(unclosed`");
        assertError(
                "detectors: [{id: x, type: T, pattern: 'a', validator: crc}]",
                "detectors[0]: unknown validator 'crc' (known: aba, luhn, mod97, none)");
        assertError("detectors: [{type: T, pattern: 'a'}]", "detectors[0]: missing 'id'");
        assertError("detectors: [{id: x, type: T, pattern: 'a*'}]", "pattern matches the empty string");
        assertError("minConfidence: 3", "minConfidence must be between 0 and 1, got 3.0");
        assertError(
                "minConfidense: 0.3",
                "unknown setting 'minConfidense' (known: defaultRegion, defaultRegions,"
                        + " detectors, disable, minConfidence)");
        assertError(
                "detectors: [{id: x, type: T, pattern: 'a'}, {id: x, type: T, pattern: 'b'}]",
                "detectors[1]: duplicate id 'x'");
        assertError("detectors: [ {id: x", ":1:");
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("missing.yaml"), EngineConfig.builder()))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("missing.yaml: no such file");
    }

    @Test
    void phoneRegionsComeFromTheFile() throws IOException {
        String text = "London 020 7946 0958, New York (212) 555-0143.";
        Engine gbFirst = engine(write("gb.yaml", "defaultRegions: [gb, US]\n"));
        assertThat(phoneFindings(gbFirst, text)).extracting(Finding::detail).containsExactly("GB");
        assertThat(gbFirst.config().detectorSettings().phoneRegions()).containsExactly("GB", "US");
        Engine older = engine(write("old.yaml", "defaultRegion: GB\n"));
        assertThat(older.config().detectorSettings().phoneRegions()).startsWith("GB", "US", "DE");
        assertThat(phoneFindings(Engine.withDefaults(), text))
                .extracting(Finding::detail)
                .containsExactly("US");
    }

    @Test
    void unknownPhoneRegionsAreOneLineErrors() throws IOException {
        assertError("defaultRegions: [US, XX]", "defaultRegions 'XX' is not a known region");
        assertError("defaultRegions: []", "defaultRegions is empty; at least one phone region is needed");
        assertError("defaultRegion: UK", "defaultRegion 'UK' is not a known region");
        assertError("defaultRegion: GB\ndefaultRegions: [GB]", "set defaultRegions or defaultRegion, not both");
    }

    private static List<Finding> phoneFindings(Engine engine, String text) throws IOException {
        List<Finding> out = new ArrayList<>();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        engine.scan(new InputSource("t", () -> new ByteArrayInputStream(bytes), InputFormat.TEXT), f -> {
            if (f.type().equals("PHONE_NUMBER")) {
                out.add(f);
            }
        });
        return out;
    }

    @Test
    void anUnknownKeyIsReportedWhereItIs() throws IOException {
        assertError(
                "minConfidance: 0.5\n# a comment\ndetectors:\n  - {id: a, type: A, pattern: 'x'}\n",
                "bad.yaml:1:1: unknown setting 'minConfidance' (known: defaultRegion, defaultRegions, detectors, disable, minConfidence)");
        assertError(
                """
                detectors:
                  - id: a
                    type: A
                    pattern: 'A\\d+'
                    contxt: [x]
                    score: 0.5
                """,
                "bad.yaml:5:5: unknown detector setting 'contxt' (known: context, contextRequired, id,"
                        + " ignoreCase, keepLast, negativeContext, pattern, score, type, validator)");
        assertError(
                "detectors:\n  - {id: a, type: A,\n     bogus: 1}\n", "bad.yaml:3:6: unknown detector setting 'bogus'");
        assertError("minConfidence: 0.5\nminConfidence: 0.6\n", "bad.yaml:2:1: setting 'minConfidence' is given twice");
        Path json = write("custom.json", """
                {
                  "minConfidence": 0.5,
                  "bogus": 1,
                  "detectors": []
                }
                """);
        assertThatThrownBy(() -> ConfigLoader.load(json, EngineConfig.builder()))
                .hasMessage(
                        json
                                + ":3:3: unknown setting 'bogus' (known: defaultRegion, defaultRegions, detectors, disable, minConfidence)");
    }

    @Test
    void aRulesErrorNamesTheLineItsDetectorStartsOn() throws IOException {
        String ok = """
                detectors:
                  - id: ok
                    type: OK
                    pattern: 'OK-\\d+'
                """;
        assertError(
                ok + "  - {id: b, type: B, pattern: 'B\\d+', keepLast: 9}\n",
                "bad.yaml:5: detectors[1]: keepLast must be between 0 and 4, got 9");
        assertError(
                ok + "  - id: b\n    type: B\n    pattern: 'B\\d+'\n    validator: crc\n",
                "bad.yaml:5: detectors[1]: unknown validator 'crc' (known: aba, luhn, mod97, none)");
        assertError(ok + "  - id: b\n    type: B\n", "bad.yaml:5: detectors[1]: missing 'pattern'");
        assertError(
                ok + "  - id: b\n    type: B\n    pattern: '(B'\n",
                "bad.yaml:7: detectors[1]: pattern is not a valid regular expression: missing closing )");
        assertError(ok + "  - id: ok\n    type: B\n    pattern: 'B'\n", "bad.yaml:5: detectors[1]: duplicate id 'ok'");
    }

    @Test
    void messagesSayWhatIsWrongWithoutJavasWords() throws IOException {
        assertError(
                "x",
                "bad.yaml:1:1: expected a mapping of settings (defaultRegion, defaultRegions, detectors, disable, minConfidence)");
        assertError(
                "{",
                "bad.yaml:1:2: expected the node content, but found the end of the file (while parsing a flow"
                        + " node)");
        assertError(
                "defaultRegion: \"unclosed\n",
                "bad.yaml:2:1: found unexpected end of the file (while scanning a"
                        + " quoted scalar that starts at 1:16)");
        assertError("minConfidence: high", "bad.yaml:1:16: minConfidence: expected a number");
        assertError("detectors: every one", "bad.yaml:1:12: detectors: expected a list");
        assertError(
                "detectors: [{id: a, type: A, pattern: 'x', keepLast: two}]",
                "bad.yaml:1:54: detectors[0].keepLast: expected a whole number");
        assertError(
                "detectors: [{id: a, type: A, pattern: 'x', keepLast: 2.5}]",
                "bad.yaml:1:54: detectors[0].keepLast: expected a whole number");
        assertError(
                "detectors: [x]",
                "bad.yaml:1:13: detectors[0]: expected a detector: a mapping with id, type and pattern");
        Path folder = Files.createDirectories(dir.resolve("conf.d"));
        assertThatThrownBy(() -> ConfigLoader.load(folder, EngineConfig.builder()))
                .hasMessage(folder + ": is a folder, not a configuration file");
        for (String broken : List.of(
                "x",
                "{",
                "minConfidence: high",
                "detectors: [x]",
                "detectors: [ {id: x",
                "disable: [[a]]",
                "detectors: [{id: a, type: A, pattern: [x]}]")) {
            Path file = write("broken.yaml", broken);
            assertThatThrownBy(() -> ConfigLoader.load(file, EngineConfig.builder()))
                    .isInstanceOf(ConfigException.class)
                    .satisfies(e -> assertThat(e.getMessage())
                            .doesNotContain(
                                    "\n", "Exception", "io.piiscanner", "$", "Source", "java.", "Cannot ", "`"));
        }
    }

    @Test
    void whatWouldBeAcceptedButWrongIsRefused() throws IOException {
        assertError(
                "minConfidence: 0.5\ndisable: [us-ssn, no-such-detector]\n",
                "bad.yaml:2: disable: no detector has id or type 'no-such-detector'; detectors: aba-routing,");
        assertError(
                "defaultRegion: XX",
                "bad.yaml: defaultRegion 'XX' is not a known region; use a two-letter ISO"
                        + " 3166 code such as US, GB or DE");
        assertError(
                "detectors:\n  - id: credit-card\n    type: LOYALTY_CARD\n    pattern: 'LC\\d{10}'\n",
                "bad.yaml:2: detectors[0]: id 'credit-card' is a built-in detector's; choose another");
        // A custom detector may be switched off by its id or type, and a region libphonenumber knows is taken.
        Path fine = write("fine.yaml", """
                defaultRegion: gb
                disable: [EMPLOYEE_ID, us-ssn]
                detectors: [{id: emp, type: EMPLOYEE_ID, pattern: 'EMP-\\d{6}'}]
                """);
        Engine engine = engine(fine);
        assertThat(engine.detectors())
                .extracting(d -> d.id())
                .doesNotContain("emp", "us-ssn")
                .contains("credit-card");
        assertThat(engine.config().detectorSettings().firstRegion()).isEqualTo("GB");
    }

    @Test
    void disableSwitchesOffOnePatternOfADetectorByItsOwnId() throws IOException {
        Engine engine = engine(write("plain.yaml", "disable: [us-ssn-plain]\n"));
        assertThat(engine.detectors())
                .extracting(d -> d.id())
                .contains("us-ssn")
                .doesNotContain("us-ssn-plain");
        assertThat(scan(engine, "SSN 536-90-4399, SSN 536904399"))
                .extracting(Finding::detector)
                .containsExactly("us-ssn");
        assertThat(scan(Engine.withDefaults(), "SSN 536-90-4399, SSN 536904399"))
                .extracting(Finding::detector)
                .containsExactly("us-ssn", "us-ssn-plain");
    }

    @Test
    void patternsRunInLinearTimeOnTheInputsThatOverflowedOrHungJavasRegex() throws IOException {
        String token = "0123456789ABCDEF".repeat(320); // 5 KB
        ScanOutcome hex = scanWith(
                "ID-(?:\\d|[A-F])+",
                "ID-" + token + " and ID-12AB\n",
                found -> assertThat(found).extracting(Finding::start).containsExactly(5128L));
        assertThat(hex.complete()).isTrue();

        String run = "a".repeat(5000);
        scanWith(
                "(a|aa)+$",
                run + " " + "aaa",
                found -> assertThat(found).extracting(Finding::start).containsExactly(5001L));
        // 28 s at 50 KB and 120 s at 100 KB with java.util.regex; one pass here.
        ScanOutcome catastrophic = scanWith(
                "(a+)+$", "a".repeat(100_000) + "b", found -> assertThat(found).isEmpty());
        assertThat(catastrophic.complete()).isTrue();
        assertThat(catastrophic.bytes()).isEqualTo(100_001);
    }

    @Test
    void aPatternThatRereadsTheTextOverAndOverFailsItsInputInsteadOfRunningForMinutes() throws IOException {
        // Each one-letter match of a*b|a comes after the a*b branch has read the rest of the run.
        ScanOutcome rereading = scanWith("a*b|a", "a".repeat(300_000), found -> {});
        assertThat(rereading.failure())
                .isEqualTo("detector 'x' failed: the pattern read the text more than "
                        + PatternDetector.MAX_READS_PER_BYTE + " times over; simplify it, for example by removing"
                        + " alternatives that overlap");
        // Run only around digit clusters, it gives up as well on a cluster it re-reads.
        ScanOutcome gated = scanWith("\\d+x|\\d", "1".repeat(300_000), found -> {});
        assertThat(gated.failure()).isEqualTo(rereading.failure());
        // Dense matches of an ordinary pattern stay well within the bound.
        ScanOutcome dense = scanWith(
                "\\d{4}", "1234 ".repeat(20_000), found -> assertThat(found).hasSize(20_000));
        assertThat(dense.complete()).isTrue();
    }

    @Test
    void javaRegexSyntaxThatRe2LacksOrReadsDifferentlyIsRefusedNamingTheLine() throws IOException {
        String refused = "RE2 syntax: no look-around, back-references, possessive quantifiers or atomic groups";
        assertPatternError(
                "'(?<![0-9])EMP-\\d{6}'",
                "pattern has a look-around (?<!, which RE2 does not have:"
                        + " match the characters around in the pattern, or use context words");
        assertPatternError("'EMP-\\d{6}(?!\\d)'", "pattern has a look-around (?!");
        assertPatternError("'(?=EMP)EMP-\\d{6}'", "pattern has a look-around (?=");
        assertPatternError(
                "'(\\d)\\1'",
                "pattern is not a valid regular expression: invalid escape sequence `\\1`" + " (patterns use " + refused
                        + ")");
        assertPatternError("'\\d++'", "invalid nested repetition operator `++`");
        assertPatternError("'(?>ab)'", "invalid or unsupported Perl syntax `(?>`");
        assertPatternError(
                "'[a-z[0-9]]+'",
                "pattern has a class inside a class, Java syntax that RE2 reads"
                        + " differently: list the ranges in one class, like [a-z0-9]");
        assertPatternError("'[a-z&&[^x]]+'", "pattern has a class intersection (&&)");
        assertPatternError("'[a-z&&def]+'", "pattern has a class intersection (&&)");
        assertPatternError("'(?U)\\w+'", "pattern has the flag U, which means ungreedy in RE2");
        assertPatternError(
                "'((a{1000}){1000}){1000}'",
                "pattern is too large: its repeats compile to more than " + UserPatterns.MAX_PROGRAM
                        + " instructions; use smaller counts");
        assertPatternError("'(?:[A-Z]{20}\\d{30}){300}'", "pattern is too large");
        // RE2 syntax that Java also has is fine: classes, POSIX classes, named groups, \b, flags.
        Path fine = write("fine.yaml", """
                detectors:
                  - id: fine
                    type: FINE
                    pattern: '(?i)\\b(?P<prefix>[[:alpha:]]{2})-(?<n>\\d{4})\\b'
                """);
        assertThat(scan(engine(fine), "see ab-1234 and AB-12345"))
                .extracting(Finding::type)
                .containsExactly("FINE");
    }

    /** A detector with this pattern on line 5 of the file (behind another on lines 2-4) is refused so. */
    private void assertPatternError(String pattern, String expected) throws IOException {
        Path file = write("patterns.yaml", """
                detectors:
                  - id: ok
                    type: OK
                    pattern: 'OK-\\d+'
                  - {id: bad, type: BAD, pattern: %s}
                """.formatted(pattern));
        assertThatThrownBy(() -> ConfigLoader.load(file, EngineConfig.builder()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":5: detectors[1]: ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /** Scans text with a detector of this pattern (id x), hands its findings to a check, returns the outcome. */
    private ScanOutcome scanWith(String pattern, String text, Consumer<List<Finding>> check) throws IOException {
        Engine engine = engine(write("p.yaml", """
                detectors: [{id: x, type: X, pattern: '%s'}]
                """.formatted(pattern)));
        List<Finding> found = new ArrayList<>();
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        ScanOutcome outcome =
                engine.scan(new InputSource("t", () -> new ByteArrayInputStream(bytes), InputFormat.TEXT), f -> {
                    if (f.type().equals("X")) {
                        found.add(f);
                    }
                });
        check.accept(found);
        return outcome;
    }

    private void assertError(String yaml, String expected) throws IOException {
        Path file = write("bad.yaml", yaml);
        assertThatThrownBy(() -> ConfigLoader.load(file, EngineConfig.builder()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private Engine engine(Path file) {
        EngineConfig.Builder b = EngineConfig.builder();
        ConfigLoader.load(file, b);
        return Engine.create(b.build());
    }

    private static List<Finding> scan(Engine engine, String text) throws IOException {
        List<Finding> out = new ArrayList<>();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        engine.scan(new InputSource("t", () -> new ByteArrayInputStream(bytes), InputFormat.TEXT), out::add);
        return out.stream()
                .filter(f -> !Set.of("PHONE_NUMBER", "US_BANK_NUMBER").contains(f.type()))
                .toList();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
