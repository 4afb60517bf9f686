package io.piiscanner.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedReporterTest {

    /** Records what it is asked to write, as lines. */
    private static final class RecordingWriter implements ReportWriter {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        volatile boolean failOnWrite;

        @Override
        public void begin() {}

        @Override
        public void finding(Finding f) throws IOException {
            if (failOnWrite) {
                throw new IOException("Broken pipe");
            }
            lines.add(f.path() + "#" + f.start());
        }

        @Override
        public void inputDone(ScanOutcome outcome) {
            lines.add(outcome.path() + " done");
        }

        @Override
        public void end(ScanTotals totals) {}

        @Override
        public void flush() {}
    }

    private static Finding finding(String path, long n) {
        return new Finding(path, "EMAIL_ADDRESS", n, n + 1, 1, 1, 0.9, "j***@example.com", "email", null, null, null);
    }

    private static ScanOutcome outcome(String path, long findings) {
        return new ScanOutcome(path, 10, findings, Map.of("EMAIL_ADDRESS", findings), null, null, 1);
    }

    @SuppressWarnings("ThreadPriorityCheck") // yielding mixes the threads' order, which is what is tested
    @Test
    void concurrentInputsComeOutInOrderAndTogether() throws InterruptedException {
        RecordingWriter writer = new RecordingWriter();
        ScanSummary summary = new ScanSummary();
        OrderedReporter reporter = new OrderedReporter(writer, summary);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        AtomicInteger retired = new AtomicInteger();
        List<String> expected = new ArrayList<>();
        // Seeded: every run checks the same counts; the threads' interleaving is what varies.
        Random counts = new Random(30);
        for (int i = 0; i < 30; i++) {
            String path = "file" + i;
            int count = counts.nextInt(0, 50);
            for (int n = 0; n < count; n++) {
                expected.add(path + "#" + n);
            }
            expected.add(path + " done");
            OrderedReporter.InputReport report = reporter.open(path, retired::incrementAndGet);
            pool.execute(() -> {
                for (int n = 0; n < count; n++) {
                    report.onFinding(finding(path, n));
                    if (n % 7 == 0) {
                        Thread.yield();
                    }
                }
                report.complete(outcome(path, count));
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(writer.lines).containsExactlyElementsOf(expected);
        assertThat(retired).hasValue(30);
        assertThat(summary.totals().filesScanned()).isEqualTo(30);
        assertThat(summary.totals().findings()).isEqualTo(expected.size() - 30);
    }

    @Test
    void anInputBehindTheHeadWaitsOnceItHoldsTheMaximum() throws InterruptedException {
        RecordingWriter writer = new RecordingWriter();
        OrderedReporter reporter = new OrderedReporter(writer, new ScanSummary());
        OrderedReporter.InputReport head = reporter.open("head", () -> {});
        OrderedReporter.InputReport behind = reporter.open("behind", () -> {});
        AtomicInteger delivered = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(1);
        Thread producer = new Thread(() -> {
            for (int n = 0; n <= OrderedReporter.MAX_PENDING; n++) {
                behind.onFinding(finding("behind", n));
                delivered.incrementAndGet();
            }
            behind.complete(outcome("behind", OrderedReporter.MAX_PENDING + 1));
            finished.countDown();
        });
        producer.start();

        assertThat(finished.await(300, TimeUnit.MILLISECONDS))
                .as("blocked behind the head")
                .isFalse();
        assertThat(delivered).hasValue(OrderedReporter.MAX_PENDING);
        assertThat(writer.lines).isEmpty();

        head.onFinding(finding("head", 0));
        head.complete(outcome("head", 1));

        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.lines).hasSize(OrderedReporter.MAX_PENDING + 4);
        assertThat(writer.lines.get(0)).isEqualTo("head#0");
        assertThat(writer.lines.get(writer.lines.size() - 1)).isEqualTo("behind done");
    }

    @Test
    void aWriteFailureStopsTheReportAndCancelsOtherScans() {
        RecordingWriter writer = new RecordingWriter();
        OrderedReporter reporter = new OrderedReporter(writer, new ScanSummary());
        AtomicInteger retired = new AtomicInteger();
        OrderedReporter.InputReport first = reporter.open("first", retired::incrementAndGet);
        OrderedReporter.InputReport second = reporter.open("second", retired::incrementAndGet);
        second.onFinding(finding("second", 0));
        writer.failOnWrite = true;

        assertThatThrownBy(() -> first.onFinding(finding("first", 0))).hasMessageContaining("Broken pipe");
        assertThatThrownBy(() -> second.onFinding(finding("second", 1))).isInstanceOf(CancellationException.class);
        first.abort(new IllegalStateException("ignored: not the first failure"));
        second.complete(outcome("second", 2));

        assertThat(reporter.failed()).isTrue();
        assertThatThrownBy(reporter::throwIfFailed).hasMessageContaining("Broken pipe");
        assertThat(retired).as("every input leaves the queue").hasValue(2);
        assertThat(writer.lines).isEmpty();
    }
}
