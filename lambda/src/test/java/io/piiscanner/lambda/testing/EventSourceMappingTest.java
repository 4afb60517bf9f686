package io.piiscanner.lambda.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The stand-in for Lambda's event source mapping, which the SQS handler's tests rely on. */
class EventSourceMappingTest {

    private static ElasticMq sqs;

    @BeforeAll
    static void start() {
        sqs = ElasticMq.start();
    }

    @AfterAll
    static void stop() {
        sqs.stop();
    }

    /**
     * A busy machine slows the handler (scans, DynamoDB Local writes), not the queue: a drain that
     * allowed ten seconds in all reported a drained queue as not drained.
     */
    @Test
    void drainsHoweverLongTheHandlerTakes() {
        String queue = sqs.createQueue("slow-handler", Map.of("VisibilityTimeout", "1"));
        String id = sqs.send(queue, "{\"key\":\"a.csv\"}");
        AtomicInteger handled = new AtomicInteger();
        // Longer than those ten seconds, and than the visibility timeout: the message is visible
        // again before the mapping deletes it, as with a slow scan.
        RequestHandler<SQSEvent, SQSBatchResponse> slow = (event, context) -> {
            handled.addAndGet(event.getRecords().size());
            try {
                Thread.sleep(11_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return SQSBatchResponse.builder().withBatchItemFailures(List.of()).build();
        };

        List<EventSourceMapping.Invocation> invocations =
                new EventSourceMapping(sqs, queue, slow).drain(new TestContext());

        assertThat(invocations).containsExactly(new EventSourceMapping.Invocation(List.of(id), Set.of()));
        assertThat(handled).hasValue(1);
        assertThat(sqs.attribute(queue, "ApproximateNumberOfMessages")).isEqualTo("0");
    }
}
