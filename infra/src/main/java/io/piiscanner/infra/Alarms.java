package io.piiscanner.infra;

import io.piiscanner.api.ServiceMetricNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmBase;
import software.amazon.awscdk.services.cloudwatch.AnomalyDetectionAlarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
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
 * <p>Three watch the audit trail's metric filters: an anomaly band on Decrypt calls on the
 * stack's key ({@code kms-decrypt-anomaly-<suffix>}), one on GetObject calls on the data bucket
 * (a mass download makes almost no KMS calls with S3 Bucket Keys, so only the trail sees it),
 * and a threshold on refused calls (someone probing for access). The bands learn the normal
 * rate, so a burst alarms without a hand-tuned threshold. One watches the service's own
 * {@code ObjectsFailed} metric: an object whose scan failed partway is not known to be clean.
 */
public final class Alarms extends Construct {

    /** Client errors per five minutes that count as abnormal. */
    public static final int API_4XX_THRESHOLD = 25;

    /** Refused calls per five minutes that count as a burst. */
    public static final int ACCESS_DENIED_THRESHOLD = 10;

    /** Width of the anomaly bands, in standard deviations. */
    public static final int ANOMALY_STD_DEVS = 3;

    private static final Duration PERIOD = Duration.minutes(5);

    /**
     * What the alarms watch.
     *
     * @param functions the scanner functions whose errors are summed
     * @param api the REST API
     * @param deadLetterQueue the dead-letter queue
     * @param audit the audit trail, whose metric filters the anomaly alarms watch
     */
    public record Watched(List<IFunction> functions, RestApi api, IQueue deadLetterQueue, AuditTrail audit) {}

    /**
     * Creates the alarms.
     *
     * @param scope the stack
     * @param id construct id
     * @param names resource names
     * @param watched what the alarms watch
     * @param topic the alerts topic every alarm notifies
     */
    public Alarms(Construct scope, String id, ResourceNames names, Watched watched, ITopic topic) {
        super(scope, id);
        List<IFunction> functions = watched.functions();
        RestApi api = watched.api();
        IQueue deadLetterQueue = watched.deadLetterQueue();
        AuditTrail audit = watched.audit();
        MetricOptions sum =
                MetricOptions.builder().statistic("Sum").period(PERIOD).build();
        List<AlarmBase> alarms = List.of(
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
                        deadLetterQueue.metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
                                .statistic("Maximum")
                                .period(Duration.minutes(1))
                                .build()),
                        1),
                threshold(
                        "ObjectsFailed",
                        names.objectsFailedAlarm(),
                        "Objects whose scan failed partway (damaged content or a detector failure): their findings"
                                + " are incomplete and they are not known to be clean",
                        ServiceMetrics.of(ServiceMetricNames.OBJECTS_FAILED, "Sum", PERIOD),
                        1),
                anomaly(
                        "KmsDecryptAnomaly",
                        names.kmsDecryptAnomalyAlarm(),
                        "Decrypt calls on the stack's key above the learned band (from the audit trail): possible"
                                + " bulk decryption of protected data",
                        audit.keyDecrypts()),
                anomaly(
                        "DataReadAnomaly",
                        names.dataReadAnomalyAlarm(),
                        "GetObject calls on the data bucket above the learned band (from the audit trail): possible"
                                + " mass download; compare with the uploads the scanner reads",
                        audit.dataReads()),
                threshold(
                        "AccessDenied",
                        names.accessDeniedAlarm(),
                        "Calls refused as AccessDenied or UnauthorizedOperation in the region (from the audit"
                                + " trail): someone probing for access",
                        audit.accessDenied(),
                        ACCESS_DENIED_THRESHOLD));
        SnsAction notify = new SnsAction(topic);
        alarms.forEach(alarm -> alarm.addAlarmAction(notify));
    }

    /**
     * Returns the conditions that limit a grant to CloudWatch acting for this stack's alarms, with
     * their ARNs written from {@link ResourceNames#alarms()}: the topic policy and the key policy
     * cannot refer to the alarms themselves, which depend on both.
     */
    static Map<String, Object> sourceConditions(ResourceNames names) {
        return Ordered.of(Map.of(
                "StringEquals", Map.of("aws:SourceAccount", Aws.ACCOUNT_ID),
                "ArnEquals",
                        Map.of(
                                "aws:SourceArn",
                                names.alarms().stream()
                                        .map(ResourceNames::alarmArn)
                                        .toList())));
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

    private AnomalyDetectionAlarm anomaly(String id, String name, String description, IMetric metric) {
        return AnomalyDetectionAlarm.Builder.create(this, id)
                .alarmName(name)
                .alarmDescription(description)
                .metric(metric)
                .stdDevs(ANOMALY_STD_DEVS)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_UPPER_THRESHOLD)
                .evaluationPeriods(3)
                .datapointsToAlarm(2)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
    }
}
