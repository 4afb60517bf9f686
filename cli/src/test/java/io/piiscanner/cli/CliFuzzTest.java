package io.piiscanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.cli.check.CheckFormat;
import io.piiscanner.cli.report.ReportFormat;
import io.piiscanner.core.corpus.FuzzSeeds;
import io.piiscanner.testing.Bytes;
import io.piiscanner.testing.Mutations;
import io.piiscanner.testing.Mutations.Seed;
import io.piiscanner.testing.UserMessages;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes the command in-process on mutated files ({@link FuzzSeeds} and the planted
 * {@link Fixtures}, plain and gzip, under every extension), mutated templates and mutated
 * configurations: every run ends in a status the command documents ({@link ExitStatus}), its
 * standard error holds no stack trace, no internal error, no Java names and none of the planted
 * values, its reports parse, and {@code redact -o} writes its copy whole or not at all. See
 * {@code EngineFuzzTest} in core for how the tries are run.
 */
class CliFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every status the command documents. */
    private static final Set<Integer> STATUSES = Arrays.stream(ExitStatus.class.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == int.class)
            .map(CliFuzzTest::value)
            .collect(Collectors.toSet());

    private static final int MAX_BYTES = 16 * 1024;
    private static final Mutations FILES = Mutations.of(
            Stream.concat(
                            FuzzSeeds.all().stream(),
                            Stream.of(
                                    Seed.of("fixture.txt", Fixtures.TEXT),
                                    Seed.of("fixture.csv", Fixtures.CSV),
                                    Seed.of("fixture.json", Fixtures.JSON),
                                    Seed.of("fixture.ndjson", Fixtures.NDJSON),
                                    new Seed("fixture.png", Fixtures.png())))
                    .toList(),
            FuzzSeeds.TOKENS,
            MAX_BYTES);
    private static final Mutations TEMPLATES = Mutations.of(
            List.of(Seed.of("failing.yaml", CheckCommandTest.FAILING), Seed.of("low.json", CheckCommandTest.LOW_ONLY)),
            List.of(
                    "{",
                    "}",
                    "[",
                    "]",
                    ",",
                    ":",
                    ": ",
                    "\"",
                    "'",
                    "\n",
                    "\n  ",
                    "- ",
                    "&a ",
                    "*a",
                    "!Ref ",
                    "!GetAtt ",
                    "!Sub ",
                    "!Unknown ",
                    "Type: ",
                    "AWS::KMS::Key",
                    "\"Type\"",
                    "Resources",
                    "\t",
                    "#",
                    "---\n",
                    "\u0000",
                    "\uFEFF"),
            MAX_BYTES);
    private static final Mutations CONFIGS = Mutations.of(
            List.of(
                    Seed.of("config.yaml", """
                    minConfidence: 0.6
                    defaultRegion: GB
                    disable: [us-driver-license]
                    detectors:
                      - {id: loyalty-card, type: LOYALTY_CARD, pattern: 'LC\\d{10}', validator: luhn, keepLast: 2}
                    """),
                    Seed.of(
                            "config.json",
                            "{\"detectors\": [{\"id\": \"emp\", \"type\": \"EMPLOYEE_ID\", "
                                    + "\"pattern\": \"EMP-[0-9]{6}\", \"context\": [\"employee\"]}]}")),
            List.of(
                    ": ",
                    "- ",
                    "\n",
                    "[",
                    "]",
                    "{",
                    "}",
                    "'",
                    "\"",
                    "&a ",
                    "*a",
                    "(",
                    ")",
                    "(?<!",
                    "\\1",
                    "{1000}",
                    "a*b|a",
                    "(a+)+$",
                    "!!binary ",
                    "\t",
                    "1e400",
                    "-1"),
            MAX_BYTES);

    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = new LetterTempDirs().createTempDirectory(null, null);
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 25)
    void scanEndsInADocumentedStatusWithReportsThatParse(
            @ForAll("files") Mutations.Input input,
            @ForAll("extensions") String extension,
            @ForAll boolean gzip,
            @ForAll ReportFormat format)
            throws IOException {
        Path file =
                write("scan/input" + extension + (gzip ? ".gz" : ""), gzip ? Bytes.gzip(input.bytes()) : input.bytes());
        Cli.Result result = Cli.run("scan", "--format", format.id(), "--threads", "1", file.toString());

        assertSane(result);
        assertQuotesNoPlantedValue(result);
        if (format == ReportFormat.JSONL) {
            for (String line : result.outLines()) {
                assertThat(JSON.readTree(line).isObject()).as(line).isTrue();
            }
        } else if (format == ReportFormat.HTML) {
            assertThat(result.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        } else if (format != ReportFormat.TABLE) {
            assertThat(JSON.readTree(result.out()).isObject()).isTrue();
        }
    }

    @Property(tries = 20)
    void redactWritesItsCopyWholeOrNotAtAll(
            @ForAll("files") Mutations.Input input, @ForAll("extensions") String extension) throws IOException {
        emptyFolder("redact");
        Path file = write("redact/input" + extension, input.bytes());
        Path copy = file.resolveSibling("copy" + extension);
        Files.deleteIfExists(copy);
        Cli.Result result = Cli.run("redact", file.toString(), "-o", copy.toString());

        assertSane(result);
        assertQuotesNoPlantedValue(result);
        assertThat(Files.exists(copy)).as("the copy exists").isEqualTo(result.exit() == ExitStatus.CLEAN);
        assertThat(Fixtures.list(file.getParent()))
                .as("nothing left behind")
                .isSubsetOf(file.getFileName().toString(), copy.getFileName().toString());
    }

    @Property(tries = 25)
    void checkEndsInADocumentedStatusWithReportsThatParse(
            @ForAll("templates") Mutations.Input input, @ForAll CheckFormat format) throws IOException {
        Path file = write("check/template" + (input.seed().endsWith(".json") ? ".json" : ".yaml"), input.bytes());
        Cli.Result result = Cli.run("check", "--format", format.id(), file.toString());

        assertSane(result);
        if (format == CheckFormat.JSON || format == CheckFormat.SARIF) {
            assertThat(JSON.readTree(result.out()).isObject()).isTrue();
        }
    }

    @Property(tries = 20)
    void aConfigurationEndsInAScanOrAOneLineError(@ForAll("configs") Mutations.Input input) throws IOException {
        Path config = write("config/config.yaml", input.bytes());
        Path file = write("config/input.txt", Fixtures.TEXT.getBytes(StandardCharsets.UTF_8));
        Cli.Result result = Cli.run("scan", "--config", config.toString(), "--format", "jsonl", file.toString());

        assertSane(result);
        if (result.out().isEmpty() && result.exit() == ExitStatus.ERROR) {
            assertThat(result.errLines())
                    .as("why the configuration was refused")
                    .hasSize(1);
            assertThat(result.err()).startsWith("pii-scanner: " + config);
        }
    }

    /**
     * A documented status; standard error with no trace, no internal error and no Java names, one
     * problem a line; a reason for an error status.
     */
    private static void assertSane(Cli.Result result) {
        assertThat(STATUSES).as("exit status, stderr: %s", result.err()).contains(result.exit());
        assertThat(result.err()).doesNotContain("\tat ", "Exception in thread", "internal error");
        for (String line : result.errLines()) {
            if (line.startsWith("pii-scanner: ")) {
                UserMessages.assertOneLine(line);
            }
        }
        if (result.exit() == ExitStatus.ERROR) {
            assertThat(result.err()).as("why the status is an error").isNotBlank();
        }
    }

    /** Standard error quotes nothing of the data scanned: no planted value. */
    private static void assertQuotesNoPlantedValue(Cli.Result result) {
        for (String value : Fixtures.FORBIDDEN) {
            assertThat(result.err()).as("stderr").doesNotContain(value);
        }
    }

    @Provide
    Arbitrary<Mutations.Input> files() {
        return Arbitraries.frequencyOf(Tuple.of(5, FILES.inputs(6)), Tuple.of(1, FILES.soup()));
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(".txt", ".csv", ".tsv", ".json", ".ndjson", ".log");
    }

    @Provide
    Arbitrary<Mutations.Input> templates() {
        return TEMPLATES.inputs(6);
    }

    @Provide
    Arbitrary<Mutations.Input> configs() {
        return CONFIGS.inputs(4);
    }

    private static void emptyFolder(String name) throws IOException {
        Path folder = dir.resolve(name);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static Path write(String name, byte[] content) {
        return Fixtures.write(dir.resolve(name), content);
    }

    private static int value(Field constant) {
        try {
            return constant.getInt(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
