package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Requirement 8: the alarms and their notifications. */
class AlarmsTest {

    private static final List<String> ALARMS = List.of(
            "pii-scanner-lambda-errors-test",
            "pii-scanner-api-4xx-errors-test",
            "pii-scanner-api-5xx-errors-test",
            "pii-scanner-dlq-not-empty-test",
            "pii-scanner-objects-failed-test",
            "kms-decrypt-anomaly-test",
            "pii-scanner-data-read-anomaly-test",
            "pii-scanner-access-denied-test",
            "pii-scanner-backfill-failed-test");

    private final Template template = SynthesizedStack.defaults().template();

    @Test
    void theAlarmsHaveTheirExactNames() {
        assertThat(alarmNames()).containsExactlyInAnyOrderElementsOf(ALARMS);
        assertThat(SynthesizedStack.defaults().stack().names().alarms()).containsExactlyInAnyOrderElementsOf(ALARMS);
    }

    @Test
    void everyAlarmNotifiesTheAlertsTopic() {
        String topic = Resources.logicalIdOf(template, "AWS::SNS::Topic");
        template.allResourcesProperties(
                "AWS::CloudWatch::Alarm", Match.objectLike(Map.of("AlarmActions", List.of(Resources.ref(topic)))));
    }

    /**
     * enforceSsl's topic policy replaces SNS's default one; without the Allow, CloudWatch is
     * refused and no notification is delivered. The grant names every alarm of the stack, and
     * only those, by ARN.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theTopicPolicyLetsCloudWatchPublishForTheStacksAlarmsAndStillDeniesPlainHttp() {
        Map<String, Object> policy = Resources.properties(Resources.ofType(template, "AWS::SNS::TopicPolicy")
                .values()
                .iterator()
                .next());
        List<Map<String, Object>> statements =
                (List<Map<String, Object>>) ((Map<String, Object>) policy.get("PolicyDocument")).get("Statement");
        assertThat(statements.toString()).contains("Effect=Deny").contains("aws:SecureTransport=false");
        Map<String, Object> allow = statements.stream()
                .filter(s -> "AllowStackAlarmsToPublish".equals(s.get("Sid")))
                .findFirst()
                .orElseThrow();
        assertThat(allow)
                .containsEntry("Effect", "Allow")
                .containsEntry("Principal", Map.of("Service", "cloudwatch.amazonaws.com"))
                .containsEntry("Action", "sns:Publish");
        assertThat(allow.get("Condition"))
                .isEqualTo(EncryptionKeyTest.fromTheStacksAlarms(
                        SynthesizedStack.defaults().stack().names().alarms()));
    }

    @Test
    void lambdaErrorsSumTheErrorsOfAllThreeFunctions() {
        Map<String, Object> alarm = alarm("pii-scanner-lambda-errors-test");
        String metrics = alarm.get("Metrics").toString();
        assertThat(metrics).contains("Expression=errors0 + errors1 + errors2").contains("MetricName=Errors");
        assertThat(alarm)
                .containsEntry("Threshold", 1)
                .containsEntry("ComparisonOperator", "GreaterThanOrEqualToThreshold");
    }

    @Test
    void apiAlarmsWatchTheApisClientAndServerErrors() {
        assertThat(alarm("pii-scanner-api-4xx-errors-test"))
                .containsEntry("MetricName", "4XXError")
                .containsEntry("Namespace", "AWS/ApiGateway")
                .containsEntry("Threshold", Alarms.API_4XX_THRESHOLD)
                .containsEntry("Dimensions", List.of(Map.of("Name", "ApiName", "Value", "pii-scanner-api-test")));
        assertThat(alarm("pii-scanner-api-5xx-errors-test"))
                .containsEntry("MetricName", "5XXError")
                .containsEntry("Threshold", 1);
    }

    @Test
    void aMessageInTheDeadLetterQueueAlarms() {
        assertThat(alarm("pii-scanner-dlq-not-empty-test"))
                .containsEntry("MetricName", "ApproximateNumberOfMessagesVisible")
                .containsEntry("Namespace", "AWS/SQS")
                .containsEntry("Threshold", 1)
                .containsEntry("ComparisonOperator", "GreaterThanOrEqualToThreshold");
    }

    /** The Lambda module counts an object whose scan failed partway as {@code ObjectsFailed}. */
    @Test
    void anObjectWhoseScanFailedAlarms() {
        assertThat(alarm("pii-scanner-objects-failed-test"))
                .containsEntry("Namespace", "PiiScanner")
                .containsEntry("MetricName", "ObjectsFailed")
                .containsEntry("Dimensions", List.of(Map.of("Name", "Service", "Value", "pii-scanner")))
                .containsEntry("Statistic", "Sum")
                .containsEntry("Period", 300)
                .containsEntry("Threshold", 1)
                .containsEntry("ComparisonOperator", "GreaterThanOrEqualToThreshold")
                .containsEntry("TreatMissingData", "notBreaching");
    }

    @Test
    void decryptsOfTheKeyAndReadsOfTheDataBucketAreAnomalyBandsOnTheAuditTrailsCounts() {
        for (var expected : Map.of(
                        "kms-decrypt-anomaly-test",
                        "KeyDecrypt",
                        "pii-scanner-data-read-anomaly-test",
                        "DataBucketGetObject")
                .entrySet()) {
            Map<String, Object> alarm = alarm(expected.getKey());
            assertThat(alarm)
                    .containsEntry("ComparisonOperator", "GreaterThanUpperThreshold")
                    .containsEntry("ThresholdMetricId", "expr_1");
            assertThat(alarm.get("Metrics").toString())
                    .contains("Expression=ANOMALY_DETECTION_BAND(m0, " + Alarms.ANOMALY_STD_DEVS + ")")
                    .contains("Namespace=" + AuditTrail.NAMESPACE)
                    .contains("MetricName=" + expected.getValue());
        }
    }

    @Test
    void aBurstOfRefusedCallsAlarms() {
        assertThat(alarm("pii-scanner-access-denied-test"))
                .containsEntry("Namespace", AuditTrail.NAMESPACE)
                .containsEntry("MetricName", "AccessDenied")
                .containsEntry("Threshold", Alarms.ACCESS_DENIED_THRESHOLD);
    }

    private List<String> alarmNames() {
        return Resources.ofType(template, "AWS::CloudWatch::Alarm").values().stream()
                .map(a -> Resources.properties(a).get("AlarmName").toString())
                .toList();
    }

    private Map<String, Object> alarm(String name) {
        return Resources.only(template, "AWS::CloudWatch::Alarm", "AlarmName", name);
    }
}
