package io.piiscanner.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.InputSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {

    @TempDir
    Path dir;

    /**
     * Records a walk as lines: {@code path [FORMAT]} for inputs ({@code [by content]} when the
     * engine is left to recognise it, the name as a hint), {@code path: reason} for skips,
     * {@code path = first} for duplicates.
     */
    private static final class Recorder implements InputVisitor {
        final List<String> seen = new ArrayList<>();

        @Override
        public void input(InputSource source, long size) {
            seen.add(source.path() + " [" + (source.format() == null ? "by content" : source.format()) + "]");
        }

        @Override
        public void skipped(String path, String reason) {
            seen.add(path + ": " + reason);
        }

        @Override
        public void duplicate(String path, String sameAs) {
            seen.add(path + " = " + sameAs);
        }
    }

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }

    private static InputWalker walker(List<String> excludes, String... arguments) {
        return new InputWalker(
                List.of(arguments),
                ExcludeFilter.of(excludes),
                null,
                new ByteArrayInputStream(new byte[0]),
                new S3Inputs(Map.of()));
    }

    private List<String> walk(List<String> excludes, InputFormat format, String... arguments) {
        InputWalker walker = new InputWalker(
                List.of(arguments),
                ExcludeFilter.of(excludes),
                format,
                new ByteArrayInputStream(new byte[0]),
                new S3Inputs(Map.of()));
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

        assertThat(walk(List.of(), null, dir.toString()))
                .containsExactly(
                        dir.resolve("a/m/n.ndjson.gz") + " [by content]",
                        dir.resolve("a/z.json") + " [by content]",
                        dir.resolve("b.csv") + " [by content]",
                        dir.resolve("c.txt") + " [by content]");
    }

    @Test
    void keepsArgumentsInTheirOrderAndSpelling() throws IOException {
        touch("one.txt");
        touch("two.csv");

        assertThat(walk(
                        List.of(),
                        InputFormat.TSV,
                        dir.resolve("two.csv").toString(),
                        "-",
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

        assertThat(walk(List.of("*.log", "node_modules", "docs/fixtures/**"), null, dir.toString()))
                .containsExactly(
                        dir.resolve("fixtures/z.txt") + " [by content]", dir.resolve("keep/a.txt") + " [by content]");
    }

    @Test
    void filesGivenByNameAreReadEvenIfExcluded() throws IOException {
        Path log = touch("debug.log");

        assertThat(walk(List.of("*.log"), null, log.toString())).containsExactly(log + " [by content]");
    }

    @Test
    void readsEachFileOnceUnderTheFirstNameTheWalkMeetsItBy() throws IOException {
        touch("docs/guide/a.txt");
        touch("docs/b.txt");
        Files.createSymbolicLink(dir.resolve("docs/guide/up"), dir.resolve("docs"));
        Files.createSymbolicLink(dir.resolve("all-docs"), dir.resolve("docs"));
        Files.createSymbolicLink(dir.resolve("docs/a-link.txt"), dir.resolve("docs/guide/a.txt"));
        Files.createLink(dir.resolve("hard.txt"), dir.resolve("docs/b.txt"));

        assertThat(walk(
                        List.of(),
                        null,
                        dir.toString(),
                        dir.resolve("docs/b.txt").toString()))
                .containsExactly(
                        // A link to a folder is followed once...
                        dir.resolve("all-docs/a-link.txt") + " [by content]",
                        dir.resolve("all-docs/b.txt") + " [by content]",
                        dir.resolve("all-docs/guide/a.txt") + " = " + dir.resolve("all-docs/a-link.txt"),
                        dir.resolve("all-docs/guide/up") + " = " + dir.resolve("all-docs"),
                        // ...and the folder it leads to is then a duplicate, as are a hard link and a name given again.
                        dir.resolve("docs") + " = " + dir.resolve("all-docs"),
                        dir.resolve("hard.txt") + " = " + dir.resolve("all-docs/b.txt"),
                        dir.resolve("docs/b.txt") + " = " + dir.resolve("all-docs/b.txt"));
    }

    @Test
    void reportsBrokenLinksAndLinksToThemselvesAsSkipped() throws IOException {
        touch("data/a.txt");
        Files.createSymbolicLink(dir.resolve("data/gone"), dir.resolve("missing"));
        Files.createSymbolicLink(dir.resolve("data/self"), dir.resolve("data/self"));
        Files.createSymbolicLink(dir.resolve("data/ping"), dir.resolve("data/pong"));
        Files.createSymbolicLink(dir.resolve("data/pong"), dir.resolve("data/ping"));

        assertThat(walk(List.of(), null, dir.resolve("data").toString()))
                .containsExactly(
                        dir.resolve("data/a.txt") + " [by content]",
                        dir.resolve("data/gone") + ": broken symbolic link",
                        dir.resolve("data/ping") + ": symbolic link loop",
                        dir.resolve("data/pong") + ": symbolic link loop",
                        dir.resolve("data/self") + ": symbolic link loop");
    }

    @Test
    void namesALinkLoopGivenDirectly() throws IOException {
        Path self = Files.createSymbolicLink(dir.resolve("self"), dir.resolve("self"));
        Path gone = Files.createSymbolicLink(dir.resolve("gone"), dir.resolve("missing"));

        assertThatThrownBy(() -> walk(List.of(), null, self.toString()))
                .isInstanceOf(InputException.class)
                .hasMessage(self + ": symbolic link loop");
        assertThatThrownBy(() -> walk(List.of(), null, gone.toString()))
                .isInstanceOf(InputException.class)
                .hasMessage(gone + ": broken symbolic link");
    }

    @Test
    void refusesToReadTheOutputFileUnderAnyName() throws IOException {
        Path report = touch("data/report.json");
        touch("data/a.txt");
        Path link = Files.createSymbolicLink(dir.resolve("elsewhere.json"), report);
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.createSymbolicLink(other.resolve("to-data"), dir.resolve("data"));

        // Named, through a link, in a folder given, in a folder reached through a link.
        for (String argument :
                List.of(report.toString(), link.toString(), dir.resolve("data").toString(), other.toString())) {
            InputWalker walker = walker(List.of(), argument);
            walker.protectOutput(report);
            assertThatThrownBy(() -> {
                        walker.checkArguments();
                        walker.walk(new Recorder());
                    })
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("is the output file (-o)");
        }

        // Left out of the walk, it is no input.
        InputWalker excluded =
                walker(List.of("report.json"), dir.resolve("data").toString());
        excluded.protectOutput(report);
        excluded.checkArguments();
        Recorder recorder = new Recorder();
        excluded.walk(recorder);
        assertThat(recorder.seen).containsExactly(dir.resolve("data/a.txt") + " [by content]");
    }

    @Test
    void theSizeOfTheInputsIsKnownAtOnceOnlyWhenEachIsANamedFile() throws IOException {
        Path a = touch("a.txt");
        Path b = Files.writeString(dir.resolve("b.txt"), "twelve bytes");

        assertThat(walker(List.of(), a.toString(), b.toString()).namedFilesSize())
                .isEqualTo(13);
        assertThat(walker(List.of(), a.toString(), dir.toString()).namedFilesSize())
                .as("a folder")
                .isEqualTo(-1);
        assertThat(walker(List.of(), a.toString(), "-").namedFilesSize())
                .as("standard input")
                .isEqualTo(-1);
    }

    @Test
    void leavesOutIgnoredFiles() throws IOException {
        touch("a.txt");
        Path report = touch("report.json");
        InputWalker walker = walker(List.of(), dir.toString());
        walker.ignore(report);
        Recorder recorder = new Recorder();

        walker.walk(recorder);

        assertThat(recorder.seen).containsExactly(dir.resolve("a.txt") + " [by content]");
    }

    @Test
    void rejectsMissingPathsAndStandardInputTwice() {
        assertThatThrownBy(() -> walk(List.of(), null, dir.resolve("nope").toString()))
                .isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("nope") + ": no such file or directory");
        assertThatThrownBy(() -> walk(List.of(), null, "-", "-"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("only once");
    }

    @Test
    void rejectsInvalidGlobs() {
        assertThatThrownBy(() -> ExcludeFilter.of(List.of("{a,b")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("{a,b");
    }
}
