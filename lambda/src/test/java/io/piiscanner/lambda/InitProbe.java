package io.piiscanner.lambda;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.piiscanner.lambda.sqs.SqsHandler;
import io.piiscanner.lambda.testing.TestContext;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Runs in a fresh JVM on the deployment jar, as Lambda would: instantiates a handler the way
 * the runtime does (its no-argument constructor builds the service from the environment), then
 * invokes it twice, and prints the times. Started by {@link InitTiming}.
 */
public final class InitProbe {

    private InitProbe() {}

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        SqsHandler handler = new SqsHandler();
        long t1 = System.nanoTime();
        SQSBatchResponse first = handler.handleRequest(event(args[0]), new TestContext());
        long t2 = System.nanoTime();
        SQSBatchResponse second = handler.handleRequest(event(args[1]), new TestContext());
        long t3 = System.nanoTime();
        if (!first.getBatchItemFailures().isEmpty()
                || !second.getBatchItemFailures().isEmpty()) {
            throw new IllegalStateException("an invocation failed");
        }
        System.out.printf(
                "TIMING jvm-start-to-ready=%d ms init=%d ms first-invocation=%d ms second-invocation=%d ms%n",
                System.currentTimeMillis() - jvmStart - (t3 - t1) / 1_000_000,
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000);
    }

    private static SQSEvent event(String key) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(key);
        message.setBody("{\"key\":\"" + key + "\"}");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));
        return event;
    }
}
