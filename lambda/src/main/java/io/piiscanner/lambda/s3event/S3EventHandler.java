package io.piiscanner.lambda.s3event;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.piiscanner.api.ServiceMetricNames;
import io.piiscanner.lambda.Failures;
import io.piiscanner.lambda.ScannerService;
import io.piiscanner.lambda.keys.EventKeys;
import io.piiscanner.lambda.scan.ScanResult;
import io.piiscanner.s3.S3ObjectRef;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * Handles S3 ObjectCreated notifications: scans each created object. Every record is tried; if
 * any fails, the invocation fails after the others are done, so that Lambda retries the event
 * (and then sends it to the function's failure destination). Records that succeeded are not
 * scanned twice on the retry: their versions have scan records.
 */
public final class S3EventHandler implements RequestHandler<S3Event, Map<String, Integer>> {

    private static final Logger LOG = LoggerFactory.getLogger(S3EventHandler.class);
    private static final String CREATED = "ObjectCreated:";

    private final ScannerService service;

    /** The handler Lambda instantiates, with the service built from the environment. */
    public S3EventHandler() {
        this(ScannerService.shared());
    }

    /** A handler with a given service, for tests and local runs. */
    public S3EventHandler(ScannerService service) {
        this.service = service;
    }

    /**
     * @return how many records came to each outcome, e.g. {@code {"SCANNED": 2, "IGNORED": 1}}
     * @throws RecordsFailedException when any record could not be handled
     */
    @Override
    public Map<String, Integer> handleRequest(S3Event event, Context context) {
        return PowertoolsLogging.withLogging(context, () -> handle(event, context));
    }

    private Map<String, Integer> handle(S3Event event, Context context) {
        service.telemetry().invocationStarted(context);
        Map<String, Integer> outcomes = new TreeMap<>();
        int failed = 0;
        try {
            List<S3EventNotificationRecord> records =
                    event == null || event.getRecords() == null ? List.of() : event.getRecords();
            for (S3EventNotificationRecord record : records) {
                String kind = handle(record);
                outcomes.merge(kind, 1, Integer::sum);
                if ("FAILED".equals(kind)) {
                    failed++;
                }
            }
            LOG.info("event handled", entry("records", records.size()), entry("outcomes", outcomes));
        } finally {
            service.telemetry().flush();
        }
        if (failed > 0) {
            throw new RecordsFailedException(failed + " of "
                    + outcomes.values().stream().mapToInt(i -> i).sum() + " records failed; the event will be retried");
        }
        return outcomes;
    }

    private String handle(S3EventNotificationRecord record) {
        if (record == null) {
            // Nothing to scan, but not "nothing found": failing the invocation takes the event to
            // the dead-letter queue (and its alarm) after Lambda's retries.
            service.telemetry().count(ServiceMetricNames.RECORDS_FAILED);
            LOG.error("record failed", Failures.logged("the event's Records list holds a null record"));
            return "FAILED";
        }
        if (record.getEventName() == null || !record.getEventName().startsWith(CREATED)) {
            LOG.info("ignored: not an ObjectCreated event", entry("eventName", record.getEventName()));
            return "IGNORED";
        }
        try {
            var s3 = record.getS3();
            S3ObjectRef object = new S3ObjectRef(
                    s3.getBucket().getName(),
                    EventKeys.decode(s3.getObject().getKey()),
                    s3.getObject().getVersionId());
            ScanResult result = service.pipeline().process(object, false);
            return result.kind().name();
        } catch (Exception e) {
            service.telemetry().count(ServiceMetricNames.RECORDS_FAILED);
            LOG.error("record failed", entry("eventName", record.getEventName()), Failures.logged(e));
            return "FAILED";
        }
    }
}
