package io.piiscanner.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.piiscanner.s3.testing.S3Emulator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.StorageClass;

class S3ObjectListerTest {

    private static final S3Emulator S3 = S3Emulator.get();
    private static String bucket;

    @BeforeAll
    static void objects() {
        bucket = S3.createBucket("lister");
        for (String key : List.of("data/b.csv", "data/a.txt", "data/sub/c.json", "other/d.txt", "data/ü é.txt")) {
            S3.put(bucket, key, key.getBytes(StandardCharsets.UTF_8));
        }
        S3.put(bucket, "data/empty-folder/", new byte[0]);
        S3.client()
                .putObject(
                        b -> b.bucket(bucket).key("data/cold.csv").storageClass(StorageClass.GLACIER),
                        RequestBody.fromString("x"));
    }

    private static List<String> list(S3ObjectLister lister, String uri) {
        List<String> seen = new ArrayList<>();
        lister.list(S3Uri.parse(uri), new S3ObjectLister.Visitor() {
            @Override
            public void object(S3ObjectRef object, long size) {
                seen.add(object.key() + " " + size);
            }

            @Override
            public void skipped(S3ObjectRef object, String reason) {
                seen.add(object.key() + " skipped: " + reason);
            }
        });
        return seen;
    }

    @Test
    void listsThePrefixInKeyOrderAcrossPagesWithoutFolderMarkers() {
        List<String> expected = List.of(
                "data/a.txt 10",
                "data/b.csv 10",
                "data/cold.csv skipped: archived in GLACIER; restore it to scan",
                "data/sub/c.json 15",
                "data/ü é.txt 14");
        assertThat(list(new S3ObjectLister(S3.client(), 2), "s3://" + bucket + "/data/"))
                .isEqualTo(expected);
        assertThat(list(new S3ObjectLister(S3.client()), "s3://" + bucket + "/data/"))
                .isEqualTo(expected);
        assertThat(list(new S3ObjectLister(S3.client()), "s3://" + bucket)).hasSize(6);
        assertThat(list(new S3ObjectLister(S3.client()), "s3://" + bucket + "/nothing-here/"))
                .isEmpty();
    }

    @Test
    void aMissingBucketFailsTheAccessCheckInOneLine() {
        S3ObjectLister lister = new S3ObjectLister(S3.client());
        assertThatThrownBy(() -> lister.checkAccess(S3Uri.parse("s3://no-such-bucket-here/x")))
                .isInstanceOf(S3AccessException.class)
                .hasMessage("s3://no-such-bucket-here/x: no such bucket");
        lister.checkAccess(S3Uri.parse("s3://" + bucket + "/data/"));
    }
}
