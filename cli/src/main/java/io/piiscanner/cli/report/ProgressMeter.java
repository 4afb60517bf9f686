package io.piiscanner.cli.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A one-line spinner on standard error, for scans long enough to make people wonder: inputs done,
 * bytes read (within files too, so one large file moves it), the rate, findings, the time taken
 * and, once the total is known (see {@link ScanProgress}), the time left. It shows up
 * after a second, so quick scans print nothing extra, and redraws a few times a second in place.
 * Standard output may be the same terminal: {@link #hidingOutput} erases the line before report
 * lines are written, so the two never mix on screen. When the process is interrupted (Ctrl-C)
 * the line is ended, so the shell's prompt starts on a line of its own.
 */
public final class ProgressMeter implements AutoCloseable {

    private static final long DELAY_MILLIS = 1000;
    private static final long PERIOD_MILLIS = 200;
    private static final String SPINNER = "|/-\\";

    private final PrintStream err;
    private final ScanSummary summary;
    private final ScanProgress progress;
    private final LongSupplier clock;
    private final long startNanos;
    private final ScheduledExecutorService timer;
    private final Thread endLineOnExit = new Thread(this::endLine, "pii-scanner-progress-exit");
    private int shownLength;
    private int frame;

    ProgressMeter(PrintStream err, ScanSummary summary, ScanProgress progress, LongSupplier clock) {
        this.err = err;
        this.summary = summary;
        this.progress = progress;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pii-scanner-progress");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts a meter that draws the scan's progress on {@code err}. */
    public static ProgressMeter start(PrintStream err, ScanSummary summary, ScanProgress progress) {
        ProgressMeter meter = new ProgressMeter(err, summary, progress, System::nanoTime);
        // Stopped by shutting the timer down; a drawing that fails only stops the meter, never the scan.
        Future<?> unused =
                meter.timer.scheduleAtFixedRate(meter::draw, DELAY_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        Runtime.getRuntime().addShutdownHook(meter.endLineOnExit);
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

    /** The progress line, without the spinner. */
    String line() {
        ScanTotals t = summary.totals();
        long elapsed = clock.getAsLong() - startNanos;
        long read = progress.bytesRead();
        long total = progress.bytesTotal();
        long done = t.filesScanned() + t.failed().size() + t.skipped().size();
        StringBuilder sb = new StringBuilder(96);
        long inputs = progress.inputsTotal();
        sb.append(done);
        if (inputs >= 0) {
            sb.append(" of ").append(inputs);
        }
        sb.append((inputs >= 0 ? inputs : done) == 1 ? " file, " : " files, ").append(ByteSizes.format(read));
        if (total >= 0) {
            sb.append(" of ").append(ByteSizes.format(total));
        }
        sb.append(", ")
                .append(ByteSizes.perSecond(read, elapsed))
                .append(", ")
                .append(t.findings())
                .append(t.findings() == 1 ? " finding, " : " findings, ")
                .append(duration(elapsed / 1_000_000_000L));
        if (total >= read && read > 0) {
            sb.append(", about ")
                    .append(duration(Math.round((double) (total - read) * elapsed / read / 1e9)))
                    .append(" left");
        }
        return sb.toString();
    }

    /** A duration for people: {@code 42 s}, {@code 3 min 05 s}, {@code 2 h 07 min}. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds / 60 % 60);
    }

    synchronized void draw() {
        String line = SPINNER.charAt(frame++ % SPINNER.length()) + " " + line();
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

    /** Stops drawing and ends the line shown, keeping it: for an interrupted scan. */
    synchronized void endLine() {
        timer.shutdownNow();
        if (shownLength > 0) {
            err.println();
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
        try {
            Runtime.getRuntime().removeShutdownHook(endLineOnExit);
        } catch (IllegalStateException e) {
            // The JVM is shutting down, and the hook is ending the line.
        }
    }
}
