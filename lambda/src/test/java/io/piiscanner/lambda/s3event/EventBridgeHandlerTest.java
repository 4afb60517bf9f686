package io.piiscanner.lambda.s3event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.lambda.testing.LocalAws;
import io.piiscanner.lambda.testing.Pii;
import io.piiscanner.lambda.testing.TestContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** S3 "Object Created" events as EventBridge delivers them: any prefix, keys not URL-encoded. */
class EventBridgeHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anObjectCreatedOutsideIncomingIsScannedWithItsKeyAsGiven() throws Exception {
        LocalAws.Deployment deployment = LocalAws.get().deploy(true, Map.of());
        String key = "exports/2026-01-01T10:00:00 q1+q2.csv";
        String version = deployment.put(key, Pii.bytes(Pii.CSV));
        EventBridgeHandler handler = new EventBridgeHandler(deployment.service());

        assertThat(handler.handleRequest(event(deployment.bucket(), key, version), new TestContext()))
                .isEqualTo("SCANNED");
        assertThat(deployment.tags(key, version)).containsEntry("pii-status", "found");
        assertThat(handler.handleRequest(event(deployment.bucket(), key, version), new TestContext()))
                .isEqualTo("ALREADY_SCANNED");
    }

    @Test
    void otherEventsAreIgnoredAndAnEventThatCannotBeHandledFailsTheInvocation() throws Exception {
        LocalAws.Deployment deployment = LocalAws.get().deploy(false, Map.of());
        EventBridgeHandler handler = new EventBridgeHandler(deployment.service());
        Map<String, Object> deleted = event(deployment.bucket(), "a.csv", null);
        deleted.put("detail-type", "Object Deleted");
        assertThat(handler.handleRequest(deleted, new TestContext())).isEqualTo("IGNORED");
        assertThatThrownBy(() -> handler.handleRequest(event("another-bucket", "a.csv", null), new TestContext()))
                .isInstanceOf(RecordsFailedException.class);
    }

    /** The event S3 sends to EventBridge, in the shape the S3 user guide documents. */
    private static Map<String, Object> event(String bucket, String key, String versionId) throws Exception {
        String json = """
                {"version":"0","id":"17793124-05d4-b198-2fde-7ededc63b103","detail-type":"Object Created",
                 "source":"aws.s3","account":"111122223333","time":"2026-01-01T00:00:00Z","region":"us-east-1",
                 "resources":["arn:aws:s3:::%s"],
                 "detail":{"version":"0","bucket":{"name":"%s"},
                           "object":{"key":%s,"size":300,"etag":"b1946ac92492d2347c6235b4d2611184",%s
                                     "sequencer":"00617F08299329D189"},
                           "request-id":"N4N7GDK58NMKJ12R","requester":"123456789012",
                           "source-ip-address":"1.2.3.4","reason":"PutObject"}}""".formatted(
                        bucket,
                        bucket,
                        JSON.writeValueAsString(key),
                        versionId == null ? "" : "\"version-id\":\"" + versionId + "\",");
        return JSON.readValue(json, new TypeReference<>() {});
    }
}
