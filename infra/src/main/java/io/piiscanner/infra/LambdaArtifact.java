package io.piiscanner.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the Lambda module's shaded jar, the function code. The Maven build makes {@code infra}
 * depend on {@code lambda}, so the jar is built first in the same reactor; this class only finds
 * it and fails clearly when it was not built.
 */
public final class LambdaArtifact {

    /** Environment variable that names the jar explicitly (a path). */
    public static final String ENV = "PII_SCANNER_LAMBDA_JAR";

    /** The jar's place relative to the repository root. */
    static final Path IN_REPOSITORY = Path.of("lambda", "target", "pii-scanner-lambda.jar");

    private LambdaArtifact() {}

    /**
     * Returns the jar: the explicit path if one is given, otherwise the jar in the {@code lambda}
     * module next to the working directory, which is {@code infra/} under Maven and the CDK CLI, or
     * the repository root.
     *
     * @param explicit a path from {@code -c lambdaJar=...} or {@value #ENV}
     * @param workingDirectory the directory the app runs in
     * @return the absolute path of an existing jar
     * @throws IllegalStateException if the jar does not exist, with the command that builds it
     */
    public static Path locate(Optional<String> explicit, Path workingDirectory) {
        Path base = workingDirectory.toAbsolutePath().normalize();
        List<Path> candidates = explicit.map(p -> List.of(base.resolve(p).normalize()))
                .orElseGet(() -> List.of(
                        base.resolveSibling(IN_REPOSITORY.toString()).normalize(),
                        base.resolve(IN_REPOSITORY).normalize()));
        return candidates.stream()
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The Lambda jar was not found at "
                        + candidates
                        + ". Build it first: ./mvnw -pl lambda -am package -DskipTests"
                        + " (from the repository root), or name it with -c lambdaJar=PATH or "
                        + ENV
                        + "."));
    }
}
