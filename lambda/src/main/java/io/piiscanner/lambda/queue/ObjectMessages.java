package io.piiscanner.lambda.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.piiscanner.lambda.keys.EventKeys;
import io.piiscanner.s3.S3ObjectRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the object references in an SQS message body. Two forms are accepted:
 * <ul>
 *   <li>a reference, for fan-out and bulk re-scans:
 *       {@code {"key": "exports/a.csv", "bucket": "...", "versionId": "...", "rescan": true}}, where
 *       only {@code key} is required, the bucket defaults to the data bucket, and the key is plain
 *       (not URL-encoded);</li>
 *   <li>an S3 event notification sent to the queue by S3 itself ({@code {"Records": [...]}}), whose
 *       keys are URL-encoded; S3's {@code s3:TestEvent} holds no reference.</li>
 * </ul>
 */
public final class ObjectMessages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ObjectMessages() {}

    /**
     * One reference to scan.
     *
     * @param object the object
     * @param rescan whether to scan it again though it has been scanned
     */
    public record Request(S3ObjectRef object, boolean rescan) {}

    /**
     * The body of a reference message, as {@link #parse} reads it: the key plain, the bucket and
     * the version when known.
     */
    public static String reference(S3ObjectRef object) {
        ObjectNode body = JSON.createObjectNode().put("key", object.key()).put("bucket", object.bucket());
        if (object.versionId() != null) {
            body.put("versionId", object.versionId());
        }
        return body.toString();
    }

    /**
     * The references in a body.
     *
     * @throws InvalidMessageException when the body is not one of the accepted forms
     */
    public static List<Request> parse(String body, String dataBucket) throws InvalidMessageException {
        JsonNode root;
        try {
            root = body == null ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            // Parser messages quote the input: not repeated here.
            throw new InvalidMessageException("body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidMessageException("body is not a JSON object");
        }
        if (root.has("Records")) {
            return notification(root.get("Records"));
        }
        if ("s3:TestEvent".equals(root.path("Event").asText(null))) {
            return List.of();
        }
        return List.of(reference(root, dataBucket));
    }

    private static Request reference(JsonNode root, String dataBucket) throws InvalidMessageException {
        String key = text(root, "key", true);
        if (key.isEmpty()) {
            throw new InvalidMessageException("key is empty");
        }
        String bucket = text(root, "bucket", false);
        String versionId = text(root, "versionId", false);
        JsonNode rescan = root.get("rescan");
        if (rescan != null && !rescan.isBoolean()) {
            throw new InvalidMessageException("rescan must be true or false");
        }
        return new Request(
                new S3ObjectRef(bucket == null ? dataBucket : bucket, key, versionId),
                rescan != null && rescan.booleanValue());
    }

    private static List<Request> notification(JsonNode records) throws InvalidMessageException {
        if (!records.isArray()) {
            throw new InvalidMessageException("Records is not an array");
        }
        List<Request> requests = new ArrayList<>();
        for (JsonNode record : records) {
            if (!record.path("eventName").asText("").startsWith("ObjectCreated:")) {
                continue;
            }
            JsonNode s3 = record.path("s3");
            String bucket = s3.path("bucket").path("name").asText(null);
            String key = s3.path("object").path("key").asText(null);
            if (bucket == null || key == null) {
                throw new InvalidMessageException("an ObjectCreated record has no bucket name or object key");
            }
            try {
                requests.add(new Request(
                        new S3ObjectRef(
                                bucket,
                                EventKeys.decode(key),
                                s3.path("object").path("versionId").asText(null)),
                        false));
            } catch (IllegalArgumentException e) {
                throw new InvalidMessageException(e.getMessage());
            }
        }
        return requests;
    }

    private static String text(JsonNode root, String field, boolean required) throws InvalidMessageException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new InvalidMessageException(field + " is missing");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidMessageException(field + " must be a string");
        }
        return node.asText();
    }
}
