package io.piiscanner.lambda.s3event;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.api.ServiceMetricNames;
import io.piiscanner.lambda.Failures;
import io.piiscanner.lambda.ScannerService;
import io.piiscanner.lambda.scan.ScanResult;
import io.piiscanner.s3.S3ObjectRef;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * Handles S3 "Object Created" events delivered by EventBridge: the stack's rule sends every
 * object created in the data bucket except under {@code scan-results/}, whatever its prefix.
 * Unlike S3's own notifications, EventBridge events carry the key as it is, not URL-encoded. A
 * failure fails the invocation, so that Lambda retries the event and then sends it to the
 * function's dead-letter queue.
 */
public final class EventBridgeHandler implements RequestHandler<Map<String, Object>, String> {

    private static final Logger LOG = LoggerFactory.getLogger(EventBridgeHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScannerService service;

    /** The handler Lambda instantiates, with the service built from the environment. */
    public EventBridgeHandler() {
        this(ScannerService.shared());
    }

    /** A handler with a given service, for tests and local runs. */
    public EventBridgeHandler(ScannerService service) {
        this.service = service;
    }

    /**
     * @return what handling the object came to, e.g. {@code SCANNED}, or {@code IGNORED} for an
     *         event of another kind
     * @throws RecordsFailedException when the object could not be handled; Lambda retries
     */
    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        return PowertoolsLogging.withLogging(context, () -> handle(JSON.valueToTree(event), context));
    }

    private String handle(JsonNode event, Context context) {
        service.telemetry().invocationStarted(context);
        try {
            if (!"aws.s3".equals(event.path("source").asText())
                    || !"Object Created".equals(event.path("detail-type").asText())) {
                LOG.info(
                        "ignored: not an S3 Object Created event",
                        entry("detailType", event.path("detail-type").asText(null)));
                return ScanResult.Kind.IGNORED.name();
            }
            JsonNode detail = event.path("detail");
            String bucket = detail.path("bucket").path("name").asText("");
            String key = detail.path("object").path("key").asText("");
            if (bucket.isEmpty() || key.isEmpty()) {
                service.telemetry().count(ServiceMetricNames.RECORDS_FAILED);
                throw new RecordsFailedException("the event names no bucket or no object key");
            }
            String versionId = detail.path("object").path("version-id").asText(null);
            try {
                return service.pipeline()
                        .process(new S3ObjectRef(bucket, key, versionId), false)
                        .kind()
                        .name();
            } catch (Exception e) {
                service.telemetry().count(ServiceMetricNames.RECORDS_FAILED);
                LOG.error("event failed", entry("key", service.keys().shown(key)), Failures.logged(e));
                throw new RecordsFailedException("the object could not be handled; the event will be retried");
            }
        } finally {
            service.telemetry().flush();
        }
    }
}
