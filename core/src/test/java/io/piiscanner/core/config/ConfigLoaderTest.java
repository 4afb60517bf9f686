package io.piiscanner.core.config;

import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.EngineConfig;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(scan(engine, "loyalty LC0000000000 and LC0000000001")).extracting(Finding::masked)
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
        assertThat(scan(engine, "employee EMP-123456")).extracting(Finding::type).containsExactly("EMPLOYEE_ID");
        assertThat(scan(engine, "EMP-123456")).isEmpty();
    }

    @Test
    void errorsAreOneLineAndNameTheProblem() throws IOException {
        assertError("detectors: [{id: x, type: T, pattern: '(unclosed'}]",
                "detectors[0]: pattern is not a valid regular expression: Unclosed group");
        assertError("detectors: [{id: x, type: T, pattern: 'a', validator: crc}]",
                "detectors[0]: unknown validator 'crc' (known: aba, luhn, mod97, none)");
        assertError("detectors: [{type: T, pattern: 'a'}]", "detectors[0]: missing 'id'");
        assertError("detectors: [{id: x, type: T, pattern: 'a*'}]", "pattern matches the empty string");
        assertError("minConfidence: 3", "minConfidence must be between 0 and 1, got 3.0");
        assertError("minConfidense: 0.3", "unknown setting 'minConfidense' (known: defaultRegion, defaultRegions,"
                + " detectors, disable, minConfidence)");
        assertError("detectors: [{id: x, type: T, pattern: 'a'}, {id: x, type: T, pattern: 'b'}]",
                "detectors[1]: duplicate id 'x'");
        assertError("detectors: [ {id: x", ":1:");
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("missing.yaml"), EngineConfig.builder()))
                .isInstanceOf(ConfigException.class).hasMessageEndingWith("missing.yaml: no such file");
    }

    @Test
    void phoneRegionsComeFromTheFile() throws IOException {
        String text = "London 020 7946 0958, New York (212) 555-0143.";
        Engine gbFirst = engine(write("gb.yaml", "defaultRegions: [gb, US]\n"));
        assertThat(phoneFindings(gbFirst, text)).extracting(Finding::detail).containsExactly("GB");
        assertThat(gbFirst.config().detectorSettings().phoneRegions()).containsExactly("GB", "US");
        Engine older = engine(write("old.yaml", "defaultRegion: GB\n"));
        assertThat(older.config().detectorSettings().phoneRegions()).startsWith("GB", "US", "DE");
        assertThat(phoneFindings(Engine.withDefaults(), text)).extracting(Finding::detail).containsExactly("US");
    }

    @Test
    void unknownPhoneRegionsAreOneLineErrors() throws IOException {
        assertError("defaultRegions: [US, XX]", "defaultRegions: 'XX' is not a known region");
        assertError("defaultRegions: []", "defaultRegions: at least one phone region is needed");
        assertError("defaultRegion: UK", "defaultRegion: 'UK' is not a known region");
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
        return out.stream().filter(f -> !Set.of("PHONE_NUMBER", "US_BANK_NUMBER").contains(f.type())).toList();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
