package io.piiscanner.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.read.avro.AvroFixtures;
import io.piiscanner.core.read.parquet.ParquetFixtures;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.ScanOutcome;
import io.piiscanner.s3.testing.S3Emulator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/** Parquet and Avro objects in S3, read in place by ranged GETs, found where a local file's values are. */
class S3ColumnarTest {

    private static final S3Emulator S3 = S3Emulator.get();
    private static String bucket;

    @BeforeAll
    static void objects() {
        bucket = S3.createBucket("columnar");
        S3.put(bucket, "lake/payments/part-0000.parquet", ParquetFixtures.payments());
        S3.put(bucket, "lake/payments/part-0000.avro", AvroFixtures.payments("snappy"));
    }

    private static List<String> scan(String key, S3RangedInput[] used) throws IOException {
        InputSource object = S3InputSources.of(S3.client(), new S3ObjectRef(bucket, key, null), null);
        GetObjectRequest get =
                GetObjectRequest.builder().bucket(bucket).key(key).build();
        InputSource counted = new InputSource(object.path(), object.opener(), null, () -> {
            used[0] = new S3RangedInput(S3.client(), get);
            return used[0];
        });
        List<Finding> findings = new ArrayList<>();
        ScanOutcome outcome = Engine.withDefaults().scan(counted, findings::add);
        assertThat(outcome.complete()).as(outcome.toString()).isTrue();
        return findings.stream()
                .map(f -> f.type() + " record=" + f.location().record() + " column="
                        + f.location().column() + " field=" + f.field())
                .toList();
    }

    @Test
    void aParquetObjectIsReadByRangedGetsColumnByColumn() throws IOException {
        S3RangedInput[] used = new S3RangedInput[1];
        assertThat(scan("lake/payments/part-0000.parquet", used))
                .containsExactly(
                        "CREDIT_CARD record=2 column=4 field=customer.card",
                        "CREDIT_CARD record=120 column=5 field=card_number",
                        "CREDIT_CARD record=180 column=11 field=account",
                        "EMAIL_ADDRESS record=260 column=3 field=customer.email",
                        "US_SSN record=251 column=6 field=ssn",
                        "US_SSN record=250 column=7 field=notes");
        // The footer comes with the tail; column chunks that follow each other share a GET.
        assertThat(used[0]).isNotNull();
        assertThat(used[0].gets()).isBetween(1L, 3L * 9 + 1);
    }

    @Test
    void anAvroObjectIsReadInPlaceToo() throws IOException {
        S3RangedInput[] used = new S3RangedInput[1];
        assertThat(scan("lake/payments/part-0000.avro", used))
                .hasSize(6)
                .contains("CREDIT_CARD record=2 column=null field=card_number");
        assertThat(used[0].gets()).isPositive();
    }
}
