package io.piiscanner.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.piiscanner.core.detect.CandidateSink;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.format.CorruptInputException;
import io.piiscanner.core.format.GzipInputStream;
import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.testing.FailingStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** An input that fails partway keeps the findings before the failure, says why, and takes no other input down. */
class InputFailureTest {

    private static final String CARD = "4111111111111111";

    @Test
    void aDetectorErrorFailsItsInputAloneAfterTheFindingsOfTheWindowsBefore() throws IOException {
        Engine engine = TestDetectors.engine(
                TestDetectors.token(0.9, ContextRule.NONE),
                new FailingDetector(() -> new IllegalStateException("cannot parse " + CARD)));
        // A token in each of three windows; the failure's marker in the second.
        String text = tokensEvery(WindowScanner.CHUNK / 2, 3 * WindowScanner.CHUNK);
        int boom = WindowScanner.CHUNK + WindowScanner.CHUNK / 4;
        text = text.substring(0, boom) + "BOOM" + text.substring(boom + 4);

        List<Finding> found = new ArrayList<>();
        ScanOutcome failed = scan(engine, text.getBytes(StandardCharsets.US_ASCII), found);

        assertThat(failed.failed()).isTrue();
        assertThat(failed.failure())
                .isEqualTo("detector 'test-failing' failed: IllegalStateException")
                .doesNotContain(CARD);
        assertThat(failed.bytes()).isPositive().isLessThan(boom);
        assertThat(found).isNotEmpty().allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(failed.bytes()));
        assertThat(found).hasSize(countTokens(text.substring(0, (int) failed.bytes())));
        assertThat(failed.findings()).isEqualTo(found.size());

        // The engine goes on with the next input as before.
        List<Finding> next = new ArrayList<>();
        String clean = tokensEvery(1000, 10_000);
        assertThat(scan(engine, clean.getBytes(StandardCharsets.US_ASCII), next).complete())
                .isTrue();
        assertThat(next).hasSize(countTokens(clean));
    }

    @Test
    void aStackOverflowInADetectorFailsItsInput() throws IOException {
        Engine engine = TestDetectors.engine(
                TestDetectors.token(0.9, ContextRule.NONE), new FailingDetector(StackOverflowError::new));
        ScanOutcome outcome = scan(engine, "TOKEN-123456 BOOM".getBytes(StandardCharsets.US_ASCII), new ArrayList<>());
        assertThat(outcome.failure()).isEqualTo("detector 'test-failing' failed: StackOverflowError");
        assertThat(outcome.complete()).isFalse();
    }

    @Test
    void anOutOfMemoryErrorIsNotTheInputsAndIsThrown() {
        Engine engine = TestDetectors.engine(new FailingDetector(() -> new OutOfMemoryError("test")));
        assertThatThrownBy(() -> scan(engine, "BOOM".getBytes(StandardCharsets.US_ASCII), new ArrayList<>()))
                .isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void anErrorOfTheListenerIsTheCallersAndIsThrown() {
        Engine engine = TestDetectors.engine(TestDetectors.token(0.9, ContextRule.NONE));
        IllegalStateException stop = new IllegalStateException("report stopped");
        byte[] input = "TOKEN-123456".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> engine.scan(
                        new InputSource("t", () -> new ByteArrayInputStream(input), InputFormat.TEXT), f -> {
                            throw stop;
                        }))
                .isSameAs(stop);
    }

    @Test
    void aTruncatedGzipReportsTheFindingsOfItsReadablePartThenFails() throws IOException {
        Engine engine = TestDetectors.engine(TestDetectors.token(0.9, ContextRule.NONE));
        // Small: one window, 40 tokens. Large: several windows and thousands of tokens.
        for (String text : List.of(tokensEvery(100, 4000), tokensEvery(997, 5 * WindowScanner.CHUNK))) {
            byte[] gz = gzip(text.getBytes(StandardCharsets.US_ASCII));
            byte[] truncated = Arrays.copyOf(gz, gz.length * 3 / 5);
            int readable = readable(truncated);

            List<Finding> found = new ArrayList<>();
            ScanOutcome outcome = scan(engine, truncated, found);

            assertThat(outcome.failure())
                    .isEqualTo("truncated gzip stream after " + truncated.length + " compressed bytes");
            assertThat(outcome.bytes()).isEqualTo(readable);
            assertThat(found).hasSize(countTokens(text.substring(0, readable))).isNotEmpty();
            assertThat(outcome.findings()).isEqualTo(found.size());
            assertThat(outcome.findingsByType()).containsEntry("TEST_TOKEN", (long) found.size());
        }
    }

    @Test
    void dataAfterAGzipStreamFailsTheInputAfterTheStreamsFindings() throws IOException {
        Engine engine = TestDetectors.engine(TestDetectors.token(0.9, ContextRule.NONE));
        byte[] gz = gzip("header\nTOKEN-000001\n".getBytes(StandardCharsets.US_ASCII));
        byte[] withGarbage = concat(gz, "TOKEN-999999\n".getBytes(StandardCharsets.US_ASCII));

        List<Finding> found = new ArrayList<>();
        ScanOutcome outcome = scan(engine, withGarbage, found);

        assertThat(found).extracting(Finding::masked).containsExactly("*****-**0001");
        assertThat(outcome.failure())
                .isEqualTo("data after the end of the gzip stream, at compressed byte " + gz.length
                        + ", is not gzip and was not read");
    }

    @Test
    void multiMemberAndZeroPaddedGzipIsReadInFull() throws IOException {
        Engine engine = TestDetectors.engine(TestDetectors.token(0.9, ContextRule.NONE));
        byte[] input = concat(
                concat(
                        gzip("a TOKEN-000001\n".getBytes(StandardCharsets.US_ASCII)),
                        gzip("b TOKEN-000002\n".getBytes(StandardCharsets.US_ASCII))),
                new byte[512]);
        List<Finding> found = new ArrayList<>();
        ScanOutcome outcome = scan(engine, input, found);
        assertThat(outcome.complete()).isTrue();
        assertThat(found).extracting(Finding::start).containsExactly(2L, 17L);
    }

    @Test
    void aReadErrorAfterTheFirstWindowFailsTheInputWithTheFindingsReadBefore() throws IOException {
        Engine engine = TestDetectors.engine(TestDetectors.token(0.9, ContextRule.NONE));
        String text = tokensEvery(1000, 3 * WindowScanner.CHUNK);
        int readable = 2 * WindowScanner.CHUNK + 12_345;
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        List<Finding> found = new ArrayList<>();

        assertThatThrownBy(() -> engine.scan(
                        new InputSource("disk", () -> new FailingStream(bytes, readable), InputFormat.TEXT),
                        found::add))
                .isInstanceOfSatisfying(PartialReadException.class, e -> {
                    ScanOutcome outcome = e.outcome();
                    assertThat(outcome.failed()).isTrue();
                    assertThat(outcome.skipped()).isFalse();
                    assertThat(outcome.failure()).isEqualTo("read error: Input/output error");
                    // What was read before the error is scanned, and the counts agree with the findings.
                    assertThat(outcome.bytes()).isEqualTo(readable);
                    assertThat(found).hasSize(countTokens(text.substring(0, readable)));
                    assertThat(outcome.findings()).isEqualTo(found.size());
                    assertThat(outcome.findingsByType()).containsEntry("TEST_TOKEN", (long) found.size());
                });
    }

    @Test
    void aReadErrorBeforeAnythingIsScannedIsThrownAsItIs() {
        Engine engine = TestDetectors.engine(TestDetectors.token(0.9, ContextRule.NONE));
        byte[] bytes = tokensEvery(1000, 3 * WindowScanner.CHUNK).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> engine.scan(
                        new InputSource("disk", () -> new FailingStream(bytes, 4096), InputFormat.TEXT), f -> {}))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(PartialReadException.class)
                .hasMessage("Input/output error");
    }

    @Test
    void aDecompressionLimitMetAfterTheFirstWindowFailsTheInputAfterItsFindings() throws IOException {
        String text = tokensEvery(1000, 6 * WindowScanner.CHUNK);
        byte[] gz = gzip(text.getBytes(StandardCharsets.US_ASCII));
        Engine capped = TestDetectors.engine(
                EngineConfig.builder().decompressionLimits(3 * WindowScanner.CHUNK, 100_000, 0),
                TestDetectors.token(0.9, ContextRule.NONE));

        List<Finding> found = new ArrayList<>();
        ScanOutcome outcome = scan(capped, gz, found);

        assertThat(outcome.skipped()).isFalse();
        assertThat(outcome.failure())
                .isEqualTo("decompression bomb guard: more than " + 3 * WindowScanner.CHUNK + " decompressed bytes");
        assertThat(outcome.bytes()).isPositive().isLessThanOrEqualTo(3 * WindowScanner.CHUNK);
        assertThat(found)
                .hasSize(countTokens(text.substring(0, (int) outcome.bytes())))
                .isNotEmpty();
        assertThat(outcome.findings()).isEqualTo(found.size());

        // Met before anything is scanned, the limit skips the input whole.
        Engine tight = TestDetectors.engine(
                EngineConfig.builder().decompressionLimits(WindowScanner.CHUNK / 2, 100_000, 0),
                TestDetectors.token(0.9, ContextRule.NONE));
        List<Finding> none = new ArrayList<>();
        ScanOutcome skipped = scan(tight, gz, none);
        assertThat(skipped.skipReason()).startsWith("decompression bomb guard: more than ");
        assertThat(skipped.bytes()).isZero();
        assertThat(none).isEmpty();
    }

    /** Filler with {@code TOKEN-nnnnnn} every {@code every} bytes, {@code size} bytes in all. */
    private static String tokensEvery(int every, int size) {
        StringBuilder sb = new StringBuilder(size);
        int n = 0;
        while (sb.length() < size) {
            String token = String.format("TOKEN-%06d ", n++ % 1_000_000);
            sb.append(token).append("x".repeat(every - token.length() - 1)).append('\n');
        }
        return sb.substring(0, size);
    }

    private static int countTokens(String text) {
        return text.split("TOKEN-\\d{6}(?!\\d)", -1).length - 1;
    }

    /** How many bytes of a truncated gzip stream can be decompressed. */
    private static int readable(byte[] gz) throws IOException {
        int n = 0;
        try (InputStream in = new GzipInputStream(new ByteArrayInputStream(gz), 4096)) {
            while (in.read() >= 0) {
                n++;
            }
        } catch (CorruptInputException expected) {
            return n;
        }
        throw new AssertionError("the stream was not truncated");
    }

    private static ScanOutcome scan(Engine engine, byte[] input, List<Finding> found) throws IOException {
        return engine.scan(
                new InputSource("input", () -> new ByteArrayInputStream(input), InputFormat.TEXT), found::add);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Throws what it is given in a window whose scanned range holds {@code BOOM}. */
    private record FailingDetector(Supplier<Throwable> error) implements Detector {

        @Override
        public String id() {
            return "test-failing";
        }

        @Override
        public String type() {
            return "TEST_FAILING";
        }

        @Override
        public ContextRule context() {
            return ContextRule.NONE;
        }

        @Override
        public void find(ScanText text, CandidateSink sink) {
            int at = text.text().indexOf("BOOM", text.scanStart());
            if (at >= 0 && at < text.scanEnd()) {
                sneakyThrow(error.get());
            }
        }

        @SuppressWarnings("unchecked")
        private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
            throw (T) t;
        }
    }
}
