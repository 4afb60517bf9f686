package io.piiscanner.cli.input;

import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.InputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputWalkerTest {

    @TempDir
    Path dir;

    /**
     * Records a walk as lines: {@code path [FORMAT]} for inputs ({@code [by content]} when the
     * engine is left to recognise it, the name as a hint), {@code path: reason} for skips.
     */
    private static final class Recorder implements InputVisitor {
        final List<String> seen = new ArrayList<>();

        @Override
        public void input(InputSource source) {
            seen.add(source.path() + " [" + (source.format() == null ? "by content" : source.format()) + "]");
        }

        @Override
        public void skipped(String path, String reason) {
            seen.add(path + ": " + reason);
        }
    }

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }

    private List<String> walk(List<String> excludes, InputFormat format, String... arguments) {
        InputWalker walker = new InputWalker(List.of(arguments), ExcludeFilter.of(excludes), format,
                new ByteArrayInputStream(new byte[0]), new S3Inputs(Map.of()));
        walker.checkArguments();
        Recorder recorder = new Recorder();
        walker.walk(recorder);
        return recorder.seen;
    }

    @Test
    void walksFoldersDepthFirstInNameOrderLeavingFormatsToTheEngine() throws IOException {
        touch("b.csv");
        touch("a/z.json");
        touch("a/m/n.ndjson.gz");
        touch("c.txt");

        assertThat(walk(List.of(), null, dir.toString())).containsExactly(
                dir.resolve("a/m/n.ndjson.gz") + " [by content]",
                dir.resolve("a/z.json") + " [by content]",
                dir.resolve("b.csv") + " [by content]",
                dir.resolve("c.txt") + " [by content]");
    }

    @Test
    void keepsArgumentsInTheirOrderAndSpelling() throws IOException {
        touch("one.txt");
        touch("two.csv");

        assertThat(walk(List.of(), InputFormat.TSV, dir.resolve("two.csv").toString(), "-",
                dir.resolve("one.txt").toString()))
                .containsExactly(dir.resolve("two.csv") + " [TSV]", "- [TSV]", dir.resolve("one.txt") + " [TSV]");
    }

    @Test
    void standardInputIsRecognisedByContentUnlessAFormatIsGiven() {
        assertThat(walk(List.of(), null, "-")).containsExactly("- [by content]");
    }

    @Test
    void excludesByNameOrRelativePathAndPrunesFolders() throws IOException {
        touch("keep/a.txt");
        touch("keep/a.log");
        touch("node_modules/lib/x.txt");
        touch("docs/fixtures/y.txt");
        touch("fixtures/z.txt");

        assertThat(walk(List.of("*.log", "node_modules", "docs/fixtures/**"), null, dir.toString())).containsExactly(
                dir.resolve("fixtures/z.txt") + " [by content]",
                dir.resolve("keep/a.txt") + " [by content]");
    }

    @Test
    void filesGivenByNameAreReadEvenIfExcluded() throws IOException {
        Path log = touch("debug.log");

        assertThat(walk(List.of("*.log"), null, log.toString())).containsExactly(log + " [by content]");
    }

    @Test
    void reportsLinkLoopsAndBrokenLinksAsSkipped() throws IOException {
        touch("data/sub/a.txt");
        Files.createSymbolicLink(dir.resolve("data/sub/up"), dir.resolve("data"));
        Files.createSymbolicLink(dir.resolve("data/sub/gone"), dir.resolve("missing"));
        Files.createSymbolicLink(dir.resolve("data/link.txt"), dir.resolve("data/sub/a.txt"));

        assertThat(walk(List.of(), null, dir.resolve("data").toString())).containsExactly(
                dir.resolve("data/link.txt") + " [by content]",
                dir.resolve("data/sub/a.txt") + " [by content]",
                dir.resolve("data/sub/gone") + ": broken symbolic link",
                dir.resolve("data/sub/up") + ": symbolic link loop");
    }

    @Test
    void leavesOutIgnoredFiles() throws IOException {
        touch("a.txt");
        Path report = touch("report.json");
        InputWalker walker = new InputWalker(List.of(dir.toString()), ExcludeFilter.of(List.of()), null,
                new ByteArrayInputStream(new byte[0]), new S3Inputs(Map.of()));
        walker.ignore(report);
        Recorder recorder = new Recorder();

        walker.walk(recorder);

        assertThat(recorder.seen).containsExactly(dir.resolve("a.txt") + " [by content]");
    }

    @Test
    void rejectsMissingPathsAndStandardInputTwice() {
        assertThatThrownBy(() -> walk(List.of(), null, dir.resolve("nope").toString()))
                .isInstanceOf(InputException.class).hasMessage(dir.resolve("nope") + ": no such file or directory");
        assertThatThrownBy(() -> walk(List.of(), null, "-", "-"))
                .isInstanceOf(InputException.class).hasMessageContaining("only once");
    }

    @Test
    void rejectsInvalidGlobs() {
        assertThatThrownBy(() -> ExcludeFilter.of(List.of("{a,b")))
                .isInstanceOf(InputException.class).hasMessageContaining("{a,b");
    }
}
