package io.piiscanner.lambda.s3event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.api.ServiceEnvironment;
import io.piiscanner.lambda.ScannerService;
import io.piiscanner.lambda.testing.Events;
import io.piiscanner.lambda.testing.Events.S3Record;
import io.piiscanner.lambda.testing.LocalAws;
import io.piiscanner.lambda.testing.Pii;
import io.piiscanner.lambda.testing.TestContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The S3 notification handler against S3Mock, DynamoDB Local and the SNS stand-in. */
class S3EventHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1a,
        '\n',
        0,
        0,
        0,
        13,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        6,
        0,
        0,
        0
    };

    private static LocalAws.Deployment deployment;
    private static S3EventHandler handler;

    @BeforeAll
    static void deploy() {
        deployment = LocalAws.get().deploy(false, Map.of());
        handler = new S3EventHandler(deployment.service());
    }

    private static S3Record created(String encodedKey) {
        return new S3Record("ObjectCreated:Put", deployment.bucket(), encodedKey, null, 100);
    }

    @Test
    void scansEveryCreatedObjectOfAnEventWithKeysDecoded() throws Exception {
        deployment.put("exports/customers.csv", Pii.bytes(Pii.CSV));
        deployment.put("tickets/März 2024/ticket one+two.txt", Pii.bytes(Pii.TEXT));
        deployment.put("notes/clean.txt", Pii.bytes(Pii.CLEAN));
        deployment.put("images/logo.png", PNG);
        S3Event event = Events.s3(List.of(
                created("exports/customers.csv"),
                created("tickets/M%C3%A4rz+2024/ticket+one%2Btwo.txt"),
                created("notes/clean.txt"),
                created("images/logo.png"),
                created("scan-results/exports/customers.csv.json"),
                new S3Record("ObjectRemoved:Delete", deployment.bucket(), "gone.txt", null, 0)));

        Map<String, Integer> outcomes = handler.handleRequest(event, new TestContext());

        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("SCANNED", 4, "IGNORED", 2));
        JsonNode csv = JSON.readTree(deployment.read(deployment.resultKey("exports/customers.csv")));
        assertThat(csv.get("status").asText()).isEqualTo("found");
        assertThat(csv.get("findingsByType").get("CREDIT_CARD").asInt()).isEqualTo(2);
        assertThat(csv.get("findings").get(0).get("masked").asText()).isEqualTo("************1111");
        assertThat(csv.get("findings").get(0).get("field").asText()).isEqualTo("card_number");

        JsonNode ticket = JSON.readTree(deployment.read(deployment.resultKey("tickets/März 2024/ticket one+two.txt")));
        assertThat(ticket.get("key").asText()).isEqualTo("tickets/März 2024/ticket one+two.txt");
        assertThat(ticket.get("findingsByType").has("US_SSN")).isTrue();

        assertThat(deployment.tags("exports/customers.csv", null))
                .containsEntry("pii-status", "found")
                .hasEntrySatisfying(
                        "pii-types",
                        types -> assertThat(types.split(" "))
                                .contains("CREDIT_CARD", "US_SSN", "EMAIL_ADDRESS", "IBAN_CODE", "AWS_ACCESS_KEY"));
        assertThat(deployment.tags("notes/clean.txt", null)).containsExactlyEntriesOf(Map.of("pii-status", "clean"));
        assertThat(deployment.tags("images/logo.png", null)).containsEntry("pii-status", "skipped");
        JsonNode png = JSON.readTree(deployment.read(deployment.resultKey("images/logo.png")));
        assertThat(png.get("skipReason").asText()).contains("binary");

        assertThat(alertsFor("exports/customers.csv")).isEqualTo(1);
        assertThat(alertsFor("tickets/März 2024/ticket one+two.txt")).isEqualTo(1);
        assertThat(alertsFor("notes/clean.txt") + alertsFor("images/logo.png")).isZero();
        JsonNode alert = JSON.readTree(deployment.alerts().stream()
                .filter(a -> a.message().contains("exports/customers.csv"))
                .findFirst()
                .orElseThrow()
                .message());
        assertThat(alert.get("highRiskCounts").has("CREDIT_CARD")).isTrue();
        assertThat(alert.get("maskedSamples").get("CREDIT_CARD").get(0).asText())
                .endsWith("1111")
                .startsWith("****");
    }

    @Test
    void aRedeliveredEventDuplicatesNoItemsAndNoAlerts() {
        deployment.put("redelivered/a.csv", Pii.bytes(Pii.CSV));
        S3Event event = Events.s3(List.of(created("redelivered/a.csv")));
        assertThat(handler.handleRequest(event, new TestContext())).containsEntry("SCANNED", 1);
        List<Map<String, AttributeValue>> items = deployment.itemsOf("redelivered/a.csv");
        assertThat(items).isNotEmpty();
        long alerts = alertsFor("redelivered/a.csv");

        assertThat(handler.handleRequest(event, new TestContext())).containsEntry("ALREADY_SCANNED", 1);
        assertThat(deployment.itemsOf("redelivered/a.csv")).hasSameSizeAs(items);
        assertThat(alertsFor("redelivered/a.csv")).isEqualTo(alerts).isEqualTo(1);
    }

    @Test
    void aNewUploadOfTheSameKeyIsScannedAgain() {
        deployment.put("reuploaded/a.txt", Pii.bytes(Pii.CLEAN));
        S3Event event = Events.s3(List.of(created("reuploaded/a.txt")));
        handler.handleRequest(event, new TestContext());
        deployment.put("reuploaded/a.txt", Pii.bytes(Pii.TEXT));
        assertThat(handler.handleRequest(event, new TestContext())).containsEntry("SCANNED", 1);
        assertThat(deployment.tags("reuploaded/a.txt", null)).containsEntry("pii-status", "found");
        assertThat(deployment.itemsOf("reuploaded/a.txt").stream()
                        .filter(i -> i.get("sk").s().startsWith("SCAN#")))
                .hasSize(2);
    }

    @Test
    void aMissingObjectIsNotAFailure() {
        S3Event event = Events.s3(List.of(created("deleted-before-scan.csv")));
        assertThat(handler.handleRequest(event, new TestContext())).containsExactlyEntriesOf(Map.of("NOT_FOUND", 1));
    }

    @Test
    void aFailedRecordFailsTheInvocationAfterTheOthersAreDone() {
        deployment.put("partial/ok.txt", Pii.bytes(Pii.CLEAN));
        S3Event event = Events.s3(List.of(
                new S3Record("ObjectCreated:Put", "some-other-bucket", "x.csv", null, 1),
                created("partial/ok.txt"),
                created("partial/bad%zzkey.txt")));
        assertThatThrownBy(() -> handler.handleRequest(event, new TestContext()))
                .isInstanceOf(RecordsFailedException.class)
                .hasMessage("2 of 3 records failed; the event will be retried");
        assertThat(deployment.tags("partial/ok.txt", null)).containsEntry("pii-status", "clean");
    }

    @Test
    void aNullRecordIsAFailedRecordAndTheOthersAreStillScanned() {
        deployment.put("nulls/ok.txt", Pii.bytes(Pii.TEXT));
        // Built directly: the runtime's deserialiser cannot produce a null record, a caller can.
        S3Event event = new S3Event(Arrays.asList(
                null, Events.s3(List.of(created("nulls/ok.txt"))).getRecords().get(0)));
        assertThatThrownBy(() -> handler.handleRequest(event, new TestContext()))
                .isInstanceOf(RecordsFailedException.class)
                .hasMessage("1 of 2 records failed; the event will be retried");
        assertThat(deployment.tags("nulls/ok.txt", null)).containsEntry("pii-status", "found");
    }

    @Test
    void objectsOverTheSizeLimitAreRecordedAsSkipped() throws Exception {
        LocalAws.Deployment small = LocalAws.get().deploy(false, Map.of(ServiceEnvironment.MAX_OBJECT_BYTES, "64"));
        small.put("big.csv", Pii.bytes(Pii.CSV));
        ScannerService service = small.service();
        new S3EventHandler(service)
                .handleRequest(
                        Events.s3(List.of(new S3Record("ObjectCreated:Put", small.bucket(), "big.csv", null, 400))),
                        new TestContext());
        assertThat(small.tags("big.csv", null)).containsExactlyEntriesOf(Map.of("pii-status", "skipped"));
        JsonNode doc = JSON.readTree(small.read(small.resultKey("big.csv")));
        assertThat(doc.get("skipReason").asText())
                .matches("object is \\d+ bytes, over the limit of 64 " + "\\(MAX_OBJECT_BYTES\\)");
        assertThat(small.alerts()).isEmpty();
    }

    @Test
    void inAVersionedBucketTheVersionInTheEventIsTheOneScanned() throws Exception {
        LocalAws.Deployment versioned = LocalAws.get().deploy(true, Map.of());
        String v1 = versioned.put("doc.txt", Pii.bytes(Pii.TEXT));
        String v2 = versioned.put("doc.txt", Pii.bytes(Pii.CLEAN));
        assertThat(v1).isNotNull().isNotEqualTo(v2);
        S3EventHandler versionedHandler = new S3EventHandler(versioned.service());
        versionedHandler.handleRequest(
                Events.s3(List.of(
                        new S3Record("ObjectCreated:Put", versioned.bucket(), "doc.txt", v1, 100),
                        new S3Record("ObjectCreated:Put", versioned.bucket(), "doc.txt", v2, 50))),
                new TestContext());
        assertThat(versioned.tags("doc.txt", v1)).containsEntry("pii-status", "found");
        assertThat(versioned.tags("doc.txt", v2)).containsEntry("pii-status", "clean");
        assertThat(versioned.items().stream().filter(i -> i.get("sk").s().startsWith("SCAN#v:")))
                .hasSize(2);
        assertThat(versioned.alerts()).hasSize(1);
    }

    private static long alertsFor(String key) {
        return deployment.alerts().stream()
                .filter(a -> a.message().contains("\"key\":\"" + key + "\""))
                .count();
    }
}
