package io.piiscanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.s3.testing.S3Emulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.StorageClass;

/** {@code pii-scanner scan s3://bucket/prefix} against an S3 emulator. */
class ScanS3Test {

    private static final S3Emulator S3 = S3Emulator.get();
    private static String bucket;

    @TempDir
    Path dir;

    @BeforeAll
    static void objects() {
        bucket = S3.createBucket("cli");
        S3.put(bucket, "exports/customers.csv", Fixtures.CSV.getBytes(StandardCharsets.UTF_8));
        S3.put(bucket, "exports/events.ndjson", Fixtures.NDJSON.getBytes(StandardCharsets.UTF_8));
        S3.put(bucket, "exports/notes/record 1.txt", Fixtures.TEXT.getBytes(StandardCharsets.UTF_8));
        S3.put(bucket, "exports/record.txt.gz", Fixtures.gzip(Fixtures.TEXT));
        S3.put(bucket, "exports/readme.log", "nothing to see".getBytes(StandardCharsets.UTF_8));
        S3.client()
                .putObject(
                        b -> b.bucket(bucket).key("exports/old.csv").storageClass(StorageClass.DEEP_ARCHIVE),
                        RequestBody.fromString(Fixtures.CSV));
        S3.put(bucket, "clean/a.txt", "no personal data here".getBytes(StandardCharsets.UTF_8));
    }

    private static Cli.Result scan(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "scan";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(S3.env(), all);
    }

    @Test
    void scansEveryObjectUnderThePrefixAndNamesFindingsByTheirS3Uri() {
        Cli.Result result = scan("s3://" + bucket + "/exports/", "--format", "jsonl");
        assertThat(result.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(result.outLines())
                .allSatisfy(line -> assertThat(line).startsWith("{\"path\":\"s3://" + bucket + "/exports/"));
        assertThat(result.out())
                .contains("\"path\":\"s3://" + bucket + "/exports/customers.csv\"")
                .contains("\"path\":\"s3://" + bucket + "/exports/notes/record 1.txt\"")
                .contains("\"path\":\"s3://" + bucket + "/exports/record.txt.gz\"")
                .contains("\"field\":\"card_number\"")
                .doesNotContain("readme.log");
        assertThat(result.err()).contains("old.csv").contains("archived in DEEP_ARCHIVE");
        for (String raw : Fixtures.FORBIDDEN) {
            assertThat(result.out() + result.err()).doesNotContain(raw);
        }
    }

    @Test
    void theReportIsTheSameForAnyNumberOfThreads() {
        String location = "s3://" + bucket + "/exports/";
        Cli.Result one = scan(location, "--threads", "1", "--format", "json", "-q");
        Cli.Result four = scan(location, "--threads", "4", "--format", "json", "-q");
        assertThat(one.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(stripTimings(four.out())).isEqualTo(stripTimings(one.out()));
    }

    private static String stripTimings(String json) {
        return json.replaceAll("\"elapsedMs\":[0-9.]+", "");
    }

    @Test
    void sarifNamesObjectsByEncodedS3Uris() {
        Cli.Result result = scan("s3://" + bucket + "/exports/notes/", "--format", "sarif");
        assertThat(result.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(result.out()).contains("\"uri\":\"s3://" + bucket + "/exports/notes/record%201.txt\"");
    }

    @Test
    void excludeGlobsMatchKeysBelowThePrefix() {
        Cli.Result result = scan("s3://" + bucket + "/exports/", "--exclude", "notes/**", "--exclude", "*.gz");
        assertThat(result.out())
                .contains("customers.csv")
                .doesNotContain("record 1.txt")
                .doesNotContain("record.txt.gz");
    }

    @Test
    void aCleanPrefixExitsZeroAndLocalAndS3InputsMix() {
        assertThat(scan("s3://" + bucket + "/clean/").exit()).isEqualTo(ExitStatus.CLEAN);
        Path local = Fixtures.write(dir.resolve("local.txt"), Fixtures.TEXT);
        Cli.Result mixed = scan("s3://" + bucket + "/clean/", local.toString());
        assertThat(mixed.exit()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(mixed.out()).contains(local.toString());
    }

    @Test
    void aMissingBucketIsAOneLineErrorWithExitTwo() {
        Cli.Result result = scan("s3://no-such-bucket-anywhere/data/");
        assertThat(result.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(result.errLines())
                .containsExactly("pii-scanner: s3://no-such-bucket-anywhere/data/: no such bucket");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aMalformedLocationOrEndpointIsAOneLineErrorWithExitTwo() {
        Cli.Result badBucket = scan("s3://x/data/");
        assertThat(badBucket.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(badBucket.errLines()).containsExactly("pii-scanner: s3://x/data/: invalid bucket name 'x'");

        Map<String, String> env = new HashMap<>(S3.env());
        env.put("AWS_ENDPOINT_URL_S3", "not a url");
        Cli.Result badEndpoint = Cli.run(env, "scan", "s3://" + bucket + "/clean/");
        assertThat(badEndpoint.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(badEndpoint.errLines())
                .containsExactly("pii-scanner: AWS_ENDPOINT_URL_S3 is not a valid URL: not a url");
    }

    @Test
    void missingCredentialsAreAOneLineErrorWithExitTwo() {
        // The surefire configuration gives the SDK test credentials through its system
        // properties, and points its shared files at nothing: without the properties, the
        // standard chain finds nothing.
        List<String> names = List.of("aws.accessKeyId", "aws.secretAccessKey");
        Map<String, String> saved = new HashMap<>();
        names.forEach(n -> saved.put(n, System.clearProperty(n)));
        try {
            Cli.Result result = scan("s3://" + bucket + "/clean/");
            assertThat(result.exit()).isEqualTo(ExitStatus.ERROR);
            assertThat(result.errLines())
                    .containsExactly(
                            "pii-scanner: s3://" + bucket
                                    + "/clean/: no AWS credentials found (environment, profile, SSO, container or instance role)");
        } finally {
            saved.forEach((k, v) -> {
                if (v != null) {
                    System.setProperty(k, v);
                }
            });
        }
    }
}
