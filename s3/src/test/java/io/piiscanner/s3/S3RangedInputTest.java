package io.piiscanner.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.ScanOutcome;
import io.piiscanner.s3.testing.S3Emulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/** Reading S3 objects at random positions with ranged GETs, and ZIP archives in S3 through it. */
class S3RangedInputTest {

    private static final S3Emulator S3 = S3Emulator.get();
    private static String bucket;
    private static byte[] zip;

    @BeforeAll
    static void objects() throws IOException {
        bucket = S3.createBucket("ranged");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream archive = new ZipArchiveOutputStream(out)) {
            Random random = new Random(15);
            for (int i = 1; i <= 3; i++) {
                archive.putArchiveEntry(new ZipArchiveEntry("2024/part-" + i + ".csv"));
                StringBuilder csv = new StringBuilder("id,card_number,noise\n");
                for (int row = 0; row < 4000; row++) {
                    csv.append(row)
                            .append(',')
                            .append(row == 3000 ? "4111111111111111" : "0")
                            .append(',')
                            .append(Long.toHexString(random.nextLong()))
                            .append('\n');
                }
                archive.write(csv.toString().getBytes(StandardCharsets.UTF_8));
                archive.closeArchiveEntry();
            }
        }
        zip = out.toByteArray();
        S3.put(bucket, "exports/batch.zip", zip);
    }

    private static GetObjectRequest get(String key) {
        return GetObjectRequest.builder().bucket(bucket).key(key).build();
    }

    @Test
    void readsAnyRangeOfTheObject() throws IOException {
        try (S3RangedInput input = new S3RangedInput(S3.client(), get("exports/batch.zip"))) {
            assertThat(input.size()).isEqualTo(zip.length);
            for (int at : new int[] {0, 1000, 50_000, zip.length - 10, 7}) {
                assertThat(readFully(input, at, 1000))
                        .isEqualTo(Arrays.copyOfRange(zip, at, Math.min(zip.length, at + 1000)));
            }
            assertThat(input.read(zip.length, new byte[10], 0, 10)).isEqualTo(-1);
            // Two reads that follow each other share a GET; the tail is fetched once.
            assertThat(input.gets()).isEqualTo(4);
        }
    }

    private static byte[] readFully(S3RangedInput input, long at, int len) throws IOException {
        byte[] buf = new byte[len];
        int have = 0;
        int n;
        while (have < len && (n = input.read(at + have, buf, have, len - have)) > 0) {
            have += n;
        }
        return Arrays.copyOf(buf, have);
    }

    @Test
    void aZipArchiveInS3IsScannedMemberByMemberWithFewGets() throws IOException {
        List<Finding> findings = new ArrayList<>();
        ScanOutcome outcome = Engine.withDefaults()
                .scan(
                        S3InputSources.of(S3.client(), new S3ObjectRef(bucket, "exports/batch.zip", null), null),
                        findings::add);
        assertThat(outcome.complete()).isTrue();
        assertThat(findings)
                .extracting(f -> f.location().entry() + ":" + f.line() + ":" + f.field())
                .containsExactly(
                        "2024/part-1.csv:3002:card_number",
                        "2024/part-2.csv:3002:card_number",
                        "2024/part-3.csv:3002:card_number");
    }

    @Test
    void aChangedObjectFailsTheReadInsteadOfMixingVersions() {
        S3RangedInput input = new S3RangedInput(
                S3.client(),
                get("exports/batch.zip").toBuilder().ifMatch("\"stale\"").build());
        assertThatThrownBy(input::size).isInstanceOf(IOException.class).hasMessageNotContaining("\n");
    }
}
