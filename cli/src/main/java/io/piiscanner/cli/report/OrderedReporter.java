package io.piiscanner.cli.report;

import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.FindingListener;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;

/**
 * Passes the findings of inputs scanned concurrently to one {@link ReportWriter} in input order,
 * so that output is the same whatever the number of threads: each input's findings in order and
 * together, inputs in the order they were opened.
 *
 * <p>Inputs form a queue. The input at its head writes its findings straight through; the others
 * hold theirs until they reach the head. An input that holds {@value #MAX_PENDING} findings waits:
 * memory stays bounded, and since inputs are scanned in the order they are opened, the head's
 * scan is always running and never waits, so the queue always moves.
 *
 * <p>The first failure, such as a write error, stops the report: later findings are dropped,
 * and scans still running are cancelled at their next finding.
 */
public final class OrderedReporter {

    static final int MAX_PENDING = 10_000;

    private final Object lock = new Object();
    private final ReportWriter writer;
    private final ScanSummary summary;
    private final ArrayDeque<InputReport> queue = new ArrayDeque<>();
    private RuntimeException failure;

    /**
     * @param writer  receives findings and input outcomes in input order
     * @param summary receives each input's outcome once it is written
     */
    public OrderedReporter(ReportWriter writer, ScanSummary summary) {
        this.writer = writer;
        this.summary = summary;
    }

    /**
     * Adds an input at the end of the queue.
     *
     * @param path     the input's name
     * @param onRetire runs when the input has been written and left the queue
     */
    public InputReport open(String path, Runnable onRetire) {
        synchronized (lock) {
            InputReport report = new InputReport(path, onRetire);
            queue.add(report);
            return report;
        }
    }

    /** Notes, for the summary, a path the walk did not read: the same file or folder as {@code sameAs}. */
    public void duplicate(String path, String sameAs) {
        summary.addDuplicate(path, sameAs);
    }

    /** Throws the failure that stopped the report, if one did. */
    public void throwIfFailed() {
        synchronized (lock) {
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** Whether a failure stopped the report. */
    public boolean failed() {
        synchronized (lock) {
            return failure != null;
        }
    }

    private void fail(RuntimeException e) {
        if (failure == null) {
            failure = e;
        }
        lock.notifyAll();
    }

    /** Writes what the inputs at the head of the queue have, and retires those that are complete. */
    private void drain() {
        while (!queue.isEmpty()) {
            InputReport head = queue.peek();
            if (failure == null) {
                try {
                    for (Finding f : head.pending) {
                        writer.finding(f);
                    }
                    if (head.outcome != null) {
                        writer.inputDone(head.outcome);
                        writer.flush();
                        summary.add(head.outcome);
                    }
                } catch (IOException e) {
                    fail(new UncheckedIOException(e));
                } catch (RuntimeException e) {
                    fail(e);
                }
            }
            head.pending.clear();
            if (head.outcome == null) {
                break;
            }
            queue.poll();
            head.onRetire.run();
        }
        lock.notifyAll();
    }

    /** One input's place in the report: listens to its scan and completes it. */
    public final class InputReport implements FindingListener {

        private final String path;
        private final Runnable onRetire;
        private final List<Finding> pending = new ArrayList<>();
        private final Map<String, Long> byType = new TreeMap<>();
        private long findings;
        private ScanOutcome outcome;

        private InputReport(String path, Runnable onRetire) {
            this.path = path;
            this.onRetire = onRetire;
        }

        /**
         * Writes the finding or holds it until this input reaches the head of the queue.
         *
         * @throws CancellationException when the report has failed, to stop the scan
         */
        @Override
        public void onFinding(Finding finding) {
            synchronized (lock) {
                while (failure == null && queue.peek() != this && pending.size() >= MAX_PENDING) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        fail(new CancellationException("scan interrupted"));
                    }
                }
                if (failure != null) {
                    throw new CancellationException("report stopped");
                }
                findings++;
                byType.merge(finding.type(), 1L, Long::sum);
                if (queue.peek() != this) {
                    pending.add(finding);
                    return;
                }
                try {
                    writer.finding(finding);
                } catch (IOException e) {
                    fail(new UncheckedIOException(e));
                    throw failure;
                } catch (RuntimeException e) {
                    fail(e);
                    throw e;
                }
            }
        }

        /** Completes the input with the engine's outcome. */
        public void complete(ScanOutcome scanOutcome) {
            synchronized (lock) {
                outcome = scanOutcome;
                drain();
            }
        }

        /**
         * Completes an input that could not be read: skipped when nothing of it was reported,
         * else failed, keeping the findings made before the error.
         */
        public void completeUnreadable(String reason, long nanos) {
            synchronized (lock) {
                complete(
                        findings == 0
                                ? ScanOutcome.skipped(path, reason, nanos)
                                : new ScanOutcome(
                                        path,
                                        0,
                                        findings,
                                        Collections.unmodifiableMap(new TreeMap<>(byType)),
                                        null,
                                        reason,
                                        nanos));
            }
        }

        /** Completes the input after an unexpected error, which stops the whole report. */
        public void abort(RuntimeException e) {
            synchronized (lock) {
                fail(e);
                complete(new ScanOutcome(
                        path, 0, findings, Collections.unmodifiableMap(new TreeMap<>(byType)), null, "aborted", 0));
            }
        }
    }
}
