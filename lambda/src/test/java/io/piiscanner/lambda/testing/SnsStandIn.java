package io.piiscanner.lambda.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stand-in for SNS: the thinnest server that speaks the SNS Query API the AWS SDK uses
 * ({@code CreateTopic} and {@code Publish}, form-encoded requests, XML responses) and records
 * what is published. It exists because no SNS implementation is published on Maven Central to
 * run in-process (LocalStack and moto are Python, goaws is Go, ElasticMQ is SQS only), and the
 * tests must not leave the machine. It checks what a real topic would refuse (an unknown topic,
 * a missing message) and can be made to fail, to test what happens when SNS is down. Signatures
 * are not checked.
 */
public final class SnsStandIn {

    /** One published message. */
    public record Published(String topicArn, String subject, String message) {}

    private final HttpServer server;
    private final Set<String> topics = ConcurrentHashMap.newKeySet();
    private final List<Published> published = new ArrayList<>();
    private final AtomicBoolean failing = new AtomicBoolean();

    private SnsStandIn(HttpServer server) {
        this.server = server;
    }

    static SnsStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            SnsStandIn sns = new SnsStandIn(server);
            server.createContext("/", sns::handle);
            server.start();
            return sns;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void stop() {
        server.stop(0);
    }

    /** Creates a topic and returns its ARN. */
    public String createTopic(String name) {
        String arn = "arn:aws:sns:us-east-1:000000000000:" + name;
        topics.add(arn);
        return arn;
    }

    /** Everything published so far. */
    public synchronized List<Published> published() {
        return List.copyOf(published);
    }

    /** Makes every Publish fail with a 500 until switched back, as SNS does when it is down. */
    public void failPublishing(boolean fail) {
        failing.set(fail);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String action = form.getOrDefault("Action", "");
        switch (action) {
            case "CreateTopic" ->
                respond(
                        exchange,
                        200,
                        "<CreateTopicResponse><CreateTopicResult><TopicArn>" + createTopic(form.get("Name"))
                                + "</TopicArn></CreateTopicResult></CreateTopicResponse>");
            case "Publish" -> publish(exchange, form);
            default -> error(exchange, 400, "InvalidAction", "unsupported action");
        }
    }

    private void publish(HttpExchange exchange, Map<String, String> form) throws IOException {
        if (failing.get()) {
            error(exchange, 500, "InternalError", "the stand-in is failing on purpose");
            return;
        }
        String topic = form.get("TopicArn");
        if (topic == null || !topics.contains(topic)) {
            error(exchange, 404, "NotFound", "Topic does not exist");
            return;
        }
        String message = form.get("Message");
        if (message == null || message.isEmpty()) {
            error(exchange, 400, "InvalidParameter", "Empty message");
            return;
        }
        synchronized (this) {
            published.add(new Published(topic, form.get("Subject"), message));
        }
        respond(
                exchange,
                200,
                "<PublishResponse><PublishResult><MessageId>" + UUID.randomUUID()
                        + "</MessageId></PublishResult></PublishResponse>");
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        respond(
                exchange,
                status,
                "<ErrorResponse><Error><Type>Sender</Type><Code>" + code + "</Code><Message>" + message
                        + "</Message></Error><RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>");
    }

    private static void respond(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
