package io.piiscanner.cli;

import static io.piiscanner.cli.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code -o} may replace: never one of the inputs, and a new file only its owner can read. */
class OutputFileTest {

    @TempDir
    Path dir;

    private static void assertRefused(Cli.Result result, Path input) {
        assertThat(result.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines())
                .singleElement()
                .asString()
                .startsWith("pii-scanner: ")
                .contains(input.getFileName().toString())
                .contains("is the output file (-o), which the report would overwrite");
    }

    @Test
    void scanRefusesToWriteItsReportOverAnInputUnderAnyName() throws IOException {
        Path data = write(dir.resolve("data/customers.csv"), Fixtures.CSV);
        Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), data);
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("data"));

        assertRefused(Cli.run("scan", data.toString(), "-o", data.toString()), data);
        assertRefused(Cli.run("scan", link.toString(), "-o", data.toString()), link);
        assertRefused(Cli.run("scan", dir.resolve("data").toString(), "-o", data.toString()), data);
        assertRefused(Cli.run("scan", dir.resolve("data").toString(), "-o", link.toString()), link);
        assertRefused(Cli.run("scan", linkedFolder.toString(), "-o", data.toString()), data);

        assertThat(Fixtures.read(data)).isEqualTo(Fixtures.CSV);
        assertThat(Fixtures.list(dir.resolve("data"))).containsExactly("customers.csv");
    }

    @Test
    void checkRefusesToWriteItsReportOverATemplate() {
        Path template = write(dir.resolve("template.json"), "{\"Resources\": {}}");

        assertRefused(Cli.run("check", template.toString(), "-o", template.toString()), template);
        assertThat(Fixtures.read(template)).isEqualTo("{\"Resources\": {}}");
    }

    @Test
    void redactMayStillReplaceItsInput() {
        Path file = write(dir.resolve("log.txt"), Fixtures.TEXT);

        Cli.Result result = Cli.run("redact", file.toString(), "-o", file.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.CLEAN);
        assertThat(Fixtures.read(file)).doesNotContain(Fixtures.CARD);
    }

    @Test
    void aNewOutputFileIsReadableByItsOwnerOnly() throws IOException {
        Path file = write(dir.resolve("log.txt"), Fixtures.TEXT);
        Path report = dir.resolve("report.jsonl");
        Path copy = dir.resolve("copy.txt");

        Cli.run("scan", file.toString(), "-o", report.toString());
        Cli.run("redact", file.toString(), "-o", copy.toString());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)))
                .isEqualTo("rw-------");
    }

    @Test
    void anS3LocationIsRefusedAsOutputAndAsTheInputOfRedact() {
        Path file = write(dir.resolve("log.txt"), Fixtures.TEXT);

        Cli.Result output = Cli.run("scan", file.toString(), "-o", "s3://bucket/report.json");
        Cli.Result redact = Cli.run("redact", "s3://bucket/key.csv");

        assertThat(output.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(output.err()).contains("S3 locations are not supported for output");
        assertThat(redact.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(redact.errLines())
                .containsExactly("pii-scanner: s3://bucket/key.csv: S3 locations are not"
                        + " supported here, only local files and standard input (-); scan reads S3");
        assertThat(Files.exists(Path.of("s3:"))).isFalse();
    }
}
