package io.piiscanner.lambda.backfill;

import static io.piiscanner.lambda.testing.Batches.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.piiscanner.api.ServiceEnvironment;
import io.piiscanner.lambda.model.EngineIdentity;
import io.piiscanner.lambda.testing.Batches;
import io.piiscanner.lambda.testing.LocalAws;
import io.piiscanner.lambda.testing.OutputCapture;
import io.piiscanner.lambda.testing.Pii;
import io.piiscanner.lambda.testing.TestContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The backfill's batch handler against S3Mock and DynamoDB Local, with the real scan pipeline. */
class BatchHandlerTest {

    private static final String CARD_KEY = "exports/" + Pii.CARD + ".csv";

    @Test
    void aBatchIsScannedAndTalliedWithEveryOutcomeAndNoRawKey() throws IOException {
        LocalAws.Deployment deployment =
                LocalAws.get().deploy(true, Map.of(ServiceEnvironment.MAX_OBJECT_BYTES, "4096"));
        deployment.put(CARD_KEY, Pii.bytes(Pii.CSV));
        deployment.put("exports/notes.txt", Pii.bytes(Pii.CLEAN));
        deployment.put("old/ticket.txt", Pii.bytes(Pii.TEXT));
        deployment.put("big/large.txt", new byte[8192]);
        deployment.put("exports/cut.txt.gz", truncatedGzip());
        deployment.put("scan-results/earlier.json", Pii.bytes("{}"));
        BatchHandler handler = new BatchHandler(deployment.service());

        Batches.Run run;
        try (OutputCapture logs = new OutputCapture()) {
            run = Batches.run(
                    handler,
                    Batches.batch(
                            Batches.listed(List.of(
                                    CARD_KEY,
                                    "exports/notes.txt",
                                    "old/ticket.txt",
                                    "big/large.txt",
                                    "exports/cut.txt.gz",
                                    "scan-results/earlier.json",
                                    "exports/deleted-since-listing.csv")),
                            "none"),
                    300_000);
            assertThat(logs.text()).doesNotContain(Pii.CARD);
        }
        JsonNode tally = run.tally();
        assertThat(run.invocations()).isEqualTo(1);
        assertThat(tally.get("objects").asLong()).isEqualTo(7);
        assertThat(tally.get("scanned").asLong()).isEqualTo(3);
        assertThat(tally.get("clean").asLong()).isEqualTo(1);
        assertThat(tally.get("found").asLong()).isEqualTo(2);
        assertThat(tally.get("skipped").properties())
                .extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder(
                        "object is N bytes, over the limit of N (MAX_OBJECT_BYTES)",
                        "result document, never scanned",
                        "no longer exists");
        assertThat(tally.get("failed")
                        .get("truncated gzip stream after N compressed bytes")
                        .asLong())
                .isEqualTo(1);
        assertThat(tally.get("findingsByType").get("CREDIT_CARD").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(tally.get("findingsByPrefix").has("exports/")).isTrue();
        assertThat(tally.get("findingsByPrefix").has("old/")).isTrue();
        assertThat(tally.get("bytes").asLong()).isPositive();
        assertThat(tally.get("topObjects").get(0).get("key").asText())
                .as("the most findings first")
                .isEqualTo("exports/cut.txt.gz");
        JsonNode card = java.util.stream.StreamSupport.stream(
                        tally.get("topObjects").spliterator(), false)
                .filter(t -> t.get("objectId").asText().equals(deployment.keys().id(CARD_KEY)))
                .findFirst()
                .orElseThrow();
        assertThat(card.get("key").asText()).isEqualTo("exports/************1111.csv");
        assertThat(run.lastOutput().toString()).doesNotContain(Pii.CARD);

        Map<String, AttributeValue> record = deployment.itemsOf(CARD_KEY).stream()
                .filter(i -> i.get("sk").s().startsWith("SCAN#"))
                .findFirst()
                .orElseThrow();
        EngineIdentity engine = EngineIdentity.of(deployment.service().engine());
        assertThat(record.get("engineVersion").s()).isEqualTo(engine.version());
        assertThat(record.get("detectorSet").s())
                .isEqualTo(engine.detectorSet())
                .matches("[0-9a-f]{16}");
    }

    @Test
    void rescanSkipsWhatThisEngineScannedUnlessAskedAndOutdatedRescansOnlyOlderEngines() {
        LocalAws.Deployment deployment = LocalAws.get().deploy(false, Map.of());
        List<String> keys = List.of("a/one.csv", "a/two.csv", "a/three.txt");
        deployment.put(keys.get(0), Pii.bytes(Pii.CSV));
        deployment.put(keys.get(1), Pii.bytes(Pii.CSV));
        deployment.put(keys.get(2), Pii.bytes(Pii.CLEAN));
        BatchHandler handler = new BatchHandler(deployment.service());
        ArrayNode items = Batches.listed(keys);

        assertThat(Batches.run(handler, Batches.batch(items, "none"), 300_000)
                        .tally()
                        .get("scanned")
                        .asLong())
                .isEqualTo(3);
        JsonNode again =
                Batches.run(handler, Batches.batch(items, "none"), 300_000).tally();
        assertThat(again.get("scanned").asLong()).isZero();
        assertThat(again.get("skipped").get("already scanned").asLong()).isEqualTo(3);

        // One record as an older engine (or one from before engines were recorded) left it.
        Map<String, AttributeValue> record = deployment.itemsOf(keys.get(1)).stream()
                .filter(i -> i.get("sk").s().startsWith("SCAN#"))
                .findFirst()
                .orElseThrow();
        LocalAws.get()
                .dynamo()
                .updateItem(b -> b.tableName(deployment.table())
                        .key(Map.of("pk", record.get("pk"), "sk", record.get("sk")))
                        .updateExpression("REMOVE engineVersion, detectorSet"));
        JsonNode outdated =
                Batches.run(handler, Batches.batch(items, "outdated"), 300_000).tally();
        assertThat(outdated.get("scanned").asLong()).isEqualTo(1);
        assertThat(outdated.get("skipped")
                        .get("already scanned by this engine and detector set")
                        .asLong())
                .isEqualTo(2);
        assertThat(deployment.itemsOf(keys.get(1)).stream()
                        .filter(i -> i.get("sk").s().startsWith("SCAN#"))
                        .findFirst()
                        .orElseThrow())
                .containsKey("detectorSet");

        assertThat(Batches.run(handler, Batches.batch(items, "all"), 300_000)
                        .tally()
                        .get("scanned")
                        .asLong())
                .isEqualTo(3);
    }

    @Test
    void nearItsTimeoutAnInvocationHandsBackWhatItDidNotReachAndTheLoopEndsWithTheSameTally() {
        LocalAws.Deployment deployment = LocalAws.get().deploy(false, Map.of());
        List<String> keys = List.of("t/1.csv", "t/2.csv", "t/3.txt", "t/4.csv");
        for (String key : keys) {
            deployment.put(key, Pii.bytes(key.endsWith(".txt") ? Pii.CLEAN : Pii.CSV));
        }
        BatchHandler handler = new BatchHandler(deployment.service());
        Map<String, Object> batch = Batches.batch(Batches.listed(keys), "none");

        JsonNode first = JSON.valueToTree(handler.handleRequest(batch, new TestContext(10_000)));
        assertThat(first.get("Items")).hasSize(3);
        assertThat(first.get("BatchInput").get("tally").get("objects").asLong()).isEqualTo(1);

        Batches.Run slow = Batches.run(handler, batch, 10_000);
        assertThat(slow.invocations()).isEqualTo(4);
        assertThat(slow.tally().get("objects").asLong()).isEqualTo(4);
        assertThat(slow.tally().get("skipped").get("already scanned").asLong()).isEqualTo(1);
        assertThat(slow.tally().get("scanned").asLong()).isEqualTo(3);
    }

    @Test
    void inventoryKeysAreDecodedAndABadItemFailsAloneWithoutItsNeighbours() {
        LocalAws.Deployment deployment = LocalAws.get().deploy(false, Map.of());
        String key = "reports/q1 summary+final.csv";
        deployment.put(key, Pii.bytes(Pii.CSV));
        BatchHandler handler = new BatchHandler(deployment.service());
        ArrayNode items = JSON.createArrayNode();
        items.addObject()
                .put("key", URLEncoder.encode(key, StandardCharsets.UTF_8))
                .put("size", "300")
                .put("encoded", true);
        items.addObject().put("size", "1");

        JsonNode tally =
                Batches.run(handler, Batches.batch(items, "none"), 300_000).tally();

        assertThat(tally.get("found").asLong()).isEqualTo(1);
        assertThat(tally.get("failed").get("an item has no key").asLong()).isEqualTo(1);
        assertThat(deployment.tags(key, null)).containsEntry("pii-status", "found");
    }

    private static byte[] truncatedGzip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 200; i++) {
                out.write(("ticket " + i + " card number: " + Pii.CARD + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] gz = bytes.toByteArray();
        return Arrays.copyOf(gz, gz.length / 2);
    }
}
