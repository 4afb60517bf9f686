package io.piiscanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./pii-scanner}, the launcher at the root of a checkout, says when it builds and shows the
 * build's progress on standard error, keeping standard output for the report. Run on a copy of the
 * script in a checkout of its own, with a Maven Wrapper and a {@code java} that stand in for the
 * real ones.
 */
class LauncherScriptTest {

    /** Prints what Maven prints as it builds the launcher's modules, then makes the jar. */
    private static final String MAVEN = """
            #!/usr/bin/env bash
            echo "[INFO] Scanning for projects..."
            echo "[INFO] Downloading from central: https://repo.maven.apache.org/maven2/a.pom"
            echo "[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/a.pom (2 kB at 9 kB/s)"
            for m in "pii-scanner" "pii-scanner core" "pii-scanner preflight" "pii-scanner s3" "pii-scanner cli"; do
              n=$((n + 1))
              echo "[INFO] "
              echo "[INFO] Building $m 0.1.0-SNAPSHOT                               [$n/5]"
              echo "[INFO] Building jar: /somewhere/$m.jar"
            done
            mkdir -p cli/target && echo jar > cli/target/pii-scanner.jar
            """;

    private static final String FAILING_MAVEN = """
            #!/usr/bin/env bash
            echo "[INFO] Building pii-scanner core 0.1.0-SNAPSHOT                               [2/5]"
            echo "[ERROR] /src/Engine.java:[12,5] cannot find symbol"
            echo "[ERROR] BUILD FAILURE"
            exit 1
            """;

    @TempDir
    Path checkout;

    @TempDir
    Path bin;

    @BeforeEach
    void checkoutWithStandIns() throws IOException {
        Path script = Path.of("").toAbsolutePath().getParent().resolve("pii-scanner");
        assumeTrue(Files.isRegularFile(script) && Files.isExecutable(Path.of("/bin/bash")));
        Files.copy(script, checkout.resolve("pii-scanner"));
        executable(checkout.resolve("pii-scanner"));
        for (String source : List.of("core/src", "s3/src", "cli/src")) {
            Files.createDirectories(checkout.resolve(source));
        }
        Files.writeString(checkout.resolve("cli/jvm.options"), "-Xss1m\n");
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        mavenWrapper(MAVEN);
        Files.writeString(bin.resolve("java"), "#!/usr/bin/env bash\necho \"report of: ${*: -2}\"\n");
        executable(bin.resolve("java"));
    }

    @Test
    void theFirstRunSaysItBuildsAndShowsEachModuleOnStandardError() throws Exception {
        Run first = launch("scan", "samples/");

        assertThat(first.exit).isZero();
        assertThat(first.out).isEqualTo("report of: scan samples/\n");
        assertThat(first.err.lines().toList())
                .containsExactly(
                        "pii-scanner: building pii-scanner, first run only (a minute or two; longer while Maven downloads"
                                + " the dependencies) ...",
                        "  [1/5] pii-scanner",
                        "  [2/5] pii-scanner core",
                        "  [3/5] pii-scanner preflight",
                        "  [4/5] pii-scanner s3",
                        "  [5/5] pii-scanner cli",
                        "pii-scanner: built");

        Run second = launch("scan", "samples/");
        assertThat(second.err).isEmpty();
        assertThat(second.out).isEqualTo("report of: scan samples/\n");
    }

    @Test
    void changedSourcesAreBuiltAgainAndAFailedBuildShowsItsErrors() throws Exception {
        launch("scan", "a.txt");
        Path source = Files.writeString(checkout.resolve("core/src/Engine.java"), "class Engine {}\n");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
        mavenWrapper(FAILING_MAVEN);

        Run failed = launch("scan", "a.txt");

        assertThat(failed.exit).isEqualTo(ExitStatus.ERROR);
        assertThat(failed.out).isEmpty();
        assertThat(failed.err.lines().toList())
                .containsExactly(
                        "pii-scanner: the sources changed, building again ...",
                        "  [2/5] pii-scanner core",
                        "pii-scanner: build failed:",
                        "[ERROR] /src/Engine.java:[12,5] cannot find symbol",
                        "[ERROR] BUILD FAILURE",
                        "pii-scanner: the build's whole output is in "
                                + checkout.toRealPath().resolve("cli/target/build.log"));
    }

    private record Run(int exit, String out, String err) {}

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(
                List.of(checkout.resolve("pii-scanner").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("PII_SCANNER_CDS", "off");
        Process p = builder.start();
        p.getOutputStream().close();
        String out;
        String err;
        try (InputStream stdout = p.getInputStream();
                InputStream stderr = p.getErrorStream()) {
            out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            err = new String(stderr.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    private void mavenWrapper(String script) throws IOException {
        Files.writeString(checkout.resolve("mvnw"), script);
        executable(checkout.resolve("mvnw"));
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
