package io.piiscanner.lambda.sqs;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.piiscanner.api.ServiceMetricNames;
import io.piiscanner.lambda.Failures;
import io.piiscanner.lambda.ScannerService;
import io.piiscanner.lambda.queue.InvalidMessageException;
import io.piiscanner.lambda.queue.ObjectMessages;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * Handles SQS messages carrying object references. Each message is handled on its own and
 * failures are reported as {@code batchItemFailures} (the event source mapping must have
 * {@code ReportBatchItemFailures} on), so only failed messages come back. A message that keeps
 * failing, such as one that is not a reference at all, reaches the queue's dead-letter queue
 * through its redrive policy: it is reported as failed every time, never swallowed.
 */
public final class SqsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(SqsHandler.class);

    private final ScannerService service;

    /** The handler Lambda instantiates, with the service built from the environment. */
    public SqsHandler() {
        this(ScannerService.shared());
    }

    /** A handler with a given service, for tests and local runs. */
    public SqsHandler(ScannerService service) {
        this.service = service;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return PowertoolsLogging.withLogging(context, () -> handle(event, context));
    }

    private SQSBatchResponse handle(SQSEvent event, Context context) {
        service.telemetry().invocationStarted(context);
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> messages =
                event == null || event.getRecords() == null ? List.of() : event.getRecords();
        try {
            for (SQSEvent.SQSMessage message : messages) {
                if (!handle(message)) {
                    failures.add(SQSBatchResponse.BatchItemFailure.builder()
                            .withItemIdentifier(message.getMessageId())
                            .build());
                }
            }
            LOG.info("batch handled", entry("messages", messages.size()), entry("failed", failures.size()));
        } finally {
            service.telemetry().flush();
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    /** Whether every reference in the message was handled. */
    private boolean handle(SQSEvent.SQSMessage message) {
        String id = message.getMessageId();
        try {
            for (ObjectMessages.Request request :
                    ObjectMessages.parse(message.getBody(), service.config().dataBucket())) {
                service.pipeline().process(request.object(), request.rescan());
            }
            return true;
        } catch (InvalidMessageException e) {
            service.telemetry().count(ServiceMetricNames.MESSAGES_FAILED);
            LOG.error(
                    "invalid message; it will reach the dead-letter queue",
                    entry("messageId", id),
                    entry(
                            "receiveCount",
                            message.getAttributes() == null
                                    ? null
                                    : message.getAttributes().get("ApproximateReceiveCount")),
                    Failures.logged(e.getMessage()));
            return false;
        } catch (Exception e) {
            service.telemetry().count(ServiceMetricNames.MESSAGES_FAILED);
            LOG.error("message failed; it will be retried", entry("messageId", id), Failures.logged(e));
            return false;
        }
    }
}
