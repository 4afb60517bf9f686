package io.piiscanner.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmBase;
import software.amazon.awscdk.services.cloudwatch.AnomalyDetectionAlarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The alarms, each named with the environment suffix and notifying the alerts topic.
 *
 * <p>{@code kms-decrypt-anomaly-<suffix>} watches the account's KMS usage metric
 * ({@code AWS/Usage CallCount}, resource {@code CryptographicOperationsSymmetric}), which counts
 * Decrypt together with the other symmetric operations of the account and region; KMS publishes
 * no per-key or per-operation CloudWatch metric, and a per-key count would need a CloudTrail
 * trail delivering to CloudWatch Logs, which this stack does not own. An anomaly detection band
 * learns the normal rate, so a burst of decryption (bulk exfiltration through the key) alarms
 * without a hand-tuned threshold.
 */
public final class Alarms extends Construct {

  /** Client errors per five minutes that count as abnormal. */
  public static final int API_4XX_THRESHOLD = 25;

  /** Width of the KMS anomaly band, in standard deviations. */
  public static final int KMS_ANOMALY_STD_DEVS = 3;

  private static final Duration PERIOD = Duration.minutes(5);

  /**
   * Creates the alarms.
   *
   * @param scope the stack
   * @param id construct id
   * @param names resource names
   * @param functions the scanner functions whose errors are summed
   * @param api the REST API
   * @param deadLetterQueue the dead-letter queue
   * @param topic the alerts topic every alarm notifies
   */
  public Alarms(
      Construct scope,
      String id,
      ResourceNames names,
      List<IFunction> functions,
      RestApi api,
      IQueue deadLetterQueue,
      ITopic topic) {
    super(scope, id);
    MetricOptions sum = MetricOptions.builder().statistic("Sum").period(PERIOD).build();
    List<AlarmBase> alarms =
        List.of(
            threshold(
                "LambdaErrors",
                names.lambdaErrorsAlarm(),
                "Errors of the scanner functions",
                lambdaErrors(functions, sum),
                1),
            threshold(
                "Api4xxErrors",
                names.api4xxAlarm(),
                "Client errors of " + names.api() + " (refused signatures, keys, throttling, invalid bodies)",
                api.metricClientError(sum),
                API_4XX_THRESHOLD),
            threshold(
                "Api5xxErrors",
                names.api5xxAlarm(),
                "Server errors of " + names.api(),
                api.metricServerError(sum),
                1),
            threshold(
                "DeadLetterQueueNotEmpty",
                names.dlqNotEmptyAlarm(),
                "Messages or events that failed every retry are waiting in " + names.deadLetterQueue(),
                deadLetterQueue.metricApproximateNumberOfMessagesVisible(
                    MetricOptions.builder().statistic("Maximum").period(Duration.minutes(1)).build()),
                1),
            kmsDecryptAnomaly(names));
    SnsAction notify = new SnsAction(topic);
    alarms.forEach(alarm -> alarm.addAlarmAction(notify));
  }

  private static IMetric lambdaErrors(List<IFunction> functions, MetricOptions sum) {
    Map<String, IMetric> metrics = new LinkedHashMap<>();
    for (int i = 0; i < functions.size(); i++) {
      metrics.put("errors" + i, functions.get(i).metricErrors(sum));
    }
    return MathExpression.Builder.create()
        .expression(String.join(" + ", metrics.keySet()))
        .usingMetrics(metrics)
        .label("Errors of all scanner functions")
        .period(PERIOD)
        .build();
  }

  private Alarm threshold(String id, String name, String description, IMetric metric, int threshold) {
    return Alarm.Builder.create(this, id)
        .alarmName(name)
        .alarmDescription(description)
        .metric(metric)
        .threshold(threshold)
        .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
        .evaluationPeriods(1)
        .treatMissingData(TreatMissingData.NOT_BREACHING)
        .build();
  }

  private AnomalyDetectionAlarm kmsDecryptAnomaly(ResourceNames names) {
    Metric symmetricOperations =
        Metric.Builder.create()
            .namespace("AWS/Usage")
            .metricName("CallCount")
            .dimensionsMap(
                Map.of(
                    "Service", "KMS",
                    "Type", "API",
                    "Resource", "CryptographicOperationsSymmetric",
                    "Class", "None"))
            .statistic("Sum")
            .period(PERIOD)
            .build();
    return AnomalyDetectionAlarm.Builder.create(this, "KmsDecryptAnomaly")
        .alarmName(names.kmsDecryptAnomalyAlarm())
        .alarmDescription(
            "KMS symmetric operations (Decrypt and the rest) above the learned band: possible bulk"
                + " decryption of protected data")
        .metric(symmetricOperations)
        .stdDevs(KMS_ANOMALY_STD_DEVS)
        .comparisonOperator(ComparisonOperator.GREATER_THAN_UPPER_THRESHOLD)
        .evaluationPeriods(3)
        .datapointsToAlarm(2)
        .treatMissingData(TreatMissingData.NOT_BREACHING)
        .build();
  }
}
