package io.piiscanner.lambda.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON responses for API Gateway. */
final class Responses {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json");

    private Responses() {}

    static APIGatewayProxyResponseEvent json(int status, Object body) {
        try {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(status)
                    .withHeaders(HEADERS)
                    .withBody(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a response", e);
        }
    }

    /** An error body: the message, and the request id to find the invocation's logs. */
    static APIGatewayProxyResponseEvent error(int status, String message, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("requestId", requestId);
        return json(status, body);
    }
}
