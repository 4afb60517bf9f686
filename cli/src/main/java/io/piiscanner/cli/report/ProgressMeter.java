package io.piiscanner.cli.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A one-line spinner with counts on standard error, for scans long enough to make people wonder.
 * It shows up after a second, so quick scans print nothing extra, and redraws a few times a
 * second in place. Standard output may be the same terminal: {@link #hidingOutput} erases the
 * line before report lines are written, so the two never mix on screen.
 */
public final class ProgressMeter implements AutoCloseable {

    private static final long DELAY_MILLIS = 1000;
    private static final long PERIOD_MILLIS = 200;
    private static final String SPINNER = "|/-\\";

    private final PrintStream err;
    private final ScanSummary summary;
    private final ScheduledExecutorService timer;
    private int shownLength;
    private int frame;

    private ProgressMeter(PrintStream err, ScanSummary summary) {
        this.err = err;
        this.summary = summary;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pii-scanner-progress");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts a meter that draws the summary's counts on {@code err}. */
    public static ProgressMeter start(PrintStream err, ScanSummary summary) {
        ProgressMeter meter = new ProgressMeter(err, summary);
        meter.timer.scheduleAtFixedRate(meter::draw, DELAY_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        return meter;
    }

    /** Wraps a stream to the same terminal so that each write first erases the progress line. */
    public OutputStream hidingOutput(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                hide();
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                hide();
                out.write(b, off, len);
            }
        };
    }

    private synchronized void draw() {
        ScanTotals t = summary.totals();
        String line = SPINNER.charAt(frame++ % SPINNER.length()) + " " + t.filesScanned() + " files, "
                + ByteSizes.format(t.bytes()) + ", " + t.findings() + " findings, "
                + t.elapsedNanos() / 1_000_000_000 + " s";
        String padding = " ".repeat(Math.max(0, shownLength - line.length()));
        err.print("\r" + line + padding);
        err.flush();
        shownLength = line.length();
    }

    private synchronized void hide() {
        if (shownLength > 0) {
            err.print("\r" + " ".repeat(shownLength) + "\r");
            err.flush();
            shownLength = 0;
        }
    }

    /** Stops the meter and erases its line. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        hide();
    }
}
