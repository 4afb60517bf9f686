package io.piiscanner.lambda.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.lambda.keys.EventKeys;

/**
 * Reads the items of a backfill batch, as the state machine's item selector writes them:
 * {@code {"key": "...", "size": 123, "encoded": true}}. A prefix listing gives keys as they are;
 * an S3 Inventory report gives them URL-encoded ({@code encoded}), as S3 writes them in CSV
 * reports. Sizes are numbers in a listing and text in an inventory report, and absent where the
 * report has no size column.
 */
final class BatchItems {

    private BatchItems() {}

    /** The object key of an item. */
    static String key(JsonNode item) {
        JsonNode key = item.path("key");
        if (!key.isTextual() || key.asText().isEmpty()) {
            throw new IllegalArgumentException("an item has no key");
        }
        return item.path("encoded").asBoolean(false) ? EventKeys.decode(key.asText()) : key.asText();
    }

    /** The object's size as listed, or 0 when unknown. */
    static long size(JsonNode item) {
        JsonNode size = item.path("size");
        if (size.canConvertToExactIntegral()) {
            return Math.max(0, size.asLong());
        }
        try {
            return size.isTextual() ? Math.max(0, Long.parseLong(size.asText().strip())) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
