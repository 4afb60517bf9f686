package io.piiscanner.lambda.testing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.lambda.sqs.SqsHandler;

import java.time.Duration;
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
 */
public final class EventSourceMapping {

    private final ElasticMq sqs;
    private final String queueUrl;
    private final String queueArn;
    private final SqsHandler handler;

    public EventSourceMapping(ElasticMq sqs, String queueUrl, SqsHandler handler) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = sqs.attribute(queueUrl, "QueueArn");
        this.handler = handler;
    }

    /** Each invocation's batch and its response. */
    public record Invocation(List<String> messageIds, Set<String> failed) {
    }

    /** Polls until the queue is empty, waiting out visibility timeouts, up to {@code limit}. */
    public List<Invocation> drain(Context context, Duration limit) {
        List<Invocation> invocations = new ArrayList<>();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode messages = sqs.receive(queueUrl);
            if (messages.isEmpty()) {
                if ("0".equals(sqs.attribute(queueUrl, "ApproximateNumberOfMessages"))
                        && "0".equals(sqs.attribute(queueUrl, "ApproximateNumberOfMessagesNotVisible"))) {
                    return invocations;
                }
                continue;
            }
            SQSEvent event = new SQSEvent();
            List<SQSEvent.SQSMessage> records = new ArrayList<>();
            Map<String, String> receipts = new HashMap<>();
            for (JsonNode m : messages) {
                SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
                record.setMessageId(m.get("MessageId").asText());
                record.setReceiptHandle(m.get("ReceiptHandle").asText());
                record.setBody(m.get("Body").asText());
                Map<String, String> attributes = new HashMap<>();
                m.path("Attributes").properties().forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
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
        throw new AssertionError("queue not drained within " + limit);
    }
}
