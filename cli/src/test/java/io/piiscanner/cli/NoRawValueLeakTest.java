package io.piiscanner.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static io.piiscanner.cli.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise that matters most: no raw value, in any spelling, reaches standard output, standard
 * error or an output file, whatever the input format, report format or command.
 */
class NoRawValueLeakTest {

    private static final Map<String, String> KEY = Map.of(EngineOptions.HMAC_KEY_ENV, "leak-test-key");
    private static final List<String> PLANTED_TYPES = List.of("CREDIT_CARD", "US_SSN", "EMAIL_ADDRESS",
            "IBAN_CODE", "AWS_ACCESS_KEY", "PHONE_NUMBER");

    @TempDir
    Path dir;

    private final List<Path> inputs = new ArrayList<>();

    @BeforeEach
    void plantValues() {
        inputs.add(write(dir.resolve("in/record.txt"), Fixtures.TEXT));
        inputs.add(write(dir.resolve("in/customers.csv"), Fixtures.CSV));
        inputs.add(write(dir.resolve("in/customers.json"), Fixtures.JSON));
        inputs.add(write(dir.resolve("in/events.ndjson"), Fixtures.NDJSON));
        inputs.add(write(dir.resolve("in/record.txt.gz"), Fixtures.gzip(Fixtures.TEXT)));
    }

    private static void assertNoRawValue(String where, String text) {
        for (String raw : Fixtures.FORBIDDEN) {
            assertThat(text).as("%s must not contain %s", where, raw).doesNotContain(raw);
        }
    }

    private static void assertNoRawValue(String where, Cli.Result result) {
        assertNoRawValue(where + " stdout", result.out());
        assertNoRawValue(where + " stderr", result.err());
    }

    @Test
    void everyPlantedTypeIsFoundInEveryInputFormat() {
        for (Path input : inputs.subList(0, 2)) {
            Cli.Result result = Cli.run("scan", "--format", "json", input.toString());
            for (String type : PLANTED_TYPES) {
                assertThat(result.out()).as("%s in %s", type, input.getFileName()).contains("\"" + type + "\"");
            }
        }
        for (Path input : inputs) {
            assertThat(Cli.run("scan", input.toString()).exit()).as(input.getFileName().toString())
                    .isEqualTo(ExitStatus.FINDINGS);
        }
    }

    @Test
    void scanReportsInEveryFormatHoldNoRawValue() throws IOException {
        for (String format : List.of("jsonl", "table", "sarif", "json")) {
            Cli.Result toStdout = Cli.run(KEY, "scan", "--format", format, dir.resolve("in").toString());
            assertThat(toStdout.exit()).isEqualTo(ExitStatus.FINDINGS);
            assertNoRawValue(format, toStdout);

            Path report = dir.resolve("report." + format);
            Cli.Result toFile = Cli.run(KEY, "scan", "--format", format, "-o", report.toString(),
                    dir.resolve("in").toString());
            assertNoRawValue(format + " -o", toFile);
            assertNoRawValue(format + " report file", Files.readString(report));
        }
        Cli.Result stdin = Cli.withStdin(Fixtures.TEXT.getBytes(StandardCharsets.UTF_8), "scan", "--format", "table",
                "-");
        assertNoRawValue("stdin", stdin);
    }

    @Test
    void redactedCopiesHoldNoRawValue() throws IOException {
        for (Path input : inputs) {
            String name = input.getFileName().toString();
            Cli.Result toStdout = Cli.run(KEY, "redact", input.toString());
            assertThat(toStdout.exit()).isEqualTo(ExitStatus.CLEAN);
            assertNoRawValue("redact " + name, toStdout);

            Path out = dir.resolve("redacted-" + name);
            Cli.Result toFile = Cli.run(KEY, "redact", input.toString(), "-o", out.toString());
            assertThat(toFile.exit()).isEqualTo(ExitStatus.CLEAN);
            assertNoRawValue("redact -o " + name, toFile);
            byte[] bytes = Files.readAllBytes(out);
            if (name.endsWith(".gz")) {
                bytes = new GZIPInputStream(Files.newInputStream(out)).readAllBytes();
            }
            assertNoRawValue("redacted " + name, new String(bytes, StandardCharsets.UTF_8));
        }
    }
}
