package io.piiscanner.lambda.backfill;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.piiscanner.api.ServiceMetricNames;
import io.piiscanner.lambda.Failures;
import io.piiscanner.lambda.ScannerService;
import io.piiscanner.lambda.model.ObjectScan;
import io.piiscanner.lambda.model.ScanStatus;
import io.piiscanner.lambda.scan.Rescan;
import io.piiscanner.lambda.scan.ScanResult;
import io.piiscanner.s3.S3ObjectRef;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * Scans one batch of a backfill: the items a Distributed Map hands a child workflow,
 * {@code {"Items": [...], "BatchInput": {"rescan": "none", "tally": {...}}}}. Each object goes
 * through the same pipeline as an upload (scan, findings, result document, tags, scan record,
 * alert), so a version already scanned is skipped unless the run asks to rescan it.
 *
 * <p>A batch may hold more than one invocation can scan: before each object after the first it
 * checks the time left against a reserve that grows with the object's size, and stops in time.
 * It returns the objects it did not reach as {@code Items} and its counts added to the tally in
 * {@code BatchInput}, and the child workflow invokes it again until no item is left. The output
 * never holds a key it was not given: the tally names objects by their keys' HMACs and shows keys
 * and prefixes masked; failures are described without input.
 */
public final class BatchHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(BatchHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Time kept for anything but reading: HEAD, stores, tags and a slow start. */
    static final long BASE_RESERVE_MILLIS = 30_000;
    /**
     * Read speed assumed for the reserve, in bytes per millisecond (20 MB/s): a third of the
     * engine's measured single-thread throughput, so that a slow read still ends in time.
     */
    static final long RESERVE_BYTES_PER_MILLI = 20_000;

    private final ScannerService service;

    /** The handler Lambda instantiates, with the service built from the environment. */
    public BatchHandler() {
        this(ScannerService.shared());
    }

    /** A handler with a given service, for tests and local runs. */
    public BatchHandler(ScannerService service) {
        this.service = service;
    }

    /**
     * @return {@code {"Items": [the items not reached], "BatchInput": {..., "tally": {...}}}}
     * @throws IllegalArgumentException when the input is not a batch; the child workflow counts its
     *                                  items as failed
     */
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return PowertoolsLogging.withLogging(context, () -> handle(JSON.valueToTree(input), context));
    }

    private Map<String, Object> handle(JsonNode input, Context context) {
        service.telemetry().invocationStarted(context);
        JsonNode items = input.path("Items");
        if (!items.isArray()) {
            throw new IllegalArgumentException("the input has no Items array");
        }
        ObjectNode batchInput = input.path("BatchInput").isObject()
                ? ((ObjectNode) input.get("BatchInput")).deepCopy()
                : JSON.createObjectNode();
        Rescan rescan = Rescan.parse(batchInput.path("rescan").asText(Rescan.NONE.label()));
        Tally tally = Tally.fromJson(batchInput.path("tally"));
        ArrayNode remaining = JSON.createArrayNode();
        int done = 0;
        try {
            for (JsonNode item : items) {
                if (!remaining.isEmpty() || (done > 0 && context.getRemainingTimeInMillis() < reserve(item))) {
                    remaining.add(item);
                    continue;
                }
                scan(item, rescan, tally);
                done++;
            }
        } finally {
            service.telemetry().flush();
        }
        batchInput.set("tally", tally.toJson());
        LOG.info(
                "batch handled",
                entry("objects", done),
                entry("remaining", remaining.size()),
                entry("rescan", rescan.label()));
        ObjectNode output = JSON.createObjectNode();
        output.set("Items", remaining);
        output.set("BatchInput", batchInput);
        return JSON.convertValue(output, new TypeReference<>() {});
    }

    private static long reserve(JsonNode item) {
        return BASE_RESERVE_MILLIS + BatchItems.size(item) / RESERVE_BYTES_PER_MILLI;
    }

    private void scan(JsonNode item, Rescan rescan, Tally tally) {
        String key;
        try {
            key = BatchItems.key(item);
        } catch (IllegalArgumentException e) {
            tally.failed(e.getMessage(), 1);
            return;
        }
        try {
            ScanResult result =
                    service.pipeline().process(new S3ObjectRef(service.config().dataBucket(), key, null), rescan);
            count(key, result, rescan, tally);
        } catch (Exception e) {
            service.telemetry().count(ServiceMetricNames.RECORDS_FAILED);
            String reason = reason(Failures.describe(e));
            LOG.error("object failed", entry("key", service.keys().shown(key)), Failures.logged(e));
            tally.failed(reason, 1);
        }
    }

    private void count(String key, ScanResult result, Rescan rescan, Tally tally) {
        switch (result.kind()) {
            case SCANNED -> {
                ObjectScan scan = result.scan();
                Tally.TopObject object = new Tally.TopObject(
                        service.keys().shown(key), service.keys().id(key), scan.findingCount(), scan.findingsByType());
                String prefix = service.keys().shown(prefix(key));
                if (scan.status() == ScanStatus.SKIPPED) {
                    tally.skipped(reason(scan.skipReason()));
                } else if (scan.status() == ScanStatus.FAILED) {
                    tally.failedPartway(reason(scan.skipReason()), scan.bytes(), scan.findingsByType(), prefix, object);
                } else {
                    tally.scanned(scan.bytes(), scan.findingsByType(), prefix, object);
                }
            }
            case ALREADY_SCANNED ->
                tally.skipped(
                        rescan == Rescan.OUTDATED
                                ? "already scanned by this engine and detector set"
                                : "already scanned");
            case IGNORED -> tally.skipped("result document, never scanned");
            case NOT_FOUND -> tally.skipped("no longer exists");
            case QUEUED -> tally.skipped("handed to the scan queue");
        }
    }

    /** The first path segment with its slash, or {@code (no prefix)}, before masking. */
    static String prefix(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? "(no prefix)" : key.substring(0, slash + 1);
    }

    /**
     * A reason as the tally counts it: masked like a log line, and with numbers written as
     * {@code N}, so that "over the limit" is one reason however large each object was.
     */
    private String reason(String text) {
        String masked = service.keys().shown(text == null ? "unknown" : text);
        return masked.replaceAll("[0-9]+", "N");
    }
}
