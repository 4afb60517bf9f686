package io.piiscanner.lambda.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Events as Lambda delivers them: JSON in the shape AWS documents, turned into event objects by
 * the Lambda Java runtime's own deserialiser.
 */
public final class Events {

    private Events() {}

    /** One record of an S3 notification; the key is given already URL-encoded, as S3 sends it. */
    public record S3Record(String eventName, String bucket, String encodedKey, String versionId, long size) {}

    public static S3Event s3(List<S3Record> records) {
        String json = records.stream()
                .map(r -> """
                {"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"us-east-1",
                 "eventTime":"2026-01-01T00:00:00.000Z","eventName":"%s",
                 "userIdentity":{"principalId":"AWS:TEST"},"requestParameters":{"sourceIPAddress":"127.0.0.1"},
                 "responseElements":{"x-amz-request-id":"REQ","x-amz-id-2":"ID2"},
                 "s3":{"s3SchemaVersion":"1.0","configurationId":"scan",
                       "bucket":{"name":"%s","ownerIdentity":{"principalId":"OWNER"},"arn":"arn:aws:s3:::%s"},
                       "object":{"key":"%s","size":%d,"eTag":"0123456789abcdef0123456789abcdef",%s
                                 "sequencer":"0055AED6DCD90281E5"}}}""".formatted(
                                r.eventName(),
                                r.bucket(),
                                r.bucket(),
                                r.encodedKey(),
                                r.size(),
                                r.versionId() == null ? "" : "\"versionId\":\"" + r.versionId() + "\","))
                .collect(Collectors.joining(",", "{\"Records\":[", "]}"));
        return LambdaEventSerializers.serializerFor(S3Event.class, Events.class.getClassLoader())
                .fromJson(json);
    }

    /** An API Gateway REST proxy request. */
    public static APIGatewayProxyRequestEvent api(
            String method, String resource, Map<String, String> query, String body) {
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod(method)
                .withResource(resource)
                .withPath(resource)
                .withQueryStringParameters(query)
                .withBody(body)
                .withIsBase64Encoded(false);
    }
}
