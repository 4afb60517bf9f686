package io.piiscanner.lambda.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What part of a backfill came to: objects handled, scanned, skipped and failed with their
 * reasons, bytes, findings by type and by prefix, and the objects with the most findings. A
 * batch adds its objects to one; the summary merges those of all batches. It holds no raw object
 * key: prefixes and keys are masked, and each object is named by its key's HMAC. Its size is
 * bounded whatever the run's size: at most {@value #MAX_PREFIXES} prefixes (the rest counted
 * under {@value #OTHER_PREFIXES}), {@value #MAX_REASONS} reasons of each kind and
 * {@value #TOP_OBJECTS} top objects.
 */
public final class Tally {

    /** How many objects with the most findings are kept. */
    public static final int TOP_OBJECTS = 10;
    /** How many prefixes are counted one by one. */
    public static final int MAX_PREFIXES = 1000;
    /** How many distinct skip or failure reasons are counted one by one. */
    public static final int MAX_REASONS = 100;
    /** Where findings under prefixes past {@link #MAX_PREFIXES} are counted. */
    public static final String OTHER_PREFIXES = "(other prefixes)";
    /** Where reasons past {@link #MAX_REASONS} are counted. */
    public static final String OTHER_REASONS = "(other reasons)";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<TopObject> MOST_FINDINGS =
            Comparator.comparingLong(TopObject::findings).reversed().thenComparing(TopObject::objectId);

    private long objects;
    private long clean;
    private long found;
    private long bytes;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final Map<String, Long> failed = new TreeMap<>();
    private final Map<String, Long> findingsByType = new TreeMap<>();
    private final Map<String, Long> findingsByPrefix = new TreeMap<>();
    private final List<TopObject> top = new ArrayList<>();

    /**
     * An object among those with the most findings.
     *
     * @param key            the key, masked
     * @param objectId       the key's HMAC, as the findings table and result documents name it
     * @param findings       its findings
     * @param findingsByType its findings by type
     */
    public record TopObject(String key, String objectId, long findings, Map<String, Long> findingsByType) {
        public TopObject {
            findingsByType = Map.copyOf(findingsByType);
        }
    }

    /** Counts an object scanned now, clean or with findings, under its masked prefix. */
    public void scanned(long objectBytes, Map<String, Long> byType, String maskedPrefix, TopObject object) {
        objects++;
        bytes += objectBytes;
        if (object.findings() == 0) {
            clean++;
            return;
        }
        found++;
        byType.forEach((type, count) -> findingsByType.merge(type, count, Long::sum));
        addPrefix(maskedPrefix, object.findings());
        offer(object);
    }

    /**
     * Counts an object whose scan failed partway (damaged content): a failure, with the bytes read
     * and the findings made before it, which are stored and alerted on like any others.
     */
    public void failedPartway(
            String reason, long objectBytes, Map<String, Long> byType, String maskedPrefix, TopObject object) {
        failed(reason, 1);
        bytes += objectBytes;
        if (object.findings() > 0) {
            byType.forEach((type, count) -> findingsByType.merge(type, count, Long::sum));
            addPrefix(maskedPrefix, object.findings());
            offer(object);
        }
    }

    /** Counts an object not scanned, with why. */
    public void skipped(String reason) {
        objects++;
        addReason(skipped, reason, 1);
    }

    /** Counts objects that could not be scanned (or only partway), with why. */
    public void failed(String reason, long count) {
        objects += count;
        addReason(failed, reason, count);
    }

    /** Adds another tally to this one. */
    public void merge(Tally other) {
        objects += other.objects;
        clean += other.clean;
        found += other.found;
        bytes += other.bytes;
        other.skipped.forEach((reason, n) -> addReason(skipped, reason, n));
        other.failed.forEach((reason, n) -> addReason(failed, reason, n));
        other.findingsByType.forEach((type, n) -> findingsByType.merge(type, n, Long::sum));
        other.findingsByPrefix.forEach(this::addPrefix);
        other.top.forEach(this::offer);
    }

    public long objects() {
        return objects;
    }

    /** Objects scanned in full now: clean or with findings. */
    public long scanned() {
        return clean + found;
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public long failedTotal() {
        return failed.values().stream().mapToLong(Long::longValue).sum();
    }

    public long bytes() {
        return bytes;
    }

    public long findings() {
        return findingsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> findingsByType() {
        return Map.copyOf(findingsByType);
    }

    public Map<String, Long> findingsByPrefix() {
        return Map.copyOf(findingsByPrefix);
    }

    public Map<String, Long> skippedByReason() {
        return Map.copyOf(skipped);
    }

    public Map<String, Long> failedByReason() {
        return Map.copyOf(failed);
    }

    public List<TopObject> top() {
        return List.copyOf(top);
    }

    /** The tally as JSON, sorted so that equal tallies give equal text. */
    public ObjectNode toJson() {
        ObjectNode json = JSON.createObjectNode();
        json.put("objects", objects);
        json.put("scanned", scanned());
        json.put("clean", clean);
        json.put("found", found);
        json.set("skipped", JSON.valueToTree(skipped));
        json.set("failed", JSON.valueToTree(failed));
        json.put("bytes", bytes);
        json.put("findings", findings());
        json.set("findingsByType", JSON.valueToTree(findingsByType));
        json.set("findingsByPrefix", JSON.valueToTree(findingsByPrefix));
        ArrayNode topObjects = json.putArray("topObjects");
        for (TopObject t : top) {
            ObjectNode o = topObjects.addObject();
            o.put("key", t.key());
            o.put("objectId", t.objectId());
            o.put("findings", t.findings());
            o.set("findingsByType", JSON.valueToTree(new TreeMap<>(t.findingsByType())));
        }
        return json;
    }

    /**
     * Reads a tally that {@link #toJson} wrote; a missing or empty node is an empty tally.
     *
     * @throws IllegalArgumentException when a count is not a whole number
     */
    public static Tally fromJson(JsonNode json) {
        Tally t = new Tally();
        if (json == null || json.isNull() || json.isMissingNode()) {
            return t;
        }
        t.objects = count(json, "objects");
        t.clean = count(json, "clean");
        t.found = count(json, "found");
        t.bytes = count(json, "bytes");
        counts(json.path("skipped")).forEach((reason, n) -> addReason(t.skipped, reason, n));
        counts(json.path("failed")).forEach((reason, n) -> addReason(t.failed, reason, n));
        counts(json.path("findingsByType")).forEach((type, n) -> t.findingsByType.merge(type, n, Long::sum));
        counts(json.path("findingsByPrefix")).forEach(t::addPrefix);
        for (JsonNode o : json.path("topObjects")) {
            t.offer(new TopObject(
                    o.path("key").asText(),
                    o.path("objectId").asText(),
                    count(o, "findings"),
                    counts(o.path("findingsByType"))));
        }
        return t;
    }

    private void addPrefix(String prefix, long n) {
        String at = findingsByPrefix.containsKey(prefix) || findingsByPrefix.size() < MAX_PREFIXES
                ? prefix
                : OTHER_PREFIXES;
        findingsByPrefix.merge(at, n, Long::sum);
    }

    private static void addReason(Map<String, Long> reasons, String reason, long n) {
        String at = reasons.containsKey(reason) || reasons.size() < MAX_REASONS ? reason : OTHER_REASONS;
        reasons.merge(at, n, Long::sum);
    }

    private void offer(TopObject object) {
        top.removeIf(t -> t.objectId().equals(object.objectId()) && t.findings() <= object.findings());
        if (top.stream().anyMatch(t -> t.objectId().equals(object.objectId()))) {
            return;
        }
        top.add(object);
        top.sort(MOST_FINDINGS);
        if (top.size() > TOP_OBJECTS) {
            top.remove(top.size() - 1);
        }
    }

    private static long count(JsonNode json, String field) {
        JsonNode n = json.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return 0;
        }
        if (!n.canConvertToExactIntegral() || n.asLong() < 0) {
            throw new IllegalArgumentException(field + " must be a whole number of at least 0");
        }
        return n.asLong();
    }

    private static Map<String, Long> counts(JsonNode json) {
        Map<String, Long> m = new TreeMap<>();
        json.properties().forEach(e -> m.put(e.getKey(), count(json, e.getKey())));
        return m;
    }
}
