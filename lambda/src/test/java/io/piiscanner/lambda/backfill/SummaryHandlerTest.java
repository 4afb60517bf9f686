package io.piiscanner.lambda.backfill;

import static io.piiscanner.lambda.testing.Batches.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.piiscanner.lambda.testing.Batches;
import io.piiscanner.lambda.testing.LocalAws;
import io.piiscanner.lambda.testing.Pii;
import io.piiscanner.lambda.testing.TestContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reducer over result files laid out as a Distributed Map's result writer lays them out:
 * a manifest naming SUCCEEDED and FAILED files under the run's prefix, successes as child
 * outputs (COMPACT), failures with their input.
 */
class SummaryHandlerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T01:00:00Z"), ZoneOffset.UTC);

    @Test
    void resultFilesAreReducedIntoOneSummaryWithoutRawKeys() throws IOException {
        LocalAws.Deployment deployment = LocalAws.get().deploy(false, Map.of());
        String cardKey = "customers/" + Pii.CARD + "/export.csv";
        deployment.put(cardKey, Pii.bytes(Pii.CSV));
        deployment.put("customers/clean.txt", Pii.bytes(Pii.CLEAN));
        deployment.put("notes/ticket.txt", Pii.bytes(Pii.TEXT));
        BatchHandler batches = new BatchHandler(deployment.service());
        JsonNode first = Batches.run(
                        batches,
                        Batches.batch(Batches.listed(List.of(cardKey, "customers/clean.txt")), "none"),
                        300_000)
                .lastOutput();
        JsonNode second = Batches.run(
                        batches,
                        Batches.batch(Batches.listed(List.of("notes/ticket.txt", "notes/gone.txt")), "none"),
                        300_000)
                .lastOutput();

        String run = SummaryHandler.PREFIX + "run-1/";
        ArrayNode succeeded = JSON.createArrayNode();
        succeeded.addObject().set("tally", first.get("BatchInput").get("tally"));
        succeeded.addObject().set("tally", second.get("BatchInput").get("tally"));
        ObjectNode caught = succeeded.addObject();
        caught.putObject("tally");
        caught.put("unscanned", 4).put("error", "Lambda.Unknown");
        ArrayNode failed = JSON.createArrayNode();
        failed.addObject()
                .put("Error", "States.Timeout")
                .put("Status", "FAILED")
                .put(
                        "Input",
                        JSON.writeValueAsString(
                                Batches.batch(Batches.listed(List.of("x/" + Pii.CARD, "x/b")), "none")));
        String manifest = Batches.results(deployment, run + "uuid/", succeeded, failed);

        Map<String, Object> out = new SummaryHandler(deployment.service(), CLOCK)
                .handleRequest(input("run-1", manifest, 50), new TestContext());

        assertThat(out)
                .containsEntry("summaryKey", run + "summary.json")
                .containsEntry("objects", 10L)
                .containsEntry("scanned", 3L)
                .containsEntry("skipped", 1L)
                .containsEntry("failed", 6L)
                .containsEntry("withinTolerance", false);
        String text = deployment.read(run + "summary.json");
        assertThat(text).doesNotContain(Pii.CARD);
        JsonNode summary = JSON.readTree(text);
        assertThat(summary.get("durationSeconds").asDouble()).isEqualTo(3600.0);
        assertThat(summary.get("failurePercentage").asDouble()).isEqualTo(60.0);
        assertThat(summary.get("source").get("prefix").asText()).isEqualTo("customers/************1111/");
        assertThat(summary.get("failed").get("batch failed: Lambda.Unknown").asLong())
                .isEqualTo(4);
        assertThat(summary.get("failed")
                        .get("child workflow failed: States.Timeout")
                        .asLong())
                .isEqualTo(2);
        assertThat(summary.get("skipped").get("no longer exists").asLong()).isEqualTo(1);
        assertThat(summary.get("findingsByPrefix").has("customers/")).isTrue();
        assertThat(summary.get("findingsByPrefix").has("notes/")).isTrue();
        assertThat(summary.get("topObjects")).hasSize(2);
        assertThat(summary.get("findings").asLong())
                .isEqualTo(summary.get("topObjects").get(0).get("findings").asLong()
                        + summary.get("topObjects").get(1).get("findings").asLong());
        assertThat(summary.get("engine").get("detectorSet").asText()).matches("[0-9a-f]{16}");
    }

    @Test
    void aManifestOutsideTheRunsPrefixIsRefused() {
        LocalAws.Deployment deployment = LocalAws.get().deploy(false, Map.of());
        SummaryHandler handler = new SummaryHandler(deployment.service(), CLOCK);
        assertThatThrownBy(() -> handler.handleRequest(input("run-2", "exports/manifest.json", 5), new TestContext()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("manifestKey must be under");
        assertThatThrownBy(() ->
                        handler.handleRequest(input("../x", "scan-results/backfill/../x/m.json", 5), new TestContext()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("execution must be");
    }

    private static Map<String, Object> input(String execution, String manifestKey, double tolerated) {
        ObjectNode input = JSON.createObjectNode()
                .put("execution", execution)
                .put("manifestKey", manifestKey)
                .put("startedAt", "2026-01-01T00:00:00Z")
                .put("rescan", "none")
                .put("toleratedFailurePercentage", tolerated);
        input.putObject("source").put("prefix", "customers/" + Pii.CARD + "/");
        return JSON.convertValue(input, new TypeReference<>() {});
    }
}
