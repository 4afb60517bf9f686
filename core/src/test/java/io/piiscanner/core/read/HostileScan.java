package io.piiscanner.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans files given as arguments, as the CLI would, and prints one line per file: how it ended
 * and how many findings. The hostile-input tests run it in a small heap with {@link #inSmallHeap}.
 */
public final class HostileScan {

    private HostileScan() {}

    /**
     * Scans the files in a child JVM with a 32 MB heap and returns what it printed, trimmed; the
     * child must exit normally (an OutOfMemoryError or a crash fails the calling test).
     */
    public static String inSmallHeap(List<String> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                HostileScan.class.getName()));
        command.addAll(files);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    public static void main(String[] args) throws IOException {
        Engine engine = Engine.withDefaults();
        for (String arg : args) {
            Path file = Path.of(arg);
            long[] findings = new long[1];
            ScanOutcome o = engine.scan(InputSource.of(file, file.getFileName().toString(), null), f -> findings[0]++);
            String verdict = o.skipped()
                    ? "skipped: " + o.skipReason()
                    : o.failed()
                            ? "failed: " + o.failure()
                            : o.skippedEntries().isEmpty()
                                    ? "complete"
                                    : "complete, skipped "
                                            + o.skippedEntries().get(0).entry() + ": "
                                            + o.skippedEntries().get(0).reason();
            System.out.println(o.path() + " findings=" + findings[0] + " " + verdict);
        }
    }
}
