package io.piiscanner.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * The scan queue (S3 object references for fan-out and bulk re-scans) and the dead-letter queue
 * that receives both the queue's poison messages and the function's failed asynchronous events.
 */
public final class ScanQueue extends Construct {

    /** A message is moved to the dead-letter queue after this many failed receives. */
    public static final int MAX_RECEIVE_COUNT = 3;

    private final Queue queue;
    private final Queue deadLetterQueue;

    /**
     * Creates both queues.
     *
     * @param scope the stack
     * @param id construct id
     * @param base the names, key and removal behaviour of the stack
     * @param functionTimeout the consuming function's timeout, which the visibility timeout must exceed
     */
    public ScanQueue(Construct scope, String id, Foundation base, Duration functionTimeout) {
        super(scope, id);
        ResourceNames names = base.names();
        IKey key = base.key();
        Removal removal = base.removal();
        deadLetterQueue = Queue.Builder.create(this, "DeadLetterQueue")
                .queueName(names.deadLetterQueue())
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(key)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .removalPolicy(removal.policy())
                .build();
        queue = Queue.Builder.create(this, "Queue")
                .queueName(names.scanQueue())
                .encryption(QueueEncryption.KMS)
                .encryptionMasterKey(key)
                // KMS data keys are reused for five minutes instead of one call per message.
                .dataKeyReuse(Duration.minutes(5))
                .enforceSsl(true)
                // Six times the function timeout, as Lambda recommends for SQS event sources.
                .visibilityTimeout(Duration.seconds(functionTimeout.toSeconds().longValue() * 6))
                .deadLetterQueue(DeadLetterQueue.builder()
                        .queue(deadLetterQueue)
                        .maxReceiveCount(MAX_RECEIVE_COUNT)
                        .build())
                .removalPolicy(removal.policy())
                .build();
    }

    /** Returns the scan queue. */
    public Queue queue() {
        return queue;
    }

    /** Returns the dead-letter queue. */
    public Queue deadLetterQueue() {
        return deadLetterQueue;
    }
}
