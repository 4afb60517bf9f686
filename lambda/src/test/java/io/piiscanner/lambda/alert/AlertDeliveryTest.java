package io.piiscanner.lambda.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.piiscanner.api.ServiceEnvironment;
import io.piiscanner.lambda.s3event.RecordsFailedException;
import io.piiscanner.lambda.s3event.S3EventHandler;
import io.piiscanner.lambda.testing.Events;
import io.piiscanner.lambda.testing.LocalAws;
import io.piiscanner.lambda.testing.Pii;
import io.piiscanner.lambda.testing.TestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An alert is sent exactly once, even when SNS fails and the event is delivered again. */
class AlertDeliveryTest {

    @Test
    void aFailedPublishFailsTheRecordAndTheRetrySendsTheAlertOnce() {
        LocalAws.Deployment deployment = LocalAws.get().deploy(false, Map.of());
        S3EventHandler handler = new S3EventHandler(deployment.service());
        deployment.put("alerts/a.csv", Pii.bytes(Pii.CSV));
        var event = Events.s3(
                List.of(new Events.S3Record("ObjectCreated:Put", deployment.bucket(), "alerts/a.csv", null, 100)));

        LocalAws.get().sns().failPublishing(true);
        try {
            assertThatThrownBy(() -> handler.handleRequest(event, new TestContext()))
                    .isInstanceOf(RecordsFailedException.class);
        } finally {
            LocalAws.get().sns().failPublishing(false);
        }
        assertThat(deployment.alerts()).isEmpty();

        assertThat(handler.handleRequest(event, new TestContext())).containsEntry("SCANNED", 1);
        assertThat(deployment.alerts()).hasSize(1);
        assertThat(handler.handleRequest(event, new TestContext())).containsEntry("ALREADY_SCANNED", 1);
        assertThat(deployment.alerts()).hasSize(1);
    }

    @Test
    void onlyConfiguredTypesRaiseAlerts() {
        LocalAws.Deployment deployment =
                LocalAws.get().deploy(false, Map.of(ServiceEnvironment.ALERT_TYPES, "US_PASSPORT"));
        S3EventHandler handler = new S3EventHandler(deployment.service());
        deployment.put("alerts/b.csv", Pii.bytes(Pii.CSV));
        handler.handleRequest(
                Events.s3(List.of(
                        new Events.S3Record("ObjectCreated:Put", deployment.bucket(), "alerts/b.csv", null, 100))),
                new TestContext());
        assertThat(deployment.tags("alerts/b.csv", null)).containsEntry("pii-status", "found");
        assertThat(deployment.alerts()).isEmpty();
    }
}
