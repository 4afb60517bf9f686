package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the Lambda jar from infra/, from the repository root, or from an explicit path. */
class LambdaArtifactTest {

    @TempDir
    Path repository;

    @Test
    void findsTheJarOfTheSiblingLambdaModuleFromInfra() throws IOException {
        Path jar = jarIn(repository);
        Path infra = Files.createDirectories(repository.resolve("infra"));
        assertThat(LambdaArtifact.locate(Optional.empty(), infra)).isEqualTo(jar);
    }

    @Test
    void findsTheJarFromTheRepositoryRoot() throws IOException {
        Path jar = jarIn(repository);
        assertThat(LambdaArtifact.locate(Optional.empty(), repository)).isEqualTo(jar);
    }

    @Test
    void anExplicitPathWinsAndIsResolvedAgainstTheWorkingDirectory() throws IOException {
        jarIn(repository);
        Path other = Files.write(repository.resolve("other.jar"), new byte[] {1});
        assertThat(LambdaArtifact.locate(Optional.of("other.jar"), repository)).isEqualTo(other);
    }

    @Test
    void aMissingJarNamesWhereItLookedAndHowToBuildIt() {
        assertThatThrownBy(() -> LambdaArtifact.locate(Optional.empty(), repository.resolve("infra")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(repository
                        .resolve("lambda/target/pii-scanner-lambda.jar")
                        .toString())
                .hasMessageContaining("./mvnw -pl lambda -am package");
    }

    private static Path jarIn(Path repository) throws IOException {
        Path target = Files.createDirectories(repository.resolve("lambda/target"));
        return Files.write(target.resolve("pii-scanner-lambda.jar"), new byte[] {1});
    }
}
