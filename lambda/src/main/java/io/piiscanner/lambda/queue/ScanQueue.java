package io.piiscanner.lambda.queue;

import io.piiscanner.s3.S3ObjectRef;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The scan queue, for objects that are scanned later by the queue function rather than now. */
public final class ScanQueue {

    private final SqsClient sqs;
    private final String queueUrl;

    public ScanQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    /**
     * Sends a reference message for the object, in the form {@link ObjectMessages#parse} reads.
     *
     * @throws software.amazon.awssdk.core.exception.SdkException when SQS does not take it
     */
    public void send(S3ObjectRef object) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(ObjectMessages.reference(object)));
    }
}
