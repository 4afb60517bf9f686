package io.piiscanner.cli.backfill;

import java.util.Locale;
import software.amazon.awssdk.services.sfn.model.MapRunItemCounts;

/** One line showing a map run's progress from its item counters (DescribeMapRun). */
public final class ProgressBar {

    static final int WIDTH = 30;

    private ProgressBar() {}

    /**
     * E.g. {@code [##########--------------------]  33%  3,300/10,000 objects  1 failed  40 running}.
     * Before the reader has counted all items, the total is what it has read so far.
     */
    public static String render(MapRunItemCounts counts) {
        long total = n(counts.total());
        long done = n(counts.succeeded()) + n(counts.failed()) + n(counts.timedOut()) + n(counts.aborted());
        int filled = total == 0 ? 0 : (int) Math.min(WIDTH, done * WIDTH / total);
        long percent = total == 0 ? 0 : done * 100 / total;
        StringBuilder line = new StringBuilder("[")
                .append("#".repeat(filled))
                .append("-".repeat(WIDTH - filled))
                .append(String.format(Locale.ROOT, "] %3d%%  %,d/%,d objects", percent, done, total));
        long failed = n(counts.failed()) + n(counts.timedOut()) + n(counts.aborted());
        if (failed > 0) {
            line.append(String.format(Locale.ROOT, "  %,d failed", failed));
        }
        if (n(counts.running()) > 0) {
            line.append(String.format(Locale.ROOT, "  %,d running", n(counts.running())));
        }
        return line.toString();
    }

    private static long n(Long value) {
        return value == null ? 0 : value;
    }
}
