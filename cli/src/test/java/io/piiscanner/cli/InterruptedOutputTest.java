package io.piiscanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped by SIGTERM (as Ctrl-C or a CI timeout stops it) in the middle of writing {@code -o}
 * leaves neither its temporary file nor a partial output behind.
 */
class InterruptedOutputTest {

    @TempDir
    Path dir;

    @Test
    void redactStoppedMidWriteLeavesNothingBehind() throws Exception {
        assertStoppedMidWriteLeavesNothing(
                "redact", "-", "-o", dir.resolve("red.log").toString());
    }

    @Test
    void scanStoppedMidWriteLeavesNothingBehind() throws Exception {
        assertStoppedMidWriteLeavesNothing(
                "scan", "-", "-o", dir.resolve("report.jsonl").toString());
    }

    /**
     * Runs the command in a child JVM on an input that has no end yet (standard input kept open,
     * 4 MB written), waits until the temporary output file holds data, then sends SIGTERM.
     */
    private void assertStoppedMidWriteLeavesNothing(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(
                List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            byte[] text = ("Card number: " + Fixtures.CARD + " for the record\n")
                    .repeat(100_000)
                    .getBytes(StandardCharsets.US_ASCII);
            OutputStream stdin = child.getOutputStream();
            stdin.write(text);
            stdin.flush();

            Path temp = awaitTempFileWithData(child);
            assertThat(temp.getFileName().toString()).startsWith(".").contains(".pii-scanner-" + child.pid() + "-");

            // SIGTERM through the process handle: Process.destroy() would also close standard input,
            // ending the input, so that the run could finish before it stops.
            child.toHandle().destroy();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("stopped by SIGTERM").isEqualTo(128 + 15);
            assertThat(Fixtures.list(dir)).isEmpty();
        } finally {
            child.destroyForcibly();
        }
    }

    private Path awaitTempFileWithData(Process child) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("the command is still running").isTrue();
            Optional<Path> temp;
            try (Stream<Path> files = Files.list(dir)) {
                temp = files.filter(f -> f.getFileName().toString().endsWith(".tmp"))
                        .findFirst();
            }
            if (temp.isPresent() && Files.size(temp.get()) > 0) {
                return temp.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no temporary file with data appeared");
    }
}
