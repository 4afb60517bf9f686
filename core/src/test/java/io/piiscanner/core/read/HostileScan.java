package io.piiscanner.core.read;

import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Scans files given as arguments, as the CLI would, and prints one line per file: how it ended
 * and how many findings. Run in a small heap by {@link HostileInputsTest}.
 */
public final class HostileScan {

    private HostileScan() {}

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
