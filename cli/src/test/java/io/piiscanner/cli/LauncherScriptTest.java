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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./pii-scanner}, the launcher at the root of a checkout, says when it builds and shows the
 * build's progress on standard error, keeping standard output for the report; it runs on a JDK 25
 * or newer when it finds one, with an AOT cache, and on an older JDK with a CDS archive. Run on a
 * copy of the script in a checkout of its own, with a Maven Wrapper and JDKs whose {@code java}
 * stands in for the real one and notes how it was called.
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

    /** A {@code java} that writes the archive or cache it is asked to record. */
    private static final String RECORDS = """
            for a in "$@"; do
              case $a in -XX:AOTCacheOutput=*|-XX:ArchiveClassesAtExit=*) echo archive > "${a#*=}" ;; esac
            done
            """;

    /**
     * The option that keeps a JDK 23 or newer from printing warnings on stderr when a codec uses
     * {@code sun.misc.Unsafe}; a JDK 17 refuses it.
     */
    private static final String ALLOW_UNSAFE = "--sun-misc-unsafe-memory-access=allow";

    /** A {@code java} that fails when asked to record an archive or cache, as a JVM that cannot. */
    private static final String FAILS_TO_RECORD = """
            for a in "$@"; do
              case $a in -XX:AOTCacheOutput=*|-XX:ArchiveClassesAtExit=*) echo "cannot" >&2; exit 2 ;; esac
            done
            """;

    @TempDir
    Path checkout;

    @TempDir
    Path jdks;

    @BeforeEach
    void checkoutWithStandIns() throws IOException {
        Path script = Path.of("").toAbsolutePath().getParent().resolve("pii-scanner");
        assumeTrue(Files.isRegularFile(script) && Files.isExecutable(Path.of("/bin/bash")));
        Files.copy(script, checkout.resolve("pii-scanner"));
        executable(checkout.resolve("pii-scanner"));
        for (String source : List.of("core/src", "s3/src", "cli/src")) {
            Files.createDirectories(checkout.resolve(source));
        }
        Files.copy(script.resolveSibling("cli/jvm.sh"), checkout.resolve("cli/jvm.sh"));
        Files.writeString(checkout.resolve("cli/jvm.options"), "-Xss1m\n");
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        mavenWrapper(MAVEN);
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

    @Test
    void aJdk25InJavaHomeRunsWithAnAotCacheRecordedOnSamplesOnceForEachJdk() throws Exception {
        Path jdk25 = jdk("25.0.3", RECORDS);
        Map<String, String> env = Map.of("JAVA_HOME", jdk25.toString());
        String cache = cliTarget().resolve("pii-scanner.aot").toString();

        Run first = launch(env, "scan", "a.txt");
        Run second = launch(env, "scan", "a.txt");

        assertThat(first.out).isEqualTo("report of: scan a.txt\n");
        assertThat(second.out).isEqualTo(first.out);
        assertThat(calls(jdk25))
                .satisfiesExactly(
                        record -> assertThat(record)
                                .contains("-XX:AOTCacheOutput=" + cache + ".tmp", ALLOW_UNSAFE)
                                .endsWith("scan " + checkout.toRealPath().resolve("samples")
                                        + " --format jsonl --threads 1"),
                        scan -> assertThat(scan)
                                .contains("-XX:AOTCache=" + cache, ALLOW_UNSAFE)
                                .endsWith("scan a.txt"),
                        scan -> assertThat(scan)
                                .contains("-XX:AOTCache=" + cache, ALLOW_UNSAFE)
                                .endsWith("scan a.txt"));

        Files.writeString(jdk25.resolve("release"), "JAVA_VERSION=\"25.0.4\"\n");
        launch(env, "scan", "a.txt");
        assertThat(calls(jdk25)).hasSize(5).element(3).asString().contains("-XX:AOTCacheOutput=");
    }

    @Test
    void aJdkOlderThan25RunsWithACdsArchive() throws Exception {
        Path jdk17 = jdk("17.0.15", RECORDS);

        Run run = launch(Map.of("PII_SCANNER_JAVA", jdk17.resolve("bin/java").toString()), "scan", "a.txt");

        assertThat(run.out).isEqualTo("report of: scan a.txt\n");
        String archive = cliTarget().resolve("pii-scanner.jsa").toString();
        assertThat(calls(jdk17))
                .satisfiesExactly(
                        record -> assertThat(record)
                                .contains("-XX:ArchiveClassesAtExit=" + archive + ".tmp")
                                .doesNotContain(ALLOW_UNSAFE)
                                .endsWith("scan " + checkout.toRealPath().resolve("samples")
                                        + " --format jsonl --threads 1"),
                        scan -> assertThat(scan)
                                .contains("-XX:SharedArchiveFile=" + archive)
                                .doesNotContain(ALLOW_UNSAFE));
    }

    @Test
    void aCacheThatCannotBeRecordedLeavesRunsWithoutOneAndIsNotTriedAgain() throws Exception {
        Path jdk25 = jdk("25.0.3", FAILS_TO_RECORD);
        Map<String, String> env =
                Map.of("PII_SCANNER_JAVA", jdk25.resolve("bin/java").toString());

        Run first = launch(env, "scan", "a.txt");
        Run second = launch(env, "scan", "a.txt");

        assertThat(first.out).isEqualTo("report of: scan a.txt\n");
        assertThat(second.out).isEqualTo(first.out);
        assertThat(first.err).doesNotContain("cannot");
        assertThat(second.err).isEmpty();
        assertThat(calls(jdk25))
                .satisfiesExactly(
                        record -> assertThat(record).contains("-XX:AOTCacheOutput="),
                        scan -> assertThat(scan).doesNotContain("-XX:AOTCache"),
                        scan -> assertThat(scan).doesNotContain("-XX:AOTCache"));
    }

    @Test
    void withTheArchiveOffNoneIsRecordedOrUsed() throws Exception {
        Path jdk25 = jdk("25.0.3", RECORDS);

        launch(Map.of("JAVA_HOME", jdk25.toString(), "PII_SCANNER_CDS", "off"), "scan", "a.txt");

        assertThat(calls(jdk25)).singleElement().asString().doesNotContain("AOTCache");
    }

    /** A JDK of that version whose {@code java} runs BEHAVIOUR, notes its arguments, prints a report. */
    private Path jdk(String version, String behaviour) throws IOException {
        Path home = Files.createDirectories(jdks.resolve("jdk-" + version));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Stand-in\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(
                java,
                "#!/usr/bin/env bash\necho \"$*\" >> \"$(dirname \"$0\")/../calls\"\n" + behaviour
                        + "echo \"report of: ${*: -2}\"\n");
        executable(java);
        return home;
    }

    private static List<String> calls(Path jdk) throws IOException {
        return Files.readAllLines(jdk.resolve("calls"));
    }

    private Path cliTarget() throws IOException {
        return checkout.toRealPath().resolve("cli/target");
    }

    private record Run(int exit, String out, String err) {}

    private Run launch(String... args) throws IOException, InterruptedException {
        Path jdk17 = jdks.resolve("jdk-17.0.15");
        if (!Files.exists(jdk17)) {
            jdk("17.0.15", RECORDS);
        }
        return launch(Map.of("PII_SCANNER_JAVA", jdk17.resolve("bin/java").toString(), "PII_SCANNER_CDS", "off"), args);
    }

    private Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(
                List.of(checkout.resolve("pii-scanner").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("PII_SCANNER_JAVA");
        builder.environment().remove("PII_SCANNER_CDS");
        builder.environment().putAll(env);
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
