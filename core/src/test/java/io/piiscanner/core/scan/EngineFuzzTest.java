package io.piiscanner.core.scan;

import static io.piiscanner.testing.Bytes.concat;
import static io.piiscanner.testing.Bytes.gzip;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.piiscanner.core.corpus.FuzzSeeds;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.read.Archives;
import io.piiscanner.core.read.Mails;
import io.piiscanner.testing.Mutations;
import io.piiscanner.testing.UserMessages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Fuzzes the engine: random bytes and mutated samples ({@link FuzzSeeds}) in every input format,
 * plain and gzip (whole, in two members, truncated, with other data after it), with every
 * built-in detector. Every input ends in an outcome, never an exception: read to the end, skipped
 * with a reason, or failed with a one-line reason, and failed only when its gzip stream is damaged
 * (a built-in detector's error would be contained as a failure too, so a failure of an undamaged
 * input is a bug). Findings are well-formed; redaction writes the input with each finding
 * replaced by its mask, so CSV stays CSV and JSON that parsed still parses; and findings do not
 * depend on how the input is read nor on where its windows end.
 *
 * <p>No try is timed: inputs are at most {@link FuzzSeeds#MAX_BYTES} (the window-edge property
 * adds a 1 MiB run of newlines) and the engine is linear, so a hang would show as the test JVM's
 * timeout. {@code ./mvnw verify} runs the tries below with a fixed seed; the README's Tests section
 * shows the longer run with fresh seeds, and a failing sample it finds becomes an example here.
 */
class EngineFuzzTest {

    private static final Engine ENGINE = Engine.create(EngineConfig.builder()
            .hmacKey("fuzz".getBytes(StandardCharsets.UTF_8))
            .build());
    private static final Set<String> DETECTOR_IDS =
            ENGINE.detectors().stream().map(Detector::id).collect(Collectors.toSet());
    private static final Mutations MUTATIONS = FuzzSeeds.mutations();
    private static final Mutations STRUCTURED = Mutations.of(structuredSeeds(), FuzzSeeds.TOKENS, FuzzSeeds.MAX_BYTES);
    private static final String PATH = "input";
    private static final JsonFactory JSON = new JsonFactory();

    /** How the bytes reach the engine. */
    enum Packing {
        PLAIN,
        GZIP,
        TWO_MEMBERS,
        TRUNCATED,
        DATA_AFTER
    }

    /** A packing, and where it cuts the input or the compressed stream (taken modulo their length). */
    record Packed(Packing packing, int cut) {

        byte[] apply(byte[] content) {
            return switch (packing) {
                case PLAIN -> content;
                case GZIP -> gzip(content);
                case TWO_MEMBERS -> {
                    int at = cut % (content.length + 1);
                    yield concat(
                            gzip(Arrays.copyOf(content, at)), gzip(Arrays.copyOfRange(content, at, content.length)));
                }
                case TRUNCATED -> {
                    // At least the 10-byte header, so that it is still read as gzip.
                    byte[] gz = gzip(content);
                    yield Arrays.copyOf(gz, 10 + cut % (gz.length - 10));
                }
                case DATA_AFTER ->
                    concat(gzip(content), "not gzip: 4111111111111111\n".getBytes(StandardCharsets.UTF_8));
            };
        }
    }

    /** What a scan produced. */
    record Scanned(ScanOutcome outcome, List<Finding> findings) {

        /** The outcome without its time, which differs between runs. */
        ScanOutcome timeless() {
            return new ScanOutcome(
                    outcome.path(),
                    outcome.bytes(),
                    outcome.findings(),
                    outcome.findingsByType(),
                    outcome.skipReason(),
                    outcome.failure(),
                    0);
        }
    }

    @Property(tries = 250)
    void everyInputEndsInAnOutcomeWithWellFormedFindings(
            @ForAll("inputs") Mutations.Input input,
            @ForAll("textFormats") InputFormat format,
            @ForAll("packings") Packed packed) {
        byte[] content = input.bytes();
        Scanned scanned = scan(packed.apply(content), format, List.of());
        ScanOutcome outcome = scanned.outcome();

        assertThat(outcome.skipped() && outcome.failed())
                .as("skipped and failed")
                .isFalse();
        if (outcome.skipped()) {
            UserMessages.assertOneLine(outcome.skipReason());
            assertThat(outcome.bytes()).isZero();
        }
        if (outcome.failed()) {
            UserMessages.assertOneLine(outcome.failure());
        }
        // An input may itself be gzip (the gzip sample, mutated): then it is damaged or not, and
        // packed in gzip it is decompressed twice, so its bytes are not the content's.
        boolean gzipItself = startsLikeGzip(content);
        switch (packed.packing()) {
            case PLAIN -> {
                if (!gzipItself) {
                    assertThat(outcome.failure())
                            .as("failure of an undamaged input")
                            .isNull();
                }
            }
            case GZIP, TWO_MEMBERS -> {
                // Compressed, in one member or two, the content is scanned as when plain.
                if (!startsLikeGzip(content)) {
                    Scanned plain = scan(content, format, List.of());
                    assertThat(scanned.findings()).isEqualTo(plain.findings());
                    assertThat(scanned.timeless()).isEqualTo(plain.timeless());
                }
            }
            case TRUNCATED ->
                assertThat(outcome.complete())
                        .as("a truncated gzip stream read to its end")
                        .isFalse();
            case DATA_AFTER -> {
                // Content that is gzip itself is decompressed in turn, and fails on its own damage first.
                if (!outcome.skipped() && !startsLikeGzip(content)) {
                    assertThat(outcome.failure()).startsWith("data after the end of the gzip stream");
                }
            }
        }
        if (outcome.complete() && !gzipItself) {
            assertThat(outcome.bytes()).isEqualTo(content.length);
        }
        assertWellFormed(scanned, gzipItself ? null : content);
    }

    @Property(tries = 100)
    void redactionReplacesEachFindingByItsMaskAndKeepsTheFormat(
            @ForAll("inputs") Mutations.Input input, @ForAll("textFormats") InputFormat format) throws IOException {
        byte[] content = input.bytes();
        Assume.that(!startsLikeGzip(content));
        Scanned scanned = scan(content, format, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Finding> findings = new ArrayList<>();
        ScanOutcome outcome = ENGINE.redact(
                new InputSource(PATH, () -> new ByteArrayInputStream(content), format), out, findings::add);

        assertThat(findings).isEqualTo(scanned.findings());
        assertThat(new Scanned(outcome, findings).timeless()).isEqualTo(scanned.timeless());
        if (!outcome.complete()) {
            return;
        }
        byte[] redacted = out.toByteArray();
        boolean json = format == InputFormat.JSON || format == InputFormat.NDJSON;
        assertThat(replacedByMasks(content, findings, redacted, json))
                .as(
                        "the input with each finding replaced by its mask%s",
                        json ? ", quoted where it was a bare value" : "")
                .isTrue();
        for (Finding f : findings) {
            assertThat(f.masked())
                    .as("a mask holds no CSV or JSON syntax")
                    .doesNotContain(",", "\t", "\"", "\n", "\r", "\\");
        }
        if (format == InputFormat.JSON) {
            assertSameJsonShape(content, redacted);
        } else if (format == InputFormat.NDJSON) {
            List<String> before = lines(content);
            List<String> after = lines(redacted);
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                assertSameJsonShape(
                        before.get(i).getBytes(StandardCharsets.UTF_8),
                        after.get(i).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Property(tries = 100)
    void findingsDoNotDependOnHowTheInputIsRead(
            @ForAll("inputs") Mutations.Input input,
            @ForAll("textFormats") InputFormat format,
            @ForAll("packings") Packed packed,
            @ForAll @Size(min = 1, max = 50) List<@IntRange(min = 1, max = 4_000) Integer> reads) {
        byte[] bytes = packed.apply(input.bytes());
        Scanned whole = scan(bytes, format, List.of());
        Scanned shortReads = scan(bytes, format, reads);
        assertThat(shortReads.findings()).isEqualTo(whole.findings());
        assertThat(shortReads.timeless()).isEqualTo(whole.timeless());
    }

    /**
     * The same input scanned from the start, and placed after a run of newlines so that its byte
     * {@code at} is the first of the second window: the findings are the same, moved by the run.
     */
    @Property(tries = 30)
    void findingsDoNotDependOnWhereAWindowEnds(
            @ForAll("inputs") Mutations.Input input, @ForAll("lineFormats") InputFormat format, @ForAll int at) {
        Assume.that(!startsLikeGzip(input.bytes()));
        byte[] content = concat(input.bytes(), newlines(WindowScanner.LOOKAHEAD));
        Scanned alone = scan(content, format, List.of());
        Assume.that(alone.outcome().complete());
        int shift = WindowScanner.CHUNK + WindowScanner.KEEP - Math.floorMod(at, input.bytes().length + 1);
        Scanned shifted = scan(concat(newlines(shift), content), format, List.of());

        assertThat(shifted.outcome().complete()).isTrue();
        List<Finding> moved = shifted.findings().stream()
                .map(f -> new Finding(
                        f.path(),
                        f.type(),
                        f.start() - shift,
                        f.end() - shift,
                        f.line() - shift,
                        f.column(),
                        f.confidence(),
                        f.masked(),
                        f.detector(),
                        f.field(),
                        f.fingerprint(),
                        f.detail()))
                .toList();
        assertThat(moved).isEqualTo(alone.findings());
    }

    /**
     * Found by {@link #findingsDoNotDependOnHowTheInputIsRead}: when the deflate data of a gzip
     * stream turned invalid partway, what the read that met the damage had decompressed was lost;
     * with a read of a whole window, everything before the damage.
     */
    @Example
    void whatIsDecompressedBeforeInvalidDeflateDataIsScannedFirst() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] flushed;
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, true)) {
            gz.write("Card number: 4111111111111111\n".getBytes(StandardCharsets.US_ASCII));
            gz.flush();
            flushed = bytes.toByteArray();
        }
        // Then a last block of type 3, which deflate does not have.
        byte[] damaged = concat(flushed, new byte[] {0x07});
        for (List<Integer> reads : List.of(List.<Integer>of(), List.of(7))) {
            Scanned scanned = scan(damaged, InputFormat.TEXT, reads);
            assertThat(scanned.findings()).extracting(Finding::masked).containsExactly("************1111");
            assertThat(scanned.outcome().failure())
                    .isEqualTo("corrupt gzip stream at compressed byte " + damaged.length + ": invalid deflate data");
        }
    }

    /**
     * Archives, compressed streams, email and markup, mutated, their format left to the engine to
     * recognise: each ends in an outcome with one-line reasons, whatever the damage, and its
     * findings hold no more of a value than its mask.
     */
    @Property(tries = 100)
    void structuredInputsEndInAnOutcomeWithMaskedFindings(@ForAll("structured") Mutations.Input input) {
        Scanned scanned = scan(input.bytes(), null, List.of());
        ScanOutcome outcome = scanned.outcome();

        assertThat(outcome.skipped() && outcome.failed())
                .as("skipped and failed")
                .isFalse();
        if (outcome.skipped()) {
            UserMessages.assertOneLine(outcome.skipReason());
        }
        if (outcome.failed()) {
            UserMessages.assertOneLine(outcome.failure());
        }
        outcome.skippedEntries().forEach(e -> UserMessages.assertOneLine(e.entry() + ": " + e.reason()));
        assertThat(outcome.findings()).isEqualTo(scanned.findings().size());
        for (Finding f : scanned.findings()) {
            assertThat(f.path()).isEqualTo(PATH);
            assertThat(f.end()).as("end").isGreaterThan(f.start());
            assertThat(f.masked().chars().filter(Character::isDigit).count())
                    .as("digits shown by %s", f)
                    .isLessThanOrEqualTo(4);
        }
    }

    @Provide
    Arbitrary<Mutations.Input> structured() {
        return STRUCTURED.inputs(8);
    }

    /** The formats scanned as a stream of text, with their field names followed byte by byte. */
    @Provide
    Arbitrary<InputFormat> textFormats() {
        return Arbitraries.of(
                Arrays.stream(InputFormat.values()).filter(InputFormat::text).toList());
    }

    @Provide
    Arbitrary<Mutations.Input> inputs() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, MUTATIONS.inputs(8)),
                Tuple.of(1, MUTATIONS.soup()),
                Tuple.of(
                        1,
                        Arbitraries.bytes()
                                .array(byte[].class)
                                .ofMaxSize(FuzzSeeds.MAX_BYTES)
                                .map(b -> new Mutations.Input("random", List.of(), b))));
    }

    @Provide
    Arbitrary<Packed> packings() {
        return Combinators.combine(
                        Arbitraries.frequency(
                                Tuple.of(4, Packing.PLAIN),
                                Tuple.of(1, Packing.GZIP),
                                Tuple.of(1, Packing.TWO_MEMBERS),
                                Tuple.of(1, Packing.TRUNCATED),
                                Tuple.of(1, Packing.DATA_AFTER)),
                        Arbitraries.integers().greaterOrEqual(0))
                .as(Packed::new);
    }

    /** The formats in which a run of newlines before an input changes nothing but line numbers. */
    @Provide
    Arbitrary<InputFormat> lineFormats() {
        return Arbitraries.of(InputFormat.TEXT, InputFormat.JSON, InputFormat.NDJSON);
    }

    private static Scanned scan(byte[] bytes, InputFormat format, List<Integer> reads) {
        List<Finding> findings = new ArrayList<>();
        InputSource source = new InputSource(
                PATH, () -> reads.isEmpty() ? new ByteArrayInputStream(bytes) : new ShortReads(bytes, reads), format);
        try {
            return new Scanned(ENGINE.scan(source, findings::add), findings);
        } catch (IOException e) {
            throw new UncheckedIOException("an input in memory cannot fail to be read", e);
        }
    }

    /**
     * Findings in input order without overlaps, inside what was read, each at its line and column,
     * from a detector of the engine, above the threshold, masked to at most four digits. Lines and
     * columns are checked when the content read is known, not null.
     */
    /** An archive, compressed streams, an email and markup, each holding values and a member that is itself a container. */
    private static List<Mutations.Seed> structuredSeeds() {
        byte[] notes = Archives.utf8("id,card_number,email\n1,4111111111111111,jane.doe@example.com\n");
        byte[] ticket = Archives.utf8("Caller gave SSN 536-22-1234 and card 5500 0000 0000 0004.\n");
        byte[] inner = Archives.zip(Archives.entries("inner/notes.csv", notes));
        return List.of(
                new Mutations.Seed(
                        "export.zip",
                        Archives.zip(
                                Archives.entries("2024/cards.csv", notes, "ticket.txt", ticket, "nested.zip", inner))),
                new Mutations.Seed(
                        "export.tar.gz",
                        Archives.gzip(Archives.tar(Archives.entries("a/cards.csv", notes, "b/ticket.txt", ticket)))),
                new Mutations.Seed("notes.bz2", Archives.bzip2(ticket)),
                new Mutations.Seed("notes.xz", Archives.xz(ticket)),
                new Mutations.Seed("notes.zst", Archives.zstd(notes)),
                new Mutations.Seed(
                        "message.eml",
                        Mails.message()
                                .from("jane.doe@example.com")
                                .to("support@example.com")
                                .subject("Card 4111 1111 1111 1111")
                                .text(new String(ticket, StandardCharsets.UTF_8))
                                .attach("cards.csv", "text/csv", notes)
                                .bytes()),
                Mutations.Seed.of(
                        "statement.xml",
                        "<?xml version=\"1.0\"?>\n<statement>\n  <customer ssn=\"536-22-1234\">"
                                + "\n    <card>4111111111111111</card><!-- jane.doe@example.com -->\n  </customer>\n</statement>\n"),
                Mutations.Seed.of(
                        "page.html",
                        "<!doctype html>\n<html><body><p title=\"card 4111 1111 1111 1111\">"
                                + "Call +1 650-253-0000</p><script>var ip = \"192.168.0.1\";</script></body></html>\n"));
    }

    private static void assertWellFormed(Scanned scanned, byte[] content) {
        ScanOutcome outcome = scanned.outcome();
        List<Finding> findings = scanned.findings();
        assertThat(outcome.path()).isEqualTo(PATH);
        assertThat(outcome.findings()).isEqualTo(findings.size());
        assertThat(outcome.findingsByType().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(findings.size());
        long previousEnd = 0;
        long line = 1;
        long lineStart = 0;
        for (Finding f : findings) {
            assertThat(f.start()).as("start after the previous finding's end").isGreaterThanOrEqualTo(previousEnd);
            assertThat(f.end()).as("end").isGreaterThan(f.start()).isLessThanOrEqualTo(outcome.bytes());
            if (content != null) {
                for (long i = previousEnd; i < f.start(); i++) {
                    if (content[(int) i] == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                long column = 1;
                for (long i = lineStart; i < f.start(); i++) {
                    // A UTF-8 continuation byte does not start a character.
                    column += (content[(int) i] & 0xC0) == 0x80 ? 0 : 1;
                }
                assertThat(f.line()).as("line of %s", f).isEqualTo(line);
                assertThat(f.column()).as("column of %s", f).isEqualTo(column);
            }
            assertThat(f.path()).isEqualTo(PATH);
            assertThat(DETECTOR_IDS).contains(f.detector());
            assertThat(f.type()).isNotBlank();
            assertThat(f.confidence()).isBetween(ENGINE.config().minConfidence(), 1.0);
            assertThat(f.masked().chars().filter(Character::isDigit).count())
                    .as("digits shown by %s", f)
                    .isLessThanOrEqualTo(4);
            assertThat(f.fingerprint()).matches("[0-9a-f]{64}");
            previousEnd = f.end();
        }
    }

    /**
     * Whether {@code redacted} is {@code content} with each finding's bytes replaced by its mask,
     * which in JSON may be quoted (a bare number becomes a string).
     */
    private static boolean replacedByMasks(byte[] content, List<Finding> findings, byte[] redacted, boolean json) {
        int from = 0;
        int at = 0;
        for (Finding f : findings) {
            int kept = (int) f.start() - from;
            if (!Arrays.equals(content, from, (int) f.start(), redacted, at, Math.min(redacted.length, at + kept))) {
                return false;
            }
            at += kept;
            byte[] mask = f.masked().getBytes(StandardCharsets.UTF_8);
            boolean quoted = json && at < redacted.length && redacted[at] == '"';
            byte[] expected = quoted ? concat(concat(new byte[] {'"'}, mask), new byte[] {'"'}) : mask;
            if (!Arrays.equals(
                    expected, 0, expected.length, redacted, at, Math.min(redacted.length, at + expected.length))) {
                return false;
            }
            at += expected.length;
            from = (int) f.end();
        }
        return Arrays.equals(content, from, content.length, redacted, at, redacted.length);
    }

    /** When {@code before} is JSON (one value or several), {@code after} is JSON of the same shape. */
    private static void assertSameJsonShape(byte[] before, byte[] after) throws IOException {
        List<String> shape;
        try {
            shape = jsonShape(before);
        } catch (IOException notJson) {
            return;
        }
        assertThat(jsonShape(after))
                .as("JSON after redaction: %s", new String(after, StandardCharsets.UTF_8))
                .isEqualTo(shape);
    }

    /** The tokens of JSON values, with every scalar as one kind: a bare number may become a string. */
    private static List<String> jsonShape(byte[] json) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                tokens.add(t.isScalarValue() ? "scalar" : t.name());
            }
        }
        return tokens;
    }

    private static List<String> lines(byte[] bytes) {
        return List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1));
    }

    private static boolean startsLikeGzip(byte[] content) {
        return content.length >= 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b;
    }

    private static byte[] newlines(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) '\n');
        return b;
    }

    /** Returns its bytes a few at a time, as pipes and network streams may, in a cycle of read sizes. */
    private static final class ShortReads extends InputStream {
        private final byte[] bytes;
        private final List<Integer> sizes;
        private Iterator<Integer> next;
        private int pos;

        ShortReads(byte[] bytes, List<Integer> sizes) {
            this.bytes = bytes;
            this.sizes = sizes;
            this.next = sizes.iterator();
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos == bytes.length) {
                return -1;
            }
            if (!next.hasNext()) {
                next = sizes.iterator();
            }
            int n = Math.min(Math.min(len, next.next()), bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
