package io.piiscanner.lambda.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.piiscanner.lambda.backfill.BatchHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Batches as the state machine hands them to {@link BatchHandler}, the child workflow's loop
 * that invokes it again with the items it did not reach, and the result files the Distributed
 * Map's result writer leaves for the summary.
 */
public final class Batches {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Batches() {}

    /** Items of a prefix listing, after the item selector: key and size. */
    public static ArrayNode listed(List<String> keys) {
        ArrayNode items = JSON.createArrayNode();
        keys.forEach(k -> items.addObject().put("key", k).put("size", 100));
        return items;
    }

    /** A child workflow's input: the items and the batch input with an empty tally. */
    public static Map<String, Object> batch(ArrayNode items, String rescan) {
        ObjectNode input = JSON.createObjectNode();
        input.set("Items", items);
        input.putObject("BatchInput").put("rescan", rescan).putObject("tally");
        return JSON.convertValue(input, new TypeReference<>() {});
    }

    /**
     * Runs a child workflow: invokes the handler until no item is left, as the state machine's
     * choice does, and returns the final tally and how many invocations it took.
     */
    public static Run run(BatchHandler handler, Map<String, Object> batch, int remainingMillis) {
        Map<String, Object> input = batch;
        int invocations = 0;
        while (true) {
            Map<String, Object> output = handler.handleRequest(input, new TestContext(remainingMillis));
            invocations++;
            JsonNode json = JSON.valueToTree(output);
            if (json.path("Items").isEmpty()) {
                return new Run((ObjectNode) json.path("BatchInput").path("tally"), invocations, json);
            }
            input = output;
        }
    }

    /**
     * Writes a map run's result files under {@code dir} as the result writer lays them out (COMPACT):
     * the children that succeeded with their outputs, those that failed with their input, and the
     * manifest naming both.
     *
     * @return the manifest's key
     */
    public static String results(LocalAws.Deployment deployment, String dir, ArrayNode succeeded, ArrayNode failed) {
        ObjectNode manifest = JSON.createObjectNode()
                .put("DestinationBucket", deployment.bucket())
                .put("MapRunArn", "arn:aws:states:us-east-1:000000000000:mapRun:backfill/Scan:uuid");
        ObjectNode files = manifest.putObject("ResultFiles");
        files.putArray("FAILED").addObject().put("Key", dir + "FAILED_0.json").put("Size", 100);
        files.putArray("PENDING");
        files.putArray("SUCCEEDED")
                .addObject()
                .put("Key", dir + "SUCCEEDED_0.json")
                .put("Size", 100);
        put(deployment, dir + "SUCCEEDED_0.json", succeeded);
        put(deployment, dir + "FAILED_0.json", failed);
        put(deployment, dir + "manifest.json", manifest);
        return dir + "manifest.json";
    }

    private static void put(LocalAws.Deployment deployment, String key, JsonNode json) {
        try {
            deployment.put(key, JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A finished child workflow.
     *
     * @param tally       the batch's tally
     * @param invocations how many times the handler ran
     * @param lastOutput  the handler's last output, which the result writer writes
     */
    public record Run(ObjectNode tally, int invocations, JsonNode lastOutput) {}
}
