package io.piiscanner.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArtifactUriTest {

    @Test
    void relativePathsUseForwardSlashesAndPercentEncoding() {
        assertThat(ArtifactUri.of("data/customers.csv")).isEqualTo("data/customers.csv");
        assertThat(ArtifactUri.of("./data/../data/a b.csv")).isEqualTo("data/a%20b.csv");
        assertThat(ArtifactUri.of("reports/50%.txt")).isEqualTo("reports/50%25.txt");
    }

    @Test
    void absolutePathsInsideTheWorkingDirectoryBecomeRelative() {
        assertThat(ArtifactUri.of(Path.of("src", "x.txt").toAbsolutePath().toString()))
                .isEqualTo("src/x.txt");
    }

    @Test
    void absolutePathsElsewhereBecomeFileUris() {
        assertThat(ArtifactUri.of("/elsewhere/x.txt")).isEqualTo("file:///elsewhere/x.txt");
    }

    @Test
    void aColonInTheFirstSegmentIsNotAScheme() {
        assertThat(ArtifactUri.of("c:notes.txt")).isEqualTo("./c:notes.txt");
    }

    @Test
    void standardInputHasAName() {
        assertThat(ArtifactUri.of("-")).isEqualTo("stdin");
    }
}
