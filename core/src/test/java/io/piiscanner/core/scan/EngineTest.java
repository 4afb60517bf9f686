package io.piiscanner.core.scan;

import static io.piiscanner.core.scan.TestDetectors.engine;
import static io.piiscanner.core.scan.TestDetectors.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CandidateSink;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.format.InputFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class EngineTest {

    private final Engine tokens = engine(TestDetectors.token(0.9, ContextRule.NONE));

    @Test
    void reportsByteOffsetsLineAndColumn() throws IOException {
        List<Finding> f = scan(tokens, InputFormat.TEXT, "first line\nid TOKEN-123456 end\n");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.start()).isEqualTo(14);
            assertThat(x.end()).isEqualTo(26);
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.column()).isEqualTo(4);
            assertThat(x.type()).isEqualTo("TEST_TOKEN");
            assertThat(x.detector()).isEqualTo("test-token");
            assertThat(x.masked()).isEqualTo("*****-**3456");
            assertThat(x.fingerprint()).isNull();
        });
    }

    @Test
    void invalidUtf8NeitherFailsNorShiftsOffsets() throws IOException {
        byte[] prefix = {(byte) 0xff, (byte) 0xc3, (byte) 0x28, 'x', (byte) 0xe2, (byte) 0x82, ' '};
        byte[] token = "TOKEN-654321".getBytes(StandardCharsets.US_ASCII);
        byte[] input = new byte[prefix.length + token.length];
        System.arraycopy(prefix, 0, input, 0, prefix.length);
        System.arraycopy(token, 0, input, prefix.length, token.length);
        List<Finding> f = scan(tokens, "bad-utf8", InputFormat.TEXT, input);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.start()).isEqualTo(prefix.length);
            assertThat(x.end()).isEqualTo(input.length);
        });
    }

    @Test
    void columnsCountUtf8CharactersNotBytes() throws IOException {
        List<Finding> f = scan(tokens, InputFormat.TEXT, "Müller é TOKEN-111111");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.start()).isEqualTo(11);
            assertThat(x.column()).isEqualTo(10);
        });
    }

    @Test
    void findsEveryValueAcrossWindowBoundariesExactlyOnce() throws IOException {
        // Values planted on and around each window edge of a single long line.
        int chunk = WindowScanner.CHUNK;
        long size = 5L * chunk + 777;
        List<Long> planted = new ArrayList<>();
        for (int w = 1; w <= 4; w++) {
            for (int delta : new int[] {-13, -7, -1, 0, 1, 500, 2100}) {
                planted.add((long) w * chunk + delta * 20L - 40_000L * w);
            }
        }
        PlantedStream in = new PlantedStream(size, planted, "TOKEN-424242");
        List<Finding> found = new ArrayList<>();
        ScanOutcome outcome = tokens.scan(new InputSource("long-line", () -> in, InputFormat.TEXT), found::add);
        assertThat(outcome.bytes()).isEqualTo(size);
        assertThat(found).extracting(Finding::start).containsExactlyElementsOf(planted);
        assertThat(found).allSatisfy(x -> assertThat(x.line()).isEqualTo(1));
        assertThat(found)
                .extracting(Finding::column)
                .containsExactlyElementsOf(planted.stream().map(p -> p + 1).toList());
    }

    @Test
    void emptyInputHasNoFindingsAndIsNotSkipped() throws IOException {
        List<Finding> f = new ArrayList<>();
        ScanOutcome o = tokens.scan(new InputSource("empty", InputStream::nullInputStream, InputFormat.TEXT), f::add);
        assertThat(f).isEmpty();
        assertThat(o.skipped()).isFalse();
        assertThat(o.bytes()).isZero();
    }

    @Test
    void binaryInputIsSkippedWithReason() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 'T', 'O', 'K'};
        ScanOutcome o = tokens.scan(
                new InputSource("x.png", () -> new java.io.ByteArrayInputStream(png), InputFormat.TEXT), f -> {});
        assertThat(o.skipReason()).contains("PNG");
        byte[] nul = "TOKEN-123456\0\0\0".getBytes(StandardCharsets.US_ASCII);
        List<Finding> f = new ArrayList<>();
        ScanOutcome o2 = tokens.scan(
                new InputSource("x.bin", () -> new java.io.ByteArrayInputStream(nul), InputFormat.TEXT), f::add);
        assertThat(o2.skipReason()).contains("NUL");
        assertThat(f).isEmpty();
    }

    @Test
    void gzipIsStreamedAndOffsetsAreIntoTheDecompressedBytes() throws IOException {
        String text = "header\nTOKEN-000001 and TOKEN-000002\n";
        List<Finding> f = scan(tokens, "x.txt.gz", InputFormat.TEXT, gzip(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(f).extracting(Finding::start).containsExactly(7L, 24L);
        assertThat(f).extracting(Finding::line).containsExactly(2L, 2L);
    }

    @Test
    void decompressionBombStopsItsInputWithTheReason() throws IOException {
        byte[] spaces = new byte[64 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        byte[] bomb = gzip(spaces);
        Engine guarded = engine(
                EngineConfig.builder().decompressionLimits(1L << 40, 100, 2 << 20),
                TestDetectors.token(0.9, ContextRule.NONE));
        ScanOutcome o = guarded.scan(
                new InputSource("bomb.gz", () -> new java.io.ByteArrayInputStream(bomb), InputFormat.TEXT), x -> {});
        // Found past the first window, once the ratio shows: what was read is scanned, then the input fails.
        assertThat(o.failure()).startsWith("decompression bomb guard: ratio");
        assertThat(o.complete()).isFalse();
        Engine capped = engine(
                EngineConfig.builder().decompressionLimits(1 << 19, 100_000, 0),
                TestDetectors.token(0.9, ContextRule.NONE));
        ScanOutcome o2 = capped.scan(
                new InputSource("bomb.gz", () -> new java.io.ByteArrayInputStream(bomb), InputFormat.TEXT), x -> {});
        // Found before the first window is scanned: the input is skipped whole.
        assertThat(o2.skipReason()).contains("more than 524288 decompressed bytes");
    }

    @Test
    void contextRaisesLowersAndGatesConfidence() throws IOException {
        ContextRule rule = ContextRule.boostedBy("employee").penalizedBy("sample");
        Engine e = engine(EngineConfig.builder().minConfidence(0.0), TestDetectors.number(0.5, rule));
        assertThat(scan(e, InputFormat.TEXT, "employee no 12345678").get(0).confidence())
                .isEqualTo(0.85);
        assertThat(scan(e, InputFormat.TEXT, "sample 12345678").get(0).confidence())
                .isEqualTo(0.2);
        assertThat(scan(e, InputFormat.TEXT, "just 12345678").get(0).confidence())
                .isEqualTo(0.5);
        // The nearest label decides, and another line's words do not count.
        assertThat(scan(e, InputFormat.TEXT, "employee, sample 12345678").get(0).confidence())
                .isEqualTo(0.2);
        assertThat(scan(e, InputFormat.TEXT, "employee\n12345678").get(0).confidence())
                .isEqualTo(0.5);
        // Whole words only.
        assertThat(scan(e, InputFormat.TEXT, "employees 12345678").get(0).confidence())
                .isEqualTo(0.5);

        Engine gated = engine(EngineConfig.builder(), TestDetectors.number(0.4, ContextRule.requiring("account")));
        assertThat(scan(gated, InputFormat.TEXT, "ref 12345678")).isEmpty();
        assertThat(scan(gated, InputFormat.TEXT, "Account: 12345678")).hasSize(1);
        assertThat(scan(gated, InputFormat.CSV, "id,account_number\n1,12345678\n"))
                .hasSize(1);
        assertThat(scan(gated, InputFormat.JSON, "{\"bankAccount\": 12345678}")).hasSize(1);
    }

    @Test
    void requiredContextInCsvComesFromTheColumnNameOrTheRowPastTheFirstWindow() throws IOException {
        Engine gated = engine(EngineConfig.builder(), TestDetectors.number(0.4, ContextRule.requiring("account")));
        // Past the first window the header is known, and the engine may skip whatever no word can label.
        String filler = "7,ok,none\n".repeat((WindowScanner.CHUNK + WindowScanner.LOOKAHEAD) / 10 + 100);
        String plain = "id,note,value\n" + filler + "8,account,12345678\n9,other,87654321\n";
        assertThat(scan(gated, InputFormat.CSV, plain))
                .singleElement()
                .satisfies(f -> assertThat(f.start()).isEqualTo(plain.indexOf("12345678")));
        String labelled = "id,note,account_number\n" + filler + "8,other,12345678\n";
        assertThat(scan(gated, InputFormat.CSV, labelled))
                .singleElement()
                .satisfies(f -> assertThat(f.field()).isEqualTo("account_number"));
    }

    @Test
    void minimumConfidenceFilters() throws IOException {
        Engine strict = engine(EngineConfig.builder().minConfidence(0.95), TestDetectors.token(0.9, ContextRule.NONE));
        assertThat(scan(strict, InputFormat.TEXT, "TOKEN-123456")).isEmpty();
    }

    @Test
    void overlappingCandidatesResolveToTheMostConfident() throws IOException {
        Engine overlapping = engine(TestDetectors.token(0.6, ContextRule.NONE), new OverlapDetector());
        List<Finding> g = scan(overlapping, InputFormat.TEXT, "x TOKEN-123456 y");
        assertThat(g).singleElement().extracting(Finding::type).isEqualTo("TEST_OVERLAP");
    }

    @Test
    void fingerprintsAreKeyedAndStable() throws IOException {
        Engine a = engine(
                EngineConfig.builder().hmacKey("k1".getBytes(StandardCharsets.UTF_8)),
                TestDetectors.token(0.9, ContextRule.NONE));
        Engine b = engine(
                EngineConfig.builder().hmacKey("k2".getBytes(StandardCharsets.UTF_8)),
                TestDetectors.token(0.9, ContextRule.NONE));
        String fa = scan(a, InputFormat.TEXT, "TOKEN-123456").get(0).fingerprint();
        assertThat(fa).hasSize(64).matches("[0-9a-f]+");
        assertThat(scan(a, InputFormat.TEXT, "x TOKEN-123456 y").get(0).fingerprint())
                .isEqualTo(fa);
        assertThat(scan(b, InputFormat.TEXT, "TOKEN-123456").get(0).fingerprint())
                .isNotEqualTo(fa);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(data);
        }
        return bytes.toByteArray();
    }

    /** Spans TOKEN-1 exactly, with a higher score than the token detector. */
    private static final class OverlapDetector implements Detector {

        @Override
        public String id() {
            return "test-overlap";
        }

        @Override
        public String type() {
            return "TEST_OVERLAP";
        }

        @Override
        public ContextRule context() {
            return ContextRule.NONE;
        }

        @Override
        public void find(ScanText text, CandidateSink sink) {
            String s = text.text();
            for (int at = s.indexOf("TOKEN-1", text.scanStart());
                    at >= 0 && at < text.scanEnd();
                    at = s.indexOf("TOKEN-1", at + 1)) {
                sink.accept(new Candidate(at, at + "TOKEN-1".length(), 0.95));
            }
        }
    }
}
