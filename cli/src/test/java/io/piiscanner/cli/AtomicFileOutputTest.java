package io.piiscanner.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-------");
    }

    @Test
    void refusesAFolderOrAMissingParent() {
        assertThatThrownBy(() -> AtomicFileOutput.create(dir))
                .isInstanceOf(OutputException.class).hasMessageContaining("is a directory");
        assertThatThrownBy(() -> AtomicFileOutput.create(dir.resolve("no/such/file")))
                .isInstanceOf(OutputException.class).hasMessageContaining("no such file or directory");
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
