package io.piiscanner.lambda.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.lambda.testing.LocalAws;
import io.piiscanner.lambda.testing.OutputCapture;
import io.piiscanner.lambda.testing.Pii;
import io.piiscanner.lambda.testing.TestContext;
import io.piiscanner.testing.Mutations;
import io.piiscanner.testing.Mutations.Seed;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes the REST API handler against the local AWS the other lambda tests use (S3Mock, DynamoDB
 * Local): random methods, paths, query strings (page tokens real, altered and forged included),
 * headers and bodies (JSON, not JSON, base64 or not), with planted values in every place a caller
 * can put one. Whatever a caller sends is the caller's mistake at worst: the answer is never a
 * 500, always a JSON object, and neither it nor the log quotes a planted value back. See
 * {@code EngineFuzzTest} in core for how the tries are run.
 */
class ApiFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the API answers to a request it takes or refuses; 500 means the service failed. */
    private static final Set<Integer> CLIENT_STATUSES = Set.of(200, 202, 400, 404, 405, 413);

    private static final String CARD_KEY = "incoming/" + Pii.CARD + ".csv";
    private static final String SSN_KEY = "exports/" + Pii.SSN + "/ticket.txt";

    /** How a body is sent: as is, base64-encoded, or marked base64 but not encoded. */
    enum Encoding {
        PLAIN,
        BASE64,
        MISMARKED
    }

    private static ApiHandler api;
    /** Values a caller might send for each parameter and body field: good ones and bad ones. */
    private static Map<String, List<String>> valuesByName;
    /** Every value, planted ones included: what a caller might send anywhere. */
    private static List<String> anyValue;

    @BeforeContainer
    static void deploy() throws Exception {
        LocalAws.Deployment deployment = LocalAws.get().deploy(true, Map.of());
        api = new ApiHandler(deployment.service());
        String version = deployment.put("api/customers.csv", Pii.bytes(Pii.CSV));
        deployment.put(CARD_KEY, Pii.bytes(Pii.CSV));
        deployment.put(SSN_KEY, Pii.bytes(Pii.TEXT));
        deployment.put("api/clean.txt", Pii.bytes(Pii.CLEAN));
        handle(request("POST", "/scan", null, "{\"objectKey\":\"api/customers.csv\"}"));
        handle(request("POST", "/scan", null, "{\"objectKey\":\"" + SSN_KEY + "\"}"));
        JsonNode page = JSON.readTree(handle(request(
                        "GET", "/findings", Map.of("type", "CREDIT_CARD", "since", "2020-01-01", "limit", "1"), null))
                .getBody());
        String token = page.get("nextToken").asText();
        valuesByName = Map.of(
                "objectKey",
                        List.of(
                                "api/customers.csv",
                                "api/clean.txt",
                                CARD_KEY,
                                SSN_KEY,
                                "api/nope.csv",
                                "scan-results/x.json",
                                "a b+c%2F",
                                "a/../b",
                                "//",
                                "\u202e\u0000",
                                "k".repeat(1025)),
                "versionId", List.of(version, "null", "abc", "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY"),
                "type", List.of("CREDIT_CARD", "us_ssn", "EMAIL_ADDRESS", "SHOE_SIZE"),
                "since",
                        List.of(
                                "2020-01-01",
                                "2020-01-01T00:00:00Z",
                                "2999-01-01",
                                "2020-13-45",
                                "yesterday",
                                "+1000000000-12-31T23:59:59Z"),
                "limit", List.of("1", "2", "1000", "0", "1001", "+5", "99999999999"),
                "nextToken",
                        List.of(
                                token,
                                token.substring(0, token.length() / 2),
                                token.substring(0, 20) + (token.charAt(20) == 'A' ? 'B' : 'A') + token.substring(21),
                                "A".repeat(10_000),
                                "%%%",
                                Base64.getUrlEncoder()
                                        .encodeToString(
                                                ("{\"pk\":\"" + Pii.CARD + "\"}").getBytes(StandardCharsets.UTF_8))),
                "text",
                        List.of(
                                Pii.CSV,
                                Pii.TEXT,
                                Pii.CLEAN,
                                Pii.CARD + "," + Pii.SSN + "\n1,2\n",
                                "{\"" + Pii.SSN + "\": \"" + Pii.CARD + "\"}",
                                "x".repeat(256 * 1024 + 1)),
                "format", List.of("csv", "tsv", "json", "ndjson", "text", "xml"));
        anyValue =
                new ArrayList<>(List.of("", " ", "-1", Pii.CARD, Pii.SSN, Pii.EMAIL, Pii.IBAN, "exports/" + Pii.EMAIL));
        valuesByName.values().forEach(anyValue::addAll);
    }

    @Property(tries = 250)
    void everyRequestIsAnsweredWithoutA500AndQuotesNoPlantedValue(
            @ForAll("requests") APIGatewayProxyRequestEvent request) {
        APIGatewayProxyResponseEvent response;
        String log;
        try (OutputCapture output = new OutputCapture()) {
            response = handle(request);
            log = output.text();
        }
        Statistics.collect(response.getStatusCode());
        assertThat(CLIENT_STATUSES)
                .as("status of %s: %s", request, response.getBody())
                .contains(response.getStatusCode());
        assertThat(readObject(response.getBody()).isObject()).isTrue();
        for (String value : Pii.FORBIDDEN) {
            assertThat(response.getBody()).as("response").doesNotContain(value);
            assertThat(log).as("log").doesNotContain(value);
        }
    }

    /** Found by the property: the log named the method as the caller sent it. */
    @Example
    void aMethodTheApiDoesNotHaveIsLoggedAsOther() {
        try (OutputCapture output = new OutputCapture()) {
            APIGatewayProxyResponseEvent response = handle(request(Pii.CARD, "/scan", null, "{}"));
            assertThat(response.getStatusCode()).isEqualTo(405);
            assertThat(output.text()).contains("\"method\":\"other\"").doesNotContain(Pii.CARD);
        }
    }

    /** Found by the property: S3 refuses a key with a NUL (400), which the API answered with a 500. */
    @Example
    void aKeyS3RefusesIsTheCallersMistake() throws Exception {
        APIGatewayProxyResponseEvent response = handle(
                request("POST", "/scan", null, JSON.writeValueAsString(Map.of("objectKey", "api/a\u0000b.csv"))));
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.getBody()).get("message").asText())
                .isEqualTo("objectKey: S3 refuses this key or version as invalid");
    }

    /** Found by the property: the log of an object not found named the version as the caller sent it. */
    @Example
    void theVersionOfAnObjectNotFoundIsLoggedMasked() throws Exception {
        try (OutputCapture output = new OutputCapture()) {
            APIGatewayProxyResponseEvent response = handle(request(
                    "POST",
                    "/scan",
                    null,
                    JSON.writeValueAsString(Map.of("objectKey", "api/nope.csv", "versionId", Pii.CARD))));
            assertThat(response.getStatusCode()).isEqualTo(404);
            assertThat(output.text()).contains("object not found").doesNotContain(Pii.CARD);
        }
    }

    /** Found by the property: a time past the table's four-digit years, which Instant parses, was a 500. */
    @Example
    void aTimeOutsideTheYearsTheTableHoldsIsRefused() throws Exception {
        for (String since : List.of("+1000000000-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z")) {
            APIGatewayProxyResponseEvent response =
                    handle(request("GET", "/findings", Map.of("type", "CREDIT_CARD", "since", since), null));
            assertThat(response.getStatusCode()).as(since).isEqualTo(400);
            assertThat(JSON.readTree(response.getBody()).get("message").asText())
                    .endsWith("in the years 0000 to 9999");
        }
    }

    /** Where a request goes: mostly where the API has something, else anywhere. */
    record Endpoint(String method, String resource, String path) {}

    @Provide
    Arbitrary<APIGatewayProxyRequestEvent> requests() {
        Arbitrary<String> method = Arbitraries.of("GET", "POST", "PUT", "get", "", "POST\n", Pii.CARD)
                .injectNull(0.1);
        Arbitrary<String> route = Arbitraries.of(
                        "/scan", "/findings", "/other", "", "/" + Pii.SSN, "/findings/" + Pii.CARD)
                .injectNull(0.1);
        Arbitrary<Endpoint> endpoint = Arbitraries.frequencyOf(
                Tuple.of(
                        8,
                        Arbitraries.of(
                                new Endpoint("POST", "/scan", "/scan"), new Endpoint("GET", "/findings", "/findings"))),
                Tuple.of(2, Combinators.combine(method, route, route).as(Endpoint::new)));
        Arbitrary<Map<String, String>> query = named(
                        List.of("objectKey", "type"),
                        List.of("objectKey", "type", "versionId", "since", "limit", "nextToken", "x", Pii.EMAIL))
                .map(ApiFuzzTest::texts)
                .injectNull(0.1);
        Arbitrary<String> body = Arbitraries.frequencyOf(
                Tuple.of(
                        5,
                        named(
                                        List.of("objectKey", "text"),
                                        List.of("objectKey", "text", "versionId", "format", Pii.SSN))
                                .map(ApiFuzzTest::json)),
                Tuple.of(2, mutatedBodies()),
                Tuple.of(1, Arbitraries.of("", "[]", "null", "{", "\"x\"", "42").injectNull(0.2)));
        Arbitrary<Map<String, String>> headers = Arbitraries.maps(
                        Arbitraries.of("Content-Type", "X-Card", "Authorization", "Accept"),
                        Arbitraries.of("application/json", "text/plain", Pii.CARD, ""))
                .ofMaxSize(3)
                .injectNull(0.3);
        return Combinators.combine(endpoint, query, body, Arbitraries.of(Encoding.class), headers)
                .as((e, q, b, encoding, h) -> request(e.method(), e.resource(), e.path(), q, b, encoding, h));
    }

    /**
     * Parameters or fields: mostly one of the names a request needs, then up to three more, each
     * with a value meant for it, any other value, or one of another type.
     */
    private static Arbitrary<Map<String, Object>> named(List<String> required, List<String> names) {
        Arbitrary<List<String>> chosen = Combinators.combine(
                        Arbitraries.of(required), Arbitraries.of(names).list().ofMaxSize(3))
                .as((first, more) -> {
                    List<String> all = new ArrayList<>(List.of(first));
                    more.stream().filter(n -> !all.contains(n)).forEach(all::add);
                    return all;
                });
        return chosen.flatMap(list -> Combinators.combine(
                        list.stream().map(ApiFuzzTest::valueFor).toList())
                .as(values -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < list.size(); i++) {
                        map.put(list.get(i), values.get(i));
                    }
                    return map;
                }));
    }

    private static Arbitrary<Object> valueFor(String name) {
        return Arbitraries.frequencyOf(
                Tuple.of(
                        6,
                        Arbitraries.of(valuesByName.getOrDefault(name, anyValue))
                                .map(v -> (Object) v)),
                Tuple.of(2, Arbitraries.of(anyValue).map(v -> (Object) v)),
                Tuple.of(1, Arbitraries.of(42, true, List.of("a"), Map.of("k", "v"))),
                Tuple.of(1, Arbitraries.just(null)));
    }

    /** Query parameters are text: other values as their text, none for null. */
    private static Map<String, String> texts(Map<String, Object> values) {
        Map<String, String> query = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                query.put(k, String.valueOf(v));
            }
        });
        return query;
    }

    private static Arbitrary<String> mutatedBodies() {
        return Mutations.of(
                        List.of(
                                Seed.of("object", "{\"objectKey\":\"" + CARD_KEY + "\",\"versionId\":\"v\"}"),
                                Seed.of(
                                        "text",
                                        "{\"text\":\"card " + Pii.CARD + "\\nssn " + Pii.SSN
                                                + "\",\"format\":\"csv\"}")),
                        List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "null", "\u0000", "é"),
                        4096)
                .inputs(4)
                .map(Mutations.Input::text);
    }

    private static String json(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(new LinkedHashMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static APIGatewayProxyRequestEvent request(
            String method,
            String resource,
            String path,
            Map<String, String> query,
            String body,
            Encoding encoding,
            Map<String, String> headers) {
        boolean encoded = encoding == Encoding.BASE64 && body != null;
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod(method)
                .withResource(resource)
                .withPath(path)
                .withQueryStringParameters(query)
                .withHeaders(headers)
                .withIsBase64Encoded(encoding != Encoding.PLAIN)
                .withBody(encoded ? Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) : body);
    }

    private static APIGatewayProxyRequestEvent request(
            String method, String route, Map<String, String> query, String body) {
        return request(method, route, route, query, body, Encoding.PLAIN, null);
    }

    private static APIGatewayProxyResponseEvent handle(APIGatewayProxyRequestEvent request) {
        return api.handleRequest(request, new TestContext());
    }

    private static JsonNode readObject(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
