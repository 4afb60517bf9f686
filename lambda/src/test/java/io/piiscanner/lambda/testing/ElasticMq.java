package io.piiscanner.lambda.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * ElasticMQ, an SQS implementation, in-process on loopback, with the few SQS calls the tests
 * make as plain HTTP in SQS's JSON protocol. The service reaches it through the SDK at
 * {@link #endpoint()} ({@code AWS_ENDPOINT_URL_SQS}) when the API queues a large object.
 */
public final class ElasticMq {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SQSRestServer server;
    private final URI endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    private ElasticMq(SQSRestServer server, int port) {
        this.server = server;
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/");
    }

    static ElasticMq start() {
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1")
                .withDynamicPort()
                .start();
        return new ElasticMq(server, server.waitUntilStarted().localAddress().getPort());
    }

    void stop() {
        server.stopAndWait();
    }

    /** The endpoint, for {@code AWS_ENDPOINT_URL_SQS}. */
    public URI endpoint() {
        return endpoint;
    }

    /** Creates a queue and returns its URL. */
    public String createQueue(String name, Map<String, String> attributes) {
        return call("CreateQueue", Map.of("QueueName", name, "Attributes", attributes))
                .get("QueueUrl")
                .asText();
    }

    /** A queue attribute, e.g. {@code QueueArn} or {@code ApproximateNumberOfMessages}. */
    public String attribute(String queueUrl, String name) {
        return call("GetQueueAttributes", Map.of("QueueUrl", queueUrl, "AttributeNames", new String[] {name}))
                .path("Attributes")
                .path(name)
                .asText();
    }

    /** Sends a message and returns its id. */
    public String send(String queueUrl, String body) {
        return call("SendMessage", Map.of("QueueUrl", queueUrl, "MessageBody", body))
                .get("MessageId")
                .asText();
    }

    /** Receives up to ten messages, waiting up to a second, with their system attributes. */
    public JsonNode receive(String queueUrl) {
        return call(
                        "ReceiveMessage",
                        Map.of(
                                "QueueUrl",
                                queueUrl,
                                "MaxNumberOfMessages",
                                10,
                                "WaitTimeSeconds",
                                1,
                                "AttributeNames",
                                new String[] {"All"}))
                .path("Messages");
    }

    public void delete(String queueUrl, String receiptHandle) {
        call("DeleteMessage", Map.of("QueueUrl", queueUrl, "ReceiptHandle", receiptHandle));
    }

    private JsonNode call(String action, Map<String, Object> body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("X-Amz-Target", "AmazonSQS." + action)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        action + " failed: HTTP " + response.statusCode() + " " + response.body());
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(action + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(action + " interrupted", e);
        }
    }
}
