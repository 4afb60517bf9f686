package io.piiscanner.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.scan.ScanOutcome;
import io.piiscanner.s3.testing.S3Emulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class S3InputSourcesTest {

    private static final S3Emulator S3 = S3Emulator.get();
    private static final Engine ENGINE = Engine.withDefaults();
    private static final String CSV = "name,card_number\nAda,4111 1111 1111 1111\n";
    private static String bucket;

    @BeforeAll
    static void objects() throws IOException {
        bucket = S3.createBucket("sources");
        S3.put(bucket, "exports/customers.csv", CSV.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(CSV.getBytes(StandardCharsets.UTF_8));
        }
        S3.put(bucket, "exports/Kunden ü.csv.gz", gz.toByteArray());
    }

    private static List<Finding> scan(InputSource source) throws IOException {
        List<Finding> findings = new ArrayList<>();
        ScanOutcome outcome = ENGINE.scan(source, findings::add);
        assertThat(outcome.skipped()).isFalse();
        return findings;
    }

    @Test
    void streamsAnObjectThroughTheEngineWithItsKeyAsTheFormatsHint() throws IOException {
        InputSource source =
                S3InputSources.of(S3.client(), new S3ObjectRef(bucket, "exports/customers.csv", null), null);
        assertThat(source.path()).isEqualTo("s3://" + bucket + "/exports/customers.csv");
        assertThat(source.format()).isNull();
        List<Finding> findings = scan(source);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo("CREDIT_CARD");
            assertThat(f.field()).isEqualTo("card_number");
            assertThat(f.masked()).isEqualTo("**** **** **** 1111");
        });
    }

    @Test
    void readsGzipObjectsWithNonAsciiKeys() throws IOException {
        InputSource source =
                S3InputSources.of(S3.client(), new S3ObjectRef(bucket, "exports/Kunden ü.csv.gz", null), null);
        assertThat(scan(source)).extracting(Finding::field).containsExactly("card_number");
    }

    @Test
    void aGivenFormatWinsOverTheKey() {
        InputSource source = S3InputSources.of(
                S3.client(), new S3ObjectRef(bucket, "exports/customers.csv", null), InputFormat.TEXT);
        assertThat(source.format()).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void aMissingObjectIsAnIoErrorWithAShortReason() {
        InputSource source = S3InputSources.of(S3.client(), new S3ObjectRef(bucket, "exports/gone.csv", null), null);
        assertThatThrownBy(() -> ENGINE.scan(source, f -> {}))
                .isInstanceOf(IOException.class)
                .hasMessage("no such object");
    }
}
