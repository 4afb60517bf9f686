package io.piiscanner.core.read.avro;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    void aTruncatedAvroFileFailsAfterTheRecordsBeforeTheCut() throws IOException {
        byte[] whole = AvroFixtures.payments("null");
        List<Finding> findings = new ArrayList<>();
        ScanOutcome outcome = scan("payments.avro", Arrays.copyOf(whole, whole.length - 40), findings);
        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.failure()).isEqualTo("truncated Avro file");
    }
}
