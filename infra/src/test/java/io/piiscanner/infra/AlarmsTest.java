package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Requirement 8: the alarms and their notifications. */
class AlarmsTest {

  private final Template template = SynthesizedStack.defaults().template();

  @Test
  void theFiveAlarmsHaveTheirExactNames() {
    assertThat(alarmNames())
        .containsExactlyInAnyOrder(
            "pii-scanner-lambda-errors-test",
            "pii-scanner-api-4xx-errors-test",
            "pii-scanner-api-5xx-errors-test",
            "kms-decrypt-anomaly-test",
            "pii-scanner-dlq-not-empty-test");
  }

  @Test
  void everyAlarmNotifiesTheAlertsTopic() {
    String topic = Resources.logicalIdOf(template, "AWS::SNS::Topic");
    template.allResourcesProperties(
        "AWS::CloudWatch::Alarm", Match.objectLike(Map.of("AlarmActions", List.of(Resources.ref(topic)))));
  }

  @Test
  void lambdaErrorsSumTheErrorsOfAllThreeFunctions() {
    Map<String, Object> alarm = alarm("pii-scanner-lambda-errors-test");
    String metrics = alarm.get("Metrics").toString();
    assertThat(metrics).contains("Expression=errors0 + errors1 + errors2").contains("MetricName=Errors");
    assertThat(alarm).containsEntry("Threshold", 1).containsEntry("ComparisonOperator", "GreaterThanOrEqualToThreshold");
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

  @Test
  void kmsDecryptAnomalyIsAnAnomalyBandOnTheAccountsKmsUsageMetric() {
    Map<String, Object> alarm = alarm("kms-decrypt-anomaly-test");
    assertThat(alarm)
        .containsEntry("ComparisonOperator", "GreaterThanUpperThreshold")
        .containsEntry("ThresholdMetricId", "expr_1");
    String metrics = alarm.get("Metrics").toString();
    assertThat(metrics)
        .contains("Expression=ANOMALY_DETECTION_BAND(m0, " + Alarms.KMS_ANOMALY_STD_DEVS + ")")
        .contains("Namespace=AWS/Usage")
        .contains("MetricName=CallCount")
        .contains("{Name=Service, Value=KMS}")
        .contains("{Name=Resource, Value=CryptographicOperationsSymmetric}");
  }

  private List<Object> alarmNames() {
    return Resources.ofType(template, "AWS::CloudWatch::Alarm").values().stream()
        .map(a -> Resources.properties(a).get("AlarmName"))
        .toList();
  }

  private Map<String, Object> alarm(String name) {
    return Resources.only(template, "AWS::CloudWatch::Alarm", "AlarmName", name);
  }
}
