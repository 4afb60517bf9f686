package io.piiscanner.lambda.testing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Lambda's SQS event source mapping does, with {@code ReportBatchItemFailures}: receives a
 * batch, invokes the handler, deletes the messages not reported as failed, and leaves the failed
 * ones to become visible again, so that the queue's redrive policy moves a message that keeps
 * failing to the dead-letter queue.
 *
 * <p>Draining is bounded by receives, never by time: how long the handler takes (scans, DynamoDB
 * Local writes, all in the test JVM) grows with the machine's load, and a time limit on it failed
 * the tests on a busy machine though the queue was drained.
 */
public final class EventSourceMapping {

    /**
     * Receives in a row that find no message while some are in flight. Each waits up to a second
     * (long polling), so together they outlast any visibility timeout the tests set (one second).
     */
    static final int IDLE_RECEIVES = 10;

    /**
     * Batches after which a queue that is still not empty counts as stuck: a message that keeps
     * failing reaches the dead-letter queue after its redrive policy's few receives.
     */
    static final int MAX_BATCHES = 50;

    private final ElasticMq sqs;
    private final String queueUrl;
    private final String queueArn;
    private final RequestHandler<SQSEvent, SQSBatchResponse> handler;

    public EventSourceMapping(ElasticMq sqs, String queueUrl, RequestHandler<SQSEvent, SQSBatchResponse> handler) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = sqs.attribute(queueUrl, "QueueArn");
        this.handler = handler;
    }

    /** Each invocation's batch and its response. */
    public record Invocation(List<String> messageIds, Set<String> failed) {}

    /**
     * Hands batches to the handler until the queue is empty, waiting out visibility timeouts.
     *
     * @throws AssertionError when messages stay in flight for {@value #IDLE_RECEIVES} receives, or the
     *                        queue is not empty after {@value #MAX_BATCHES} batches
     */
    public List<Invocation> drain(Context context) {
        List<Invocation> invocations = new ArrayList<>();
        int idle = 0;
        while (invocations.size() < MAX_BATCHES) {
            JsonNode messages = sqs.receive(queueUrl);
            if (messages.isEmpty()) {
                if ("0".equals(sqs.attribute(queueUrl, "ApproximateNumberOfMessages"))
                        && "0".equals(sqs.attribute(queueUrl, "ApproximateNumberOfMessagesNotVisible"))) {
                    return invocations;
                }
                if (++idle == IDLE_RECEIVES) {
                    throw new AssertionError(
                            "messages still in flight after " + IDLE_RECEIVES + " receives that found none");
                }
                continue;
            }
            idle = 0;
            SQSEvent event = new SQSEvent();
            List<SQSEvent.SQSMessage> records = new ArrayList<>();
            Map<String, String> receipts = new HashMap<>();
            for (JsonNode m : messages) {
                SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
                record.setMessageId(m.get("MessageId").asText());
                record.setReceiptHandle(m.get("ReceiptHandle").asText());
                record.setBody(m.get("Body").asText());
                Map<String, String> attributes = new HashMap<>();
                m.path("Attributes")
                        .properties()
                        .forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
                record.setAttributes(attributes);
                record.setEventSource("aws:sqs");
                record.setEventSourceArn(queueArn);
                records.add(record);
                receipts.put(record.getMessageId(), record.getReceiptHandle());
            }
            event.setRecords(records);
            SQSBatchResponse response = handler.handleRequest(event, context);
            Set<String> failed = new HashSet<>();
            response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
            receipts.forEach((id, receipt) -> {
                if (!failed.contains(id)) {
                    sqs.delete(queueUrl, receipt);
                }
            });
            invocations.add(new Invocation(List.copyOf(receipts.keySet()), failed));
        }
        throw new AssertionError("queue not drained after " + MAX_BATCHES + " batches");
    }
}
