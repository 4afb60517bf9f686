package io.piiscanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileOutputTest {

    @TempDir
    Path dir;

    @Test
    void theTargetAppearsOnlyOnCommit() throws IOException {
        Path target = dir.resolve("report.json");
        try (AtomicFileOutput file = AtomicFileOutput.create(target)) {
            file.stream().write("{}".getBytes(StandardCharsets.UTF_8));
            file.stream().flush();
            assertThat(target).doesNotExist();
            assertThat(file.tempFile()).exists().hasParent(dir);
            file.commit();
        }
        assertThat(target).hasContent("{}");
        assertThat(Fixtures.list(dir)).containsExactly("report.json");
    }

    @Test
    void closingWithoutCommitLeavesTheTargetAlone() throws IOException {
        Path target = Fixtures.write(dir.resolve("report.json"), "old");
        try (AtomicFileOutput file = AtomicFileOutput.create(target)) {
            file.stream().write("new".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(target).hasContent("old");
        assertThat(Fixtures.list(dir)).containsExactly("report.json");
    }

    @Test
    void keepsThePermissionsOfAnExistingTargetAndMakesNewOnesPrivate() throws IOException {
        Path shared = Fixtures.write(dir.resolve("shared.txt"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        Path fresh = dir.resolve("fresh.txt");

        for (Path target : new Path[] {shared, fresh}) {
            try (AtomicFileOutput file = AtomicFileOutput.create(target)) {
                file.commit();
            }
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)))
                .isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-------");
    }

    @Test
    void aStaleTemporaryFileIsOneWhoseRunIsOverAndThatNoOneHolds() throws IOException, InterruptedException {
        Path file = Fixtures.write(dir.resolve(".report.json.pii-scanner-1-2.tmp"), "partial");
        Instant later = Instant.now().plus(TempFiles.MIN_AGE).plusSeconds(1);
        long self = ProcessHandle.current().pid();

        assertThat(TempFiles.stale(file, endedProcess(), Instant.now()))
                .as("too recent")
                .isFalse();
        assertThat(TempFiles.stale(file, endedProcess(), later))
                .as("its run has ended")
                .isTrue();
        assertThat(TempFiles.stale(file, self, later))
                .as("its run is still going")
                .isFalse();
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        assertThat(TempFiles.stale(file, self, later))
                .as("the id now belongs to a later process")
                .isTrue();

        try (FileChannel writer = FileChannel.open(file, StandardOpenOption.WRITE)) {
            TempFiles.lock(writer);
            assertThat(TempFiles.stale(file, endedProcess(), later))
                    .as("a writer holds its lock")
                    .isFalse();
        }
    }

    @Test
    void creatingAnOutputRemovesOnlyStaleTemporaryFilesOfOurNaming() throws IOException, InterruptedException {
        FileTime dayAgo = FileTime.from(Instant.now().minus(Duration.ofDays(1)));
        long ended = endedProcess();
        Path stale = Fixtures.write(dir.resolve(".red.log.pii-scanner-" + ended + "-15711386551965101294.tmp"), "x");
        Path fresh = Fixtures.write(dir.resolve(".red.log.pii-scanner-" + ended + "-42.tmp"), "x");
        Path otherTool = Fixtures.write(dir.resolve(".red.log.15711386551965101294.tmp"), "x");
        Path notHidden = Fixtures.write(dir.resolve("red.log.pii-scanner-" + ended + "-7.tmp"), "x");
        for (Path old : List.of(stale, otherTool, notHidden)) {
            Files.setLastModifiedTime(old, dayAgo);
        }

        try (AtomicFileOutput file = AtomicFileOutput.create(dir.resolve("report.json"))) {
            assertThat(file.tempFile().getFileName().toString())
                    .matches("\\.report\\.json\\.pii-scanner-"
                            + ProcessHandle.current().pid() + "-\\d+\\.tmp");
        }

        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(otherTool).exists();
        assertThat(notHidden).exists();
    }

    /** The id of a process that has ended. */
    private static long endedProcess() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void refusesAFolderOrAMissingParent() {
        assertThatThrownBy(() -> AtomicFileOutput.create(dir))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("is a directory");
        assertThatThrownBy(() -> AtomicFileOutput.create(dir.resolve("no/such/file")))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("no such file or directory");
    }

    @Test
    void writesDevicesAndPipesDirectlyInsteadOfReplacingThem() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        try (AtomicFileOutput out = AtomicFileOutput.create(devNull)) {
            out.stream().write("report".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(Files.exists(devNull)).isTrue();
    }
}
