package io.piiscanner.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.lambda.api.ApiHandler;
import io.piiscanner.lambda.s3event.S3EventHandler;
import io.piiscanner.lambda.sqs.SqsHandler;
import io.piiscanner.lambda.testing.ElasticMq;
import io.piiscanner.lambda.testing.Events;
import io.piiscanner.lambda.testing.EventSourceMapping;
import io.piiscanner.lambda.testing.LocalAws;
import io.piiscanner.lambda.testing.OutputCapture;
import io.piiscanner.lambda.testing.Pii;
import io.piiscanner.lambda.testing.TestContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise that matters most: planted personal data goes in through every entry point, and
 * no raw value, in any spelling, comes out in a log line, a metric, a result document, a table
 * item, an alert or an API response.
 */
class NoRawPiiLeakTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noEntryPointLetsARawValueOut() throws Exception {
        List<String> responses = new ArrayList<>();
        LocalAws.Deployment deployment;
        String logs;
        try (OutputCapture output = new OutputCapture()) {
            deployment = LocalAws.get().deploy(false, Map.of());
            ScannerService service = deployment.service();
            deployment.put("leak/event.csv", Pii.bytes(Pii.CSV));
            deployment.put("leak/queued.txt", Pii.bytes(Pii.TEXT));
            deployment.put("leak/api.json", Pii.bytes(JSON.writeValueAsString(Map.of("customer",
                    Map.of("card", Pii.CARD, "ssn", Pii.SSN, "email", Pii.EMAIL, "iban", Pii.IBAN)))));

            new S3EventHandler(service).handleRequest(Events.s3(List.of(new Events.S3Record("ObjectCreated:Put",
                    deployment.bucket(), "leak/event.csv", null, 100))), new TestContext());

            ElasticMq sqs = LocalAws.get().sqs();
            String dlq = sqs.createQueue("leak-dlq", Map.of());
            String queue = sqs.createQueue("leak", Map.of("VisibilityTimeout", "1", "RedrivePolicy",
                    "{\"deadLetterTargetArn\":\"" + sqs.attribute(dlq, "QueueArn") + "\",\"maxReceiveCount\":\"1\"}"));
            sqs.send(queue, "{\"key\":\"leak/queued.txt\"}");
            sqs.send(queue, "card " + Pii.CARD + " ssn " + Pii.SSN + " is not a reference");
            sqs.send(queue, "{\"key\":" + Pii.CARD + ", \"email\": \"" + Pii.EMAIL + "\"}");
            new EventSourceMapping(sqs, queue, new SqsHandler(service)).drain(new TestContext(), Duration.ofSeconds(20));

            ApiHandler api = new ApiHandler(service);
            for (var request : List.of(
                    Events.api("POST", "/scan", null, "{\"objectKey\":\"leak/api.json\"}"),
                    Events.api("POST", "/scan", null, JSON.writeValueAsString(Map.of("text", Pii.TEXT))),
                    Events.api("POST", "/scan", null, "{\"text\": \"" + Pii.TEXT.replace("\n", " ") + "\" " + Pii.CARD),
                    Events.api("POST", "/scan", null, "{\"objectKey\": \"" + Pii.IBAN + "\"}"),
                    Events.api("GET", "/findings", Map.of("objectKey", "leak/event.csv"), null),
                    Events.api("GET", "/findings", Map.of("type", "CREDIT_CARD"), null),
                    Events.api("GET", "/findings", Map.of("type", Pii.EMAIL), null))) {
                APIGatewayProxyResponseEvent response = api.handleRequest(request, new TestContext());
                responses.add(response.getStatusCode() + " " + response.getBody());
            }
            logs = output.text();
        }

        List<String> documents = new ArrayList<>();
        LocalAws.get().s3().listObjectsV2Paginator(b -> b.bucket(deployment.bucket()).prefix("scan-results/"))
                .contents().forEach(o -> documents.add(deployment.read(o.key())));
        List<String> items = deployment.items().stream().map(Object::toString).toList();
        List<String> alerts = deployment.alerts().stream().map(a -> a.subject() + "\n" + a.message()).toList();

        // The test must see real output, or it proves nothing.
        assertThat(logs).contains("\"message\":\"scanned\"").contains("\"_aws\"").contains("FindingsByType")
                .contains("invalid message");
        assertThat(documents).hasSize(3);
        assertThat(items).hasSizeGreaterThan(20);
        assertThat(alerts).hasSize(3);
        assertThat(responses).anySatisfy(r -> assertThat(r).startsWith("200").contains("************1111"));
        assertThat(responses).anySatisfy(r -> assertThat(r).startsWith("400"));

        for (String raw : Pii.FORBIDDEN) {
            assertThat(logs).as("logs and metrics must not contain %s", raw).doesNotContain(raw);
            documents.forEach(d -> assertThat(d).as("result document").doesNotContain(raw));
            items.forEach(i -> assertThat(i).as("table item").doesNotContain(raw));
            alerts.forEach(a -> assertThat(a).as("alert").doesNotContain(raw));
            responses.forEach(r -> assertThat(r).as("API response").doesNotContain(raw));
        }
    }
}
