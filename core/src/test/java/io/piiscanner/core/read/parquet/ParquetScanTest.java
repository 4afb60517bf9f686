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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
