package io.piiscanner.lambda.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.lambda.testing.ElasticMq;
import io.piiscanner.lambda.testing.EventSourceMapping;
import io.piiscanner.lambda.testing.LocalAws;
import io.piiscanner.lambda.testing.Pii;
import io.piiscanner.lambda.testing.TestContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The SQS handler behind an event source mapping on ElasticMQ, with a dead-letter queue that
 * takes messages received twice.
 */
class SqsHandlerTest {

    private static final AtomicInteger QUEUES = new AtomicInteger();

    private static LocalAws.Deployment deployment;
    private static SqsHandler handler;
    private static ElasticMq sqs;

    @BeforeAll
    static void deploy() {
        deployment = LocalAws.get().deploy(false, Map.of());
        handler = new SqsHandler(deployment.service());
        sqs = LocalAws.get().sqs();
    }

    /** A queue whose messages go to its dead-letter queue after two failed receives. */
    private static String[] queueWithDeadLetters() {
        String name = "scan-requests-" + QUEUES.incrementAndGet();
        String dlq = sqs.createQueue(name + "-dlq", Map.of());
        String redrive =
                "{\"deadLetterTargetArn\":\"" + sqs.attribute(dlq, "QueueArn") + "\",\"maxReceiveCount\":\"2\"}";
        String queue = sqs.createQueue(name, Map.of("VisibilityTimeout", "1", "RedrivePolicy", redrive));
        return new String[] {queue, dlq};
    }

    @Test
    void failedMessagesAreReportedAloneAndPoisonEndsInTheDeadLetterQueue() {
        deployment.put("queued/customers.csv", Pii.bytes(Pii.CSV));
        deployment.put("queued/notes.txt", Pii.bytes(Pii.CLEAN));
        String[] queues = queueWithDeadLetters();
        String good = sqs.send(queues[0], "{\"key\":\"queued/customers.csv\"}");
        String notification = sqs.send(queues[0], """
                {"Records":[{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"%s"},
                 "object":{"key":"queued/notes.txt"}}}]}""".formatted(deployment.bucket()));
        String test = sqs.send(queues[0], "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\"}");
        String poison = sqs.send(queues[0], "this is not json " + Pii.CARD);
        String wrongBucket = sqs.send(queues[0], "{\"bucket\":\"not-the-data-bucket\",\"key\":\"a.csv\"}");

        List<EventSourceMapping.Invocation> invocations =
                new EventSourceMapping(sqs, queues[0], handler).drain(new TestContext());

        assertThat(invocations.get(0).messageIds()).contains(good, notification, test, poison, wrongBucket);
        assertThat(invocations.get(0).failed()).containsExactlyInAnyOrder(poison, wrongBucket);
        assertThat(invocations).allSatisfy(i -> assertThat(i.failed()).isSubsetOf(poison, wrongBucket));
        assertThat(sqs.attribute(queues[1], "ApproximateNumberOfMessages")).isEqualTo("2");
        assertThat(deployment.tags("queued/customers.csv", null)).containsEntry("pii-status", "found");
        assertThat(deployment.tags("queued/notes.txt", null)).containsEntry("pii-status", "clean");
    }

    @Test
    void aRescanRequestScansAgainWithoutDuplicatingItemsOrAlerts() {
        deployment.put("rescan/a.csv", Pii.bytes(Pii.CSV));
        String[] queues = queueWithDeadLetters();
        EventSourceMapping mapping = new EventSourceMapping(sqs, queues[0], handler);
        sqs.send(queues[0], "{\"key\":\"rescan/a.csv\"}");
        mapping.drain(new TestContext());
        List<Map<String, AttributeValue>> before = deployment.itemsOf("rescan/a.csv");
        String scannedAt = scanRecord(before).get("scannedAt").s();

        sqs.send(queues[0], "{\"key\":\"rescan/a.csv\",\"rescan\":true}");
        sqs.send(queues[0], "{\"key\":\"rescan/a.csv\"}");
        mapping.drain(new TestContext());

        List<Map<String, AttributeValue>> after = deployment.itemsOf("rescan/a.csv");
        assertThat(after).hasSameSizeAs(before);
        assertThat(scanRecord(after).get("scannedAt").s()).isNotEqualTo(scannedAt);
        assertThat(deployment.alerts().stream().filter(a -> a.message().contains("rescan/a.csv")))
                .hasSize(1);
    }

    private static Map<String, AttributeValue> scanRecord(List<Map<String, AttributeValue>> items) {
        return items.stream()
                .filter(i -> i.get("sk").s().startsWith("SCAN#"))
                .findFirst()
                .orElseThrow();
    }
}
