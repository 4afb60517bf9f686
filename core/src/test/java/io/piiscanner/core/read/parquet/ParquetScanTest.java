package io.piiscanner.core.read.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.read.Archives;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.EngineConfig;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet files read value by value, each finding at its record and column. */
class ParquetScanTest {

    static final Engine ENGINE = Engine.withDefaults();

    /**
     * What {@link ParquetFixtures#payments()} holds, column by column in each row group: the nested
     * card, the card stored as an int64, the card stored as a decimal, the email, the bare SSN that
     * only its column name makes one, the SSN in free text. The decoys are not found.
     */
    static final String[] PAYMENTS_FOUND = {
        "CREDIT_CARD record=2 column=4 field=customer.card 1:1 **** **** **** 1111",
        "CREDIT_CARD record=120 column=5 field=card_number 1:1 ************4444",
        "CREDIT_CARD record=180 column=11 field=account 1:1 ***********0005",
        "EMAIL_ADDRESS record=260 column=3 field=customer.email 1:1 j*******@*******.org",
        "US_SSN record=251 column=6 field=ssn 1:1 *****4399",
        "US_SSN record=250 column=7 field=notes 1:15 ***-**-4399"
    };

    /**
     * Footer metadata as pyarrow and a user write it: a pandas schema (nothing in it), an email, a
     * bare SSN that its key makes one, a card in a key and another in that key's value, and an
     * Arrow schema, which is not read.
     */
    static final Map<String, String> METADATA = Map.of(
            "pandas",
            "{\"index_columns\": [], \"columns\": [{\"name\": \"notes\", \"pandas_type\": \"unicode\"}],"
                    + " \"creator\": {\"library\": \"pyarrow\", \"version\": \"15.0.2\"}}",
            "exported_by",
            "jane.roe@example.org",
            "ssn",
            "536904399",
            "card 5555555555554444",
            "refund to 4111 1111 1111 1111",
            FooterMetadata.ARROW_SCHEMA,
            Base64.getEncoder().encodeToString("\u00ff\u00ff\u00ff\u00ff notes".getBytes(StandardCharsets.ISO_8859_1)));

    /** A file of one record, a note, with {@link #METADATA} in its footer. */
    static byte[] withMetadata() {
        return ParquetFixtures.write(
                MessageTypeParser.parseMessageType("message export { optional binary notes (STRING); }"),
                CompressionCodecName.UNCOMPRESSED,
                10,
                METADATA,
                f -> List.of(f.newGroup().append("notes", "SSN 536-90-4399")));
    }

    /** What {@link #withMetadata()} holds, the metadata's keys by their order first, then the record. */
    static final String[] METADATA_FOUND = {
        "CREDIT_CARD metadata key field=null 1:6 ************4444",
        "CREDIT_CARD metadata field=card ************4444 1:11 **** **** **** 1111",
        "EMAIL_ADDRESS metadata field=exported_by 1:1 j*******@*******.org",
        "US_SSN metadata field=ssn 1:1 *****4399",
        "US_SSN null field=notes 1:5 ***-**-4399"
    };

    static String describeMetadata(Finding f) {
        return f.type() + " " + f.location().part() + " field=" + f.field() + " " + f.line() + ":" + f.column() + " "
                + f.masked();
    }

    @TempDir
    Path dir;

    record Result(ScanOutcome outcome, List<Finding> findings) {
        List<String> located() {
            return findings.stream().map(ParquetScanTest::describe).toList();
        }
    }

    static String describe(Finding f) {
        var l = f.location();
        return f.type() + " record=" + l.record() + " column=" + l.column() + " field=" + f.field() + " " + f.line()
                + ":" + f.column() + " " + f.masked();
    }

    static Result scanFile(Path file) throws IOException {
        List<Finding> findings = new ArrayList<>();
        ScanOutcome outcome = ENGINE.scan(InputSource.of(file), findings::add);
        return new Result(outcome, findings);
    }

    static Result scanStream(String name, byte[] bytes) throws IOException {
        List<Finding> findings = new ArrayList<>();
        ScanOutcome outcome =
                ENGINE.scan(new InputSource(name, () -> new ByteArrayInputStream(bytes), null), findings::add);
        return new Result(outcome, findings);
    }

    @Test
    void everyPlantedValueIsFoundAtItsRecordAndColumn() throws IOException {
        Path file = dir.resolve("payments.parquet");
        Files.write(file, ParquetFixtures.payments());
        Result result = scanFile(file);
        assertThat(result.outcome().complete()).as(result.outcome().toString()).isTrue();
        assertThat(result.located()).containsExactly(PAYMENTS_FOUND);
        Finding nested = result.findings().get(0);
        assertThat(nested.location().piece()).isTrue();
        assertThat(nested.location().entry()).isNull();
        assertThat(nested.path()).isEqualTo(file.toString());
    }

    @Test
    void theFootersMetadataIsReadKeysAndValuesBeforeTheRecords() throws IOException {
        Result result = scanStream("export.parquet", withMetadata());
        assertThat(result.outcome().complete()).as(result.outcome().toString()).isTrue();
        assertThat(result.findings().stream().map(ParquetScanTest::describeMetadata))
                .containsExactly(METADATA_FOUND);
    }

    @Test
    void aParquetStreamIsReadThroughATemporaryCopyAndFoundTheSame() throws IOException {
        Result result = scanStream("export", Archives.gzip(ParquetFixtures.payments()));
        assertThat(result.outcome().complete()).isTrue();
        assertThat(result.located()).containsExactly(PAYMENTS_FOUND);
    }

    @Test
    void millionsOfNullsInAFewBytesAreBoundedLikeADecompressionBomb() throws IOException {
        MessageType schema = MessageTypeParser.parseMessageType("message sparse { optional binary note (STRING); }");
        byte[] file = ParquetFixtures.write(
                schema,
                CompressionCodecName.SNAPPY,
                1_000_000,
                f -> java.util.Collections.nCopies(200_000, f.newGroup()));
        Engine strict = Engine.create(EngineConfig.builder()
                .decompressionLimits(1L << 30, 100, 10_000)
                .build());
        List<Finding> findings = new ArrayList<>();
        ScanOutcome outcome = strict.scan(
                new InputSource("sparse.parquet", () -> new ByteArrayInputStream(file), null), findings::add);
        assertThat(file.length).isLessThan(2000);
        assertThat(outcome.skipped()).as(outcome.toString()).isTrue();
        assertThat(outcome.skipReason()).startsWith("decompression bomb guard: ratio ");
    }

    @Test
    void everyCodecReadsAlike() throws IOException {
        for (CompressionCodecName codec : ParquetCodecs.SUPPORTED) {
            byte[] file = ParquetFixtures.write(
                    ParquetFixtures.PAYMENTS,
                    codec,
                    10,
                    f -> List.of(f.newGroup()
                            .append("id", 1L)
                            .append("customer_name", "Ann")
                            .append("card_number", 4111111111111111L)));
            assertThat(scanStream("cards.parquet", file).located())
                    .as(codec.name())
                    .containsExactly("CREDIT_CARD record=0 column=5 field=card_number 1:1 ************1111");
        }
    }
}
