package io.piiscanner.cli;

import io.piiscanner.cli.input.InputVisitor;
import io.piiscanner.cli.input.InputWalker;
import io.piiscanner.cli.input.IoErrors;
import io.piiscanner.cli.report.OrderedReporter;
import io.piiscanner.cli.report.ScanProgress;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.NameMasker;
import io.piiscanner.core.scan.PartialReadException;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scans what a walk finds on a pool of threads, while the walk goes on, and reports through an
 * {@link OrderedReporter} so the report reads as if inputs were scanned one after another.
 * The number of inputs open at once is bounded, which bounds the findings held for later.
 * With one thread, inputs are scanned on the calling thread. Input names and skip reasons are
 * reported with the values they hold masked by the engine's {@link NameMasker}, as the engine
 * reports them in findings.
 */
final class ParallelScan {

    /** Inputs open per thread: enough queued work that threads do not idle on a slow head. */
    private static final int OPEN_PER_THREAD = 4;

    private final Engine engine;
    private final NameMasker names;
    private final int threads;

    ParallelScan(Engine engine, int threads) {
        this.engine = engine;
        this.names = engine.names();
        this.threads = threads;
    }

    /**
     * Scans every input the walker finds.
     *
     * @param progress counts the bytes read and the sizes of the inputs found
     * @throws RuntimeException the failure that stopped the report, such as an {@link OutputException}
     */
    void run(InputWalker walker, OrderedReporter reporter, ScanProgress progress) {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemonThreads()) : null;
        Semaphore open = new Semaphore(threads * OPEN_PER_THREAD);
        boolean walked = false;
        try {
            walker.walk(new InputVisitor() {
                @Override
                public void input(InputSource source, long size) {
                    progress.found(size);
                    InputSource counted = new InputSource(
                            source.path(),
                            () -> progress.counting(source.opener().get()),
                            source.format());
                    OrderedReporter.InputReport report = open(names.mask(source.path()));
                    Runnable task = () -> scan(counted, report);
                    if (pool == null) {
                        task.run();
                    } else {
                        pool.execute(task);
                    }
                }

                @Override
                public void skipped(String path, String reason) {
                    String shown = names.mask(path);
                    open(shown).complete(ScanOutcome.skipped(shown, names.mask(reason), 0));
                }

                @Override
                public void duplicate(String path, String sameAs) {
                    reporter.duplicate(path, sameAs);
                }

                private OrderedReporter.InputReport open(String path) {
                    reporter.throwIfFailed();
                    open.acquireUninterruptibly();
                    return reporter.open(path, open::release);
                }
            });
            walked = true;
            progress.walked();
        } finally {
            if (pool != null) {
                shutDown(pool, walked && !reporter.failed());
            }
        }
        reporter.throwIfFailed();
    }

    private void scan(InputSource source, OrderedReporter.InputReport report) {
        long start = System.nanoTime();
        try {
            report.complete(engine.scan(source, report));
        } catch (PartialReadException e) {
            report.complete(e.outcome());
        } catch (IOException | UncheckedIOException e) {
            // A file that vanished or became unreadable during a walk is skipped, not fatal.
            // Java's messages may quote the file's name.
            report.completeUnreadable(names.mask(IoErrors.reason(e)), System.nanoTime() - start);
        } catch (RuntimeException e) {
            report.abort(e);
        } catch (Error e) {
            // The engine keeps an input's own errors in its outcome: this one is the JVM's, such as
            // an OutOfMemoryError, and stops the run rather than leave the input out of the report.
            report.abort(new IllegalStateException(e.toString(), e));
        }
    }

    /** Waits for queued scans; after a failure, interrupts them instead. */
    private static void shutDown(ExecutorService pool, boolean finishQueued) {
        if (finishQueued) {
            pool.shutdown();
        } else {
            pool.shutdownNow();
        }
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "pii-scanner-scan-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
