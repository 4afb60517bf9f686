package io.piiscanner.lambda.backfill;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.piiscanner.lambda.testing.TestContext;

import java.util.List;
import java.util.Map;

/**
 * Batches as the state machine hands them to {@link BatchHandler}, and the child workflow's loop
 * that invokes it again with the items it did not reach.
 */
final class Batches {

    static final ObjectMapper JSON = new ObjectMapper();

    private Batches() {
    }

    /** Items of a prefix listing, after the item selector: key and size. */
    static ArrayNode listed(List<String> keys) {
        ArrayNode items = JSON.createArrayNode();
        keys.forEach(k -> items.addObject().put("key", k).put("size", 100));
        return items;
    }

    /** A child workflow's input: the items and the batch input with an empty tally. */
    static Map<String, Object> batch(ArrayNode items, String rescan) {
        ObjectNode input = JSON.createObjectNode();
        input.set("Items", items);
        input.putObject("BatchInput").put("rescan", rescan).putObject("tally");
        return JSON.convertValue(input, new TypeReference<>() { });
    }

    /**
     * Runs a child workflow: invokes the handler until no item is left, as the state machine's
     * choice does, and returns the final tally and how many invocations it took.
     */
    static Run run(BatchHandler handler, Map<String, Object> batch, int remainingMillis) {
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

    /** A finished child workflow. */
    record Run(ObjectNode tally, int invocations, JsonNode lastOutput) {
    }
}
