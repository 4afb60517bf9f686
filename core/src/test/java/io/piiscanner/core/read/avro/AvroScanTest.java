package io.piiscanner.core.read.avro;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileConstants;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

/** Avro object container files read record by record, each finding at its record and field path. */
class AvroScanTest {

    private static final Engine ENGINE = Engine.withDefaults();

    static final List<String> PAYMENTS_FOUND = List.of(
            "CREDIT_CARD record=1 field=customer.card 1:1 **** **** **** 1111",
            "CREDIT_CARD record=2 field=card_number 1:1 ************4444",
            "US_SSN record=3 field=attributes.ssn 1:1 *****4399",
            "CREDIT_CARD record=4 field=account 1:1 ***********0005",
            "CREDIT_CARD record=5 field=tags 1:6 ************1117",
            "EMAIL_ADDRESS record=5 field=token 1:1 j***@*******.org");

    static ScanOutcome scan(String name, byte[] bytes, List<Finding> findings) throws IOException {
        return ENGINE.scan(new InputSource(name, () -> new ByteArrayInputStream(bytes), null), findings::add);
    }

    static String describe(Finding f) {
        return f.type() + " record=" + f.location().record() + " field=" + f.field() + " " + f.line() + ":" + f.column()
                + " " + f.masked();
    }

    @Test
    void everyPlantedValueIsFoundAtItsRecordAndFieldPathWithEveryCodec() throws IOException {
        for (String codec : Arrays.asList("null", "deflate", "snappy", "zstandard", "xz", "bzip2")) {
            List<Finding> findings = new ArrayList<>();
            ScanOutcome outcome = scan("payments.avro", AvroFixtures.payments(codec), findings);
            assertThat(outcome.complete()).as(codec + " " + outcome).isTrue();
            assertThat(findings.stream().map(AvroScanTest::describe))
                    .as(codec)
                    .containsExactlyElementsOf(PAYMENTS_FOUND);
        }
    }

    @Test
    void anAvroFileIsRecognisedByItsContentWhateverItsName() throws IOException {
        List<Finding> findings = new ArrayList<>();
        scan("export.dat", AvroFixtures.payments("snappy"), findings);
        assertThat(findings).hasSize(PAYMENTS_FOUND.size());
    }

    @Test
    void aFileOfManyBlocksIsReadBlockByBlockToItsLastRecord() throws IOException {
        Schema schema = new Schema.Parser().parse("""
                {"type": "record", "name": "Note", "fields": [{"name": "text", "type": "string"}]}
                """);
        List<GenericRecord> records = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            GenericRecord r = new GenericData.Record(schema);
            r.put("text", i == 19_999 ? "SSN 536-90-4399" : "note " + i + " of a long export, nothing to see here");
            records.add(r);
        }
        byte[] file = AvroFixtures.write(schema, "deflate", records);
        List<Finding> findings = new ArrayList<>();
        assertThat(scan("notes.avro", file, findings).complete()).isTrue();
        assertThat(findings.stream().map(AvroScanTest::describe))
                .containsExactly("US_SSN record=19999 field=text 1:5 ***-**-4399");
    }

    @Test
    void aCodecThisReaderLacksSkipsTheFileSayingSo() throws IOException {
        byte[] file = AvroFixtures.payments("null");
        String text = new String(file, StandardCharsets.ISO_8859_1);
        // The header names its codec: "avro.codec", then "null" after its length.
        int codec = text.indexOf(DataFileConstants.CODEC) + DataFileConstants.CODEC.length() + 1;
        assertThat(text.substring(codec, codec + 4)).isEqualTo("null");
        System.arraycopy("brot".getBytes(StandardCharsets.US_ASCII), 0, file, codec, 4);
        ScanOutcome outcome = scan("payments.avro", file, new ArrayList<>());
        assertThat(outcome.skipReason()).isEqualTo("Avro compression brot is not supported");
    }

    @Test
    void aTruncatedAvroFileFailsAfterTheRecordsBeforeTheCut() throws IOException {
        byte[] whole = AvroFixtures.payments("null");
        List<Finding> findings = new ArrayList<>();
        ScanOutcome outcome = scan("payments.avro", Arrays.copyOf(whole, whole.length - 40), findings);
        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.failure()).isEqualTo("truncated Avro file");
    }
}
