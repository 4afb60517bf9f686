package io.piiscanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.cli.backfill.BackfillAws;
import io.piiscanner.cli.backfill.BackfillFakes;
import io.piiscanner.s3.AwsClients;
import io.piiscanner.s3.testing.S3Emulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code pii-scanner backfill} as a user runs it, with S3 on the S3 emulator and Step Functions and
 * CloudFormation answering through {@link BackfillFakes} (no in-process implementation of either is
 * published on Maven Central).
 */
class BackfillCommandTest {

    private static final S3Emulator S3 = S3Emulator.get();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static String data;
    private static String inventory;

    @BeforeAll
    static void buckets() throws IOException {
        data = S3.createBucket("backfill-data");
        inventory = S3.createBucket("backfill-inventory");
        S3.put(data, "exports/a.csv", new byte[1_000_000]);
        S3.put(data, "exports/b.csv", new byte[500_000]);
        S3.put(data, "exports/" + Fixtures.CARD + "/c.csv", new byte[10]);
        S3.put(data, "scan-results/0123.json", new byte[100]);
        S3.put(data, "other/d.txt", new byte[7]);
        String reports = "inventory/" + data + "/pii-scanner-backfill/";
        S3.put(inventory, reports + "2026-02-01T01-00Z/manifest.json", manifest("old.csv.gz"));
        S3.put(inventory, reports + "2026-02-08T01-00Z/manifest.json", manifest("new.csv.gz"));
        S3.put(inventory, reports + "data/new.csv.gz", gzip("""
                "%1$s","exports/a.csv","1000000","2026-01-01T00:00:00.000Z","e1","STANDARD"
                "%1$s","exports/q1%%20report.csv","2500","2026-01-01T00:00:00.000Z","e2","STANDARD"
                "%1$s","scan-results/0123.json","100","2026-01-01T00:00:00.000Z","e3","STANDARD"
                """.formatted(data)));
    }

    @Test
    void startPrintsTheEstimateAsksAndStartsWithThePrefixMasked() throws Exception {
        BackfillFakes fakes = BackfillFakes.deployed(data, inventory, List.of());
        Run run = run(
                fakes,
                "y\n",
                "backfill",
                "start",
                "--stack",
                "test",
                "--prefix",
                "exports/",
                "--max-concurrency",
                "40");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitStatus.CLEAN);
        assertThat(run.out())
                .contains("backfill of prefix 'exports/', rescan none")
                .contains("objects            3 (1.5 MB)")
                .contains("batches            1 of up to 100 objects, 40 at once")
                .contains("started arn:aws:states:us-east-1:111122223333:execution:pii-scanner-backfill-test:"
                        + "backfill-20260301T120000Z-");
        assertThat(run.err()).contains("Start this backfill? [y/N]");
        assertThat(fakes.sfn().started).singleElement().satisfies(request -> {
            JsonNode input = JSON.readTree(request.input());
            assertThat(input.get("prefix").asText()).isEqualTo("exports/");
            assertThat(input.get("rescan").asText()).isEqualTo("none");
            assertThat(input.get("maxConcurrency").asInt()).isEqualTo(40);
            assertThat(input.get("toleratedFailurePercentage").asDouble()).isEqualTo(5.0);
        });

        Run masked = run(
                BackfillFakes.deployed(data, inventory, List.of()),
                "n\n",
                "backfill",
                "start",
                "--stack",
                "test",
                "--prefix",
                "exports/" + Fixtures.CARD + "/",
                "--rescan=outdated");
        assertThat(masked.out())
                .doesNotContain(Fixtures.CARD)
                .contains("exports/************1111/")
                .contains("rescan outdated");
    }

    @Test
    void nothingStartsWithoutAYesAndAnUnansweredPromptIsAnError() throws Exception {
        BackfillFakes fakes = BackfillFakes.deployed(data, inventory, List.of());
        assertThat(run(fakes, "no\n", "backfill", "start", "--stack", "test").exit())
                .isEqualTo(ExitStatus.CLEAN);
        Run unanswered = run(fakes, "", "backfill", "start", "--stack", "test");
        assertThat(unanswered.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(unanswered.err()).contains("pii-scanner: no answer on standard input; pass --yes");
        assertThat(fakes.sfn().started).isEmpty();

        assertThat(run(fakes, "", "backfill", "start", "--stack", "test", "--yes")
                        .exit())
                .isEqualTo(ExitStatus.CLEAN);
        assertThat(fakes.sfn().started).hasSize(1);
    }

    @Test
    void theLatestInventoryReportIsCountedWithoutResultDocuments() throws Exception {
        BackfillFakes fakes = BackfillFakes.deployed(data, inventory, List.of());
        Run run = run(fakes, "", "backfill", "start", "--stack", "test", "--inventory", "latest", "--yes");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitStatus.CLEAN);
        assertThat(run.out())
                .contains(
                        "inventory report inventory/" + data + "/pii-scanner-backfill/2026-02-08T01-00Z/manifest.json")
                .contains("objects            2 (1.0 MB)");
        JsonNode input = JSON.readTree(fakes.sfn().started.get(0).input());
        assertThat(input.get("inventory").get("key").asText()).endsWith("2026-02-08T01-00Z/manifest.json");
        assertThat(input.has("prefix")).isFalse();
    }

    @Test
    void badRequestsAreOneLineErrors() throws Exception {
        BackfillFakes fakes = BackfillFakes.deployed(data, inventory, List.of());
        assertThat(run(fakes, "", "backfill", "start", "--stack", "test", "--prefix", "a/", "--inventory", "latest")
                        .err())
                .isEqualTo("pii-scanner: --prefix and --inventory: give one or the other\n");
        assertThat(run(fakes, "", "backfill", "start", "--stack", "test", "--max-concurrency", "0")
                        .err())
                .startsWith("pii-scanner: --max-concurrency: expected 1 to 10000");
        assertThat(run(fakes, "", "backfill", "start", "--stack", "prod", "--yes")
                        .err())
                .isEqualTo("pii-scanner: stack TapStackprod: Stack with id TapStackprod does not exist\n");
        assertThat(run(fakes, "", "backfill", "start", "--stack", "Bad_Suffix").exit())
                .isEqualTo(ExitStatus.ERROR);
        assertThat(run(fakes, "", "backfill", "start", "--stack", "test", "--inventory", "s3://elsewhere/m.json")
                        .err())
                .contains("reads reports from " + inventory + " only");
        assertThat(fakes.sfn().started).isEmpty();
    }

    @Test
    void statusFollowsTheMapRunUntilTheExecutionEnds() throws Exception {
        BackfillFakes fakes = BackfillFakes.deployed(
                data,
                inventory,
                List.of(
                        BackfillFakes.look("RUNNING", null),
                        BackfillFakes.look("RUNNING", new long[] {10_000, 2_000, 0, 400}),
                        BackfillFakes.look("RUNNING", new long[] {10_000, 9_000, 20, 100}),
                        BackfillFakes.look("SUCCEEDED", new long[] {10_000, 9_980, 20, 0})));
        Run run = run(fakes, "", "backfill", "status", "backfill-20260301T120000Z-1a2b3c", "--stack", "test");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitStatus.CLEAN);
        assertThat(run.out().split("\n"))
                .containsExactly(
                        "starting: reading the objects to scan  RUNNING",
                        "[######------------------------]  20%  2,000/10,000 objects  400 running  RUNNING",
                        "[###########################---]  90%  9,020/10,000 objects  20 failed  100 running  RUNNING",
                        "[##############################] 100%  10,000/10,000 objects  20 failed  SUCCEEDED");
        assertThat(fakes.slept()).isEqualTo(3);

        BackfillFakes failed = BackfillFakes.deployed(
                data, inventory, List.of(BackfillFakes.look("FAILED", new long[] {10, 4, 6, 0})));
        assertThat(run(
                                failed,
                                "",
                                "backfill",
                                "status",
                                "arn:aws:states:us-east-1:111122223333:execution:"
                                        + "pii-scanner-backfill-test:backfill-x")
                        .exit())
                .isEqualTo(ExitStatus.ERROR);
    }

    @Test
    void reportPrintsTheSummaryAsATableJsonOrSarif() throws Exception {
        String summary = """
                {"execution":"backfill-r1","source":{"prefix":"exports/"},"rescan":"outdated",
                 "engine":{"version":"0.1.0","detectorSet":"9f2c4e1a0b3d5c7e"},
                 "startedAt":"2026-03-01T12:00:00Z","finishedAt":"2026-03-01T12:10:00Z","durationSeconds":600.0,
                 "failurePercentage":0.0,"toleratedFailurePercentage":5.0,"withinTolerance":true,
                 "objects":1200,"scanned":1100,"clean":1000,"found":100,
                 "skipped":{"already scanned by this engine and detector set":95,"no longer exists":5},
                 "failed":{},"bytes":123000000,"findings":450,
                 "findingsByType":{"CREDIT_CARD":300,"US_SSN":150},
                 "findingsByPrefix":{"exports/":450},
                 "topObjects":[{"key":"exports/************1111/c.csv","objectId":"ab12","findings":40,
                                "findingsByType":{"CREDIT_CARD":30,"US_SSN":10}}]}""";
        S3.put(data, "scan-results/backfill/backfill-r1/summary.json", summary.getBytes(StandardCharsets.UTF_8));
        BackfillFakes fakes = BackfillFakes.deployed(data, inventory, List.of());

        Run table = run(fakes, "", "backfill", "report", "backfill-r1", "--stack", "test");
        assertThat(table.exit()).as(table.err()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(table.out())
                .contains("backfill backfill-r1: prefix 'exports/', rescan outdated, engine 0.1.0")
                .contains("1,200 objects: 1,100 scanned (1,000 clean, 100 with findings), 100 skipped, 0 failed")
                .contains("123.0 MB in 10 min 0 s, 450 findings")
                .containsPattern("already scanned by this engine and detector set +95")
                .containsPattern("CREDIT_CARD +300")
                .containsPattern("exports/\\*+1111/c.csv +40  CREDIT_CARD 30, US_SSN 10");

        JsonNode json =
                JSON.readTree(run(fakes, "", "backfill", "report", "backfill-r1", "--stack", "test", "--format", "json")
                        .out());
        assertThat(json.get("findingsByType").get("US_SSN").asInt()).isEqualTo(150);

        JsonNode sarif = JSON.readTree(
                run(fakes, "", "backfill", "report", "backfill-r1", "--stack", "test", "--format", "sarif")
                        .out());
        JsonNode sarifRun = sarif.get("runs").get(0);
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarifRun.get("tool").get("driver").get("rules")).hasSize(2);
        assertThat(sarifRun.get("results")).hasSize(2);
        assertThat(sarifRun.get("results")
                        .get(0)
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asText())
                .isEqualTo("s3://" + data + "/exports/************1111/c.csv");

        Run missing = run(fakes, "", "backfill", "report", "backfill-none", "--stack", "test");
        assertThat(missing.exit()).isEqualTo(ExitStatus.ERROR);
        assertThat(missing.err()).startsWith("pii-scanner: no summary for backfill-none yet");
    }

    /** What one run printed. */
    record Run(int exit, String out, String err) {}

    /** Runs the command as {@code pii-scanner} does, with its AWS clients given. */
    private static Run run(BackfillFakes fakes, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Invocation invocation = new Invocation(
                out,
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                S3.env(),
                false);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == BackfillCommand.class) {
                    return cls.cast(new BackfillCommand(
                            invocation,
                            env -> new BackfillAws(fakes.cloudFormation(), fakes.sfn(), new AwsClients(env).s3()),
                            CLOCK,
                            d -> fakes.sleep()));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        int exit = Main.commandLine(invocation, factory).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static byte[] manifest(String file) {
        String json = """
                {"sourceBucket":"%s","destinationBucket":"arn:aws:s3:::%s","version":"2016-11-30",
                 "creationTimestamp":"1738976400000","fileFormat":"CSV",
                 "fileSchema":"Bucket, Key, Size, LastModifiedDate, ETag, StorageClass",
                 "files":[{"key":"inventory/%s/pii-scanner-backfill/data/%s","size":200,"MD5checksum":"x"}]}""".formatted(data, inventory, data, file);
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
