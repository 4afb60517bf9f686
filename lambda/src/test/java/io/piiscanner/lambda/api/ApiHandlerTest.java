package io.piiscanner.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.api.ServiceEnvironment;
import io.piiscanner.lambda.sqs.SqsHandler;
import io.piiscanner.lambda.testing.ElasticMq;
import io.piiscanner.lambda.testing.EventSourceMapping;
import io.piiscanner.lambda.testing.Events;
import io.piiscanner.lambda.testing.LocalAws;
import io.piiscanner.lambda.testing.OutputCapture;
import io.piiscanner.lambda.testing.Pii;
import io.piiscanner.lambda.testing.TestContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API against S3Mock, DynamoDB Local and the SNS stand-in. */
class ApiHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalAws.Deployment deployment;
    private static ApiHandler api;

    @BeforeAll
    static void deploy() {
        deployment = LocalAws.get().deploy(false, Map.of());
        api = new ApiHandler(deployment.service());
        deployment.put("api/customers.csv", Pii.bytes(Pii.CSV));
        deployment.put("api/ticket.txt", Pii.bytes(Pii.TEXT));
    }

    private static JsonNode call(
            int expectedStatus, String method, String resource, Map<String, String> query, String body)
            throws Exception {
        APIGatewayProxyResponseEvent response =
                api.handleRequest(Events.api(method, resource, query, body), new TestContext());
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expectedStatus);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
        return JSON.readTree(response.getBody());
    }

    private static JsonNode post(int expectedStatus, String body) throws Exception {
        return call(expectedStatus, "POST", "/scan", null, body);
    }

    private static JsonNode get(int expectedStatus, Map<String, String> query) throws Exception {
        return call(expectedStatus, "GET", "/findings", query, null);
    }

    @Test
    void scansAnObjectOnceAndServesItsFindings() throws Exception {
        JsonNode first = post(200, "{\"objectKey\":\"api/customers.csv\"}");
        assertThat(first.get("status").asText()).isEqualTo("found");
        assertThat(first.get("alreadyScanned").asBoolean()).isFalse();
        assertThat(first.get("findingsByType").get("CREDIT_CARD").asInt()).isEqualTo(2);
        assertThat(first.get("resultDocument").asText())
                .isEqualTo("s3://" + deployment.bucket() + "/" + deployment.resultKey("api/customers.csv"));

        JsonNode again = post(200, "{\"objectKey\":\"api/customers.csv\"}");
        assertThat(again.get("alreadyScanned").asBoolean()).isTrue();
        assertThat(again.get("status").asText()).isEqualTo("found");

        JsonNode findings = get(200, Map.of("objectKey", "api/customers.csv"));
        assertThat(findings.get("status").asText()).isEqualTo("found");
        assertThat(findings.get("findings")).hasSize(10);
        assertThat(findings.get("findings").get(0).get("masked").asText()).isEqualTo("************1111");
        assertThat(findings.get("findings").get(0).get("field").asText()).isEqualTo("card_number");
    }

    @Test
    void scansTextInlineAndStoresNothing() throws Exception {
        int itemsBefore = deployment.items().size();
        JsonNode result = post(200, JSON.writeValueAsString(Map.of("text", Pii.TEXT)));
        assertThat(result.get("status").asText()).isEqualTo("found");
        assertThat(result.get("findingsByType").get("US_SSN").asInt()).isEqualTo(1);
        assertThat(result.get("findings").get(0).get("masked").asText()).isEqualTo("************1111");
        JsonNode csv = post(200, JSON.writeValueAsString(Map.of("text", Pii.CSV, "format", "csv")));
        assertThat(csv.get("findings").get(0).get("field").asText()).isEqualTo("card_number");
        assertThat(post(200, "{\"text\":\"nothing here\"}").get("status").asText())
                .isEqualTo("clean");
        assertThat(deployment.items()).hasSize(itemsBefore);
    }

    @Test
    void listsFindingsOfATypeSinceATimePageByPage() throws Exception {
        post(200, "{\"objectKey\":\"api/ticket.txt\"}");
        post(200, "{\"objectKey\":\"api/customers.csv\"}");
        Set<String> seen = new HashSet<>();
        Map<String, String> query = new HashMap<>(Map.of("type", "credit_card", "since", "2020-01-01", "limit", "1"));
        for (int page = 0; page < 10; page++) {
            JsonNode body = get(200, query);
            assertThat(body.get("type").asText()).isEqualTo("CREDIT_CARD");
            body.get("findings").forEach(f -> {
                assertThat(f.get("type").asText()).isEqualTo("CREDIT_CARD");
                seen.add(f.get("objectKey").asText() + "@" + f.get("start").asLong());
            });
            if (body.get("nextToken").isNull()) {
                break;
            }
            query.put("nextToken", body.get("nextToken").asText());
        }
        assertThat(seen).hasSize(4);
        assertThat(get(200, Map.of("type", "CREDIT_CARD", "since", "2999-01-01T00:00:00Z"))
                        .get("findings"))
                .isEmpty();
    }

    @Test
    void refusedRequestsNameTheField() throws Exception {
        assertThat(post(400, "{").get("message").asText()).isEqualTo("body: not valid JSON");
        assertThat(post(400, "").get("message").asText()).startsWith("body:");
        assertThat(post(400, "[]").get("message").asText()).isEqualTo("body: must be a JSON object");
        assertThat(post(400, "{}").get("message").asText()).isEqualTo("objectKey or text is required");
        assertThat(post(400, "{\"objectKey\":\"a\",\"text\":\"b\"}")
                        .get("message")
                        .asText())
                .isEqualTo("give either objectKey or text, not both");
        assertThat(post(400, "{\"objectKey\":42}").get("message").asText()).isEqualTo("objectKey: must be a string");
        assertThat(post(400, "{\"objectKey\":\"\"}").get("message").asText()).isEqualTo("objectKey: must not be empty");
        assertThat(post(400, "{\"objectKey\":\"scan-results/a.json\"}")
                        .get("message")
                        .asText())
                .startsWith("objectKey: keys under scan-results/");
        assertThat(post(400, "{\"text\":\"x\",\"format\":\"yaml\"}")
                        .get("message")
                        .asText())
                .isEqualTo("format: expected text, csv, tsv, json, ndjson, xml or html");
        assertThat(post(404, "{\"objectKey\":\"api/nope.csv\"}").get("message").asText())
                .isEqualTo("objectKey: no such object in the data bucket");
        JsonNode tooBig = post(413, JSON.writeValueAsString(Map.of("text", "x".repeat(256 * 1024 + 1))));
        assertThat(tooBig.get("message").asText()).startsWith("text: 262145 bytes is over the limit of 262144");

        assertThat(get(400, Map.of()).get("message").asText()).isEqualTo("objectKey or type is required");
        assertThat(get(400, Map.of("type", "SHOE_SIZE")).get("message").asText())
                .startsWith("type: unknown entity type; known types: ")
                .contains("CREDIT_CARD, ");
        assertThat(get(400, Map.of("type", "US_SSN", "since", "yesterday"))
                        .get("message")
                        .asText())
                .startsWith("since: expected an ISO-8601 time");
        assertThat(get(400, Map.of("type", "US_SSN", "limit", "0"))
                        .get("message")
                        .asText())
                .startsWith("limit:");
        assertThat(get(400, Map.of("type", "US_SSN", "nextToken", "garbage!"))
                        .get("message")
                        .asText())
                .startsWith("nextToken:");
        assertThat(get(404, Map.of("objectKey", "never/scanned.csv"))
                        .get("message")
                        .asText())
                .isEqualTo("objectKey: no scan of this object is stored");
        assertThat(call(405, "GET", "/scan", null, null).get("message").asText())
                .isEqualTo("method not allowed here; use POST");
        assertThat(call(404, "GET", "/admin", null, null).get("message").asText())
                .startsWith("no such route;");
    }

    @Test
    void theFieldsOfTheRequestDefinitionAreTakenAndNoOthers() throws Exception {
        LocalAws.Deployment versioned = LocalAws.get().deploy(true, Map.of());
        String version = versioned.put("api/versioned.txt", Pii.bytes(Pii.TEXT));
        ApiHandler versionedApi = new ApiHandler(versioned.service());
        APIGatewayProxyResponseEvent scanned = versionedApi.handleRequest(
                Events.api(
                        "POST",
                        "/scan",
                        null,
                        JSON.writeValueAsString(Map.of("objectKey", "api/versioned.txt", "versionId", version))),
                new TestContext());
        assertThat(scanned.getStatusCode()).as(scanned.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(scanned.getBody()).get("versionId").asText()).isEqualTo(version);
        assertThat(post(200, "{\"text\":\"a,b\",\"format\":\"csv\"}")
                        .get("status")
                        .asText())
                .isEqualTo("clean");

        String unknown = post(400, "{\"text\":\"x\",\"" + Pii.SSN + "\":\"y\"}")
                .get("message")
                .asText();
        assertThat(unknown)
                .isEqualTo("body: a field this request does not take; with text it takes text, format")
                .doesNotContain(Pii.SSN);
        assertThat(post(400, "{\"text\":\"x\",\"versionId\":\"v\"}")
                        .get("message")
                        .asText())
                .isEqualTo("body: a field this request does not take; with text it takes text, format");
        assertThat(post(400, "{\"objectKey\":\"a\",\"versionId\":null}")
                        .get("message")
                        .asText())
                .isEqualTo("versionId: must be a string");
        assertThat(post(400, JSON.writeValueAsString(Map.of("objectKey", "k".repeat(1025))))
                        .get("message")
                        .asText())
                .isEqualTo("objectKey: longer than 1024 characters");
    }

    @Test
    void theMethodOfA405IsNotQuotedBack() throws Exception {
        JsonNode body = call(405, Pii.CARD, "/findings", Map.of("type", "US_SSN"), null);
        assertThat(body.get("message").asText()).isEqualTo("method not allowed here; use GET");
        assertThat(body.toString()).doesNotContain(Pii.CARD);
    }

    @Test
    void aPageTokenIsGoodOnlyForTheQueryThatIssuedItAndAnyOtherIsA400() throws Exception {
        LocalAws.Deployment paged = LocalAws.get().deploy(false, Map.of());
        paged.put("paged/customers.csv", Pii.bytes(Pii.CSV));
        ApiHandler first = new ApiHandler(paged.service());
        first.handleRequest(
                Events.api("POST", "/scan", null, "{\"objectKey\":\"paged/customers.csv\"}"), new TestContext());
        Map<String, String> query = Map.of("type", "CREDIT_CARD", "since", "2020-01-01", "limit", "1");
        String token = JSON.readTree(first.handleRequest(Events.api("GET", "/findings", query, null), new TestContext())
                        .getBody())
                .get("nextToken")
                .asText();
        // Another instance of the function shares the token key through the table.
        ApiHandler second = new ApiHandler(paged.service());
        APIGatewayProxyResponseEvent next = second.handleRequest(
                Events.api("GET", "/findings", with(query, "nextToken", token), null), new TestContext());
        assertThat(next.getStatusCode()).as(next.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(next.getBody()).get("findings")).hasSize(1);

        // The unsigned format tokens had: a start key of the caller's choosing, outside the query.
        String forged = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"gsi1pk\":\"US_SSN\",\"gsi1sk\":\"2020\",\"pk\":\"a\",\"sk\":\"b\"}"
                        .getBytes(StandardCharsets.UTF_8));
        char middle = token.charAt(20);
        String altered = token.substring(0, 20) + (middle == 'A' ? 'B' : 'A') + token.substring(21);
        List<Map<String, String>> refused = new ArrayList<>();
        for (String bad : List.of(forged, altered, token.substring(0, 20), "A".repeat(100_000), "%%%")) {
            refused.add(with(query, "nextToken", bad));
        }
        refused.add(with(with(query, "type", "US_SSN"), "nextToken", token));
        refused.add(with(with(query, "since", "2021-01-01"), "nextToken", token));
        for (Map<String, String> bad : refused) {
            APIGatewayProxyResponseEvent response =
                    second.handleRequest(Events.api("GET", "/findings", bad, null), new TestContext());
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(400);
            assertThat(JSON.readTree(response.getBody()).get("message").asText())
                    .isEqualTo("nextToken: not a token that this API returned for the same type and since");
        }
    }

    @Test
    void anObjectTooLargeToScanWhileTheCallerWaitsIsQueuedAndFoundLaterUnderFindings() throws Exception {
        ElasticMq sqs = LocalAws.get().sqs();
        String queue = sqs.createQueue("api-large-objects", Map.of("VisibilityTimeout", "1"));
        LocalAws.Deployment small = LocalAws.get()
                .deploy(
                        false,
                        Map.of(
                                ServiceEnvironment.API_MAX_OBJECT_BYTES,
                                "64",
                                ServiceEnvironment.SCAN_QUEUE_URL,
                                queue,
                                "AWS_ENDPOINT_URL_SQS",
                                sqs.endpoint().toString()));
        small.put("large/customers.csv", Pii.bytes(Pii.CSV));
        small.put("large/tiny.txt", Pii.bytes("hello"));
        ApiHandler smallApi = new ApiHandler(small.service());

        APIGatewayProxyResponseEvent queued = smallApi.handleRequest(
                Events.api("POST", "/scan", null, "{\"objectKey\":\"large/customers.csv\"}"), new TestContext());
        assertThat(queued.getStatusCode()).as(queued.getBody()).isEqualTo(202);
        JsonNode body = JSON.readTree(queued.getBody());
        assertThat(body.get("status").asText()).isEqualTo("queued");
        assertThat(body.get("message").asText()).contains("over the 64 bytes", "GET /findings");
        APIGatewayProxyResponseEvent tiny = smallApi.handleRequest(
                Events.api("POST", "/scan", null, "{\"objectKey\":\"large/tiny.txt\"}"), new TestContext());
        assertThat(tiny.getStatusCode()).as(tiny.getBody()).isEqualTo(200);

        new EventSourceMapping(sqs, queue, new SqsHandler(small.service())).drain(new TestContext());
        APIGatewayProxyResponseEvent found = smallApi.handleRequest(
                Events.api("GET", "/findings", Map.of("objectKey", "large/customers.csv"), null), new TestContext());
        assertThat(found.getStatusCode()).as(found.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(found.getBody())
                        .get("findingsByType")
                        .get("CREDIT_CARD")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void withoutAScanQueueAnObjectTooLargeToScanWhileTheCallerWaitsIsA413() throws Exception {
        LocalAws.Deployment small = LocalAws.get().deploy(false, Map.of(ServiceEnvironment.API_MAX_OBJECT_BYTES, "64"));
        small.put("large/customers.csv", Pii.bytes(Pii.CSV));
        APIGatewayProxyResponseEvent response = new ApiHandler(small.service())
                .handleRequest(
                        Events.api("POST", "/scan", null, "{\"objectKey\":\"large/customers.csv\"}"),
                        new TestContext());
        assertThat(response.getStatusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.getBody()).get("message").asText()).contains("no scan queue");
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> with(Map<String, String> query, String name, String value) {
        Map<String, String> copy = new HashMap<>(query);
        copy.put(name, value);
        return copy;
    }

    @Test
    void anInternalErrorIsA500WithoutDetail() throws Exception {
        Map<String, String> env = new HashMap<>(deployment.env());
        env.put(ServiceEnvironment.FINDINGS_TABLE, "no-such-table");
        ApiHandler broken = new ApiHandler(
                new LocalAws.Deployment(deployment.bucket(), "no-such-table", deployment.topicArn(), env).service());
        TestContext context = new TestContext();
        APIGatewayProxyResponseEvent response;
        String logs;
        try (OutputCapture output = new OutputCapture()) {
            response = broken.handleRequest(
                    Events.api("GET", "/findings", Map.of("objectKey", "api/" + Pii.CARD + ".csv"), null), context);
            logs = output.text();
        }
        assertThat(response.getStatusCode()).isEqualTo(500);
        // The log says what failed and where, and quotes nothing the caller sent.
        JsonNode failed = logs.lines()
                .filter(l -> l.contains("\"request failed\""))
                .map(ApiHandlerTest::json)
                .findFirst()
                .orElseThrow();
        assertThat(failed.path("errorType").asText())
                .isEqualTo("software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException");
        assertThat(failed.path("errorMessage").asText())
                .startsWith("DynamoDb ResourceNotFoundException (HTTP 400) at io.piiscanner.lambda.store.");
        assertThat(logs).doesNotContain(Pii.CARD);
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.get("message").asText()).isEqualTo("internal error; quote the request id when reporting it");
        assertThat(body.get("requestId").asText()).isEqualTo(context.getAwsRequestId());
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("at io.");
    }
}
