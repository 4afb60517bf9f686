package io.piiscanner.infra;

import io.piiscanner.api.ServiceEnvironment;
import io.piiscanner.api.ServiceMetricNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.SingleValueWidget;
import software.amazon.awscdk.services.cloudwatch.TextWidget;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The operations dashboard {@code pii-scanner-<suffix>}: what the service scanned and found, how
 * fast, what failed, what waits in the queues, how the API answers, and the state of every alarm
 * of the stack. The service's own figures are the EMF metrics the Lambda module's {@code Telemetry}
 * writes in namespace {@value ServiceEnvironment#DEFAULT_METRICS_NAMESPACE} with dimension {@code Service};
 * the rest are the AWS services' metrics.
 */
public final class OperationsDashboard extends Construct {

    private static final Duration PERIOD = Duration.minutes(5);
    private static final int FULL = 24;
    private static final int THIRD = 8;
    private static final int HALF = 12;
    private static final int HEIGHT = 6;

    /**
     * What the dashboard shows besides the service's own metrics and the stack's alarms.
     *
     * @param functions the scanner functions
     * @param queues the scan queue and its dead-letter queue
     * @param api the REST API
     */
    public record Shown(ScannerFunctions functions, ScanQueue queues, RestApi api) {}

    private final Dashboard dashboard;

    /**
     * Creates the dashboard.
     *
     * @param scope the stack
     * @param id construct id
     * @param names resource names, which name the stack's alarms
     * @param shown the functions, queues and API it shows
     */
    public OperationsDashboard(Construct scope, String id, ResourceNames names, Shown shown) {
        super(scope, id);
        dashboard = Dashboard.Builder.create(this, "Dashboard")
                .dashboardName(names.dashboard())
                .defaultInterval(Duration.hours(3))
                .build();
        dashboard.addWidgets(TextWidget.Builder.create()
                .markdown("# pii-scanner "
                        + names.suffix()
                        + "\nObjects scanned and what was found in them (counts and entity types only, never a"
                        + " value), scan latency, function errors and throttles, the scan and dead-letter"
                        + " queues, the API, and the stack's alarms.")
                .width(FULL)
                .height(2)
                .build());
        dashboard.addWidgets(alarms(names));
        dashboard.addWidgets(totals());
        dashboard.addWidgets(objects(), bytes(), findingsByType());
        Map<String, IFunction> functions = functions(shown.functions());
        dashboard.addWidgets(
                latency(), perFunction("Errors", functions, true), perFunction("Throttles", functions, false));
        dashboard.addWidgets(
                scanQueue(shown.queues().queue()),
                deadLetterQueue(shown.queues().deadLetterQueue()),
                failures());
        dashboard.addWidgets(apiResponses(shown.api()), apiLatency(shown.api()));
    }

    /** Returns the dashboard. */
    public Dashboard dashboard() {
        return dashboard;
    }

    /**
     * Every alarm of the stack, found by name ({@link ResourceNames#alarms()}, the same list the
     * topic and key policies grant), so an alarm added there is shown here too.
     */
    private IWidget alarms(ResourceNames names) {
        List<IAlarm> alarms = new ArrayList<>();
        for (String name : names.alarms()) {
            alarms.add(Alarm.fromAlarmName(this, "Alarm-" + name, name));
        }
        return AlarmStatusWidget.Builder.create()
                .title("Alarms")
                .alarms(alarms)
                .width(FULL)
                .height(3)
                .build();
    }

    private static IWidget totals() {
        return SingleValueWidget.Builder.create()
                .title("In the time range")
                .metrics(List.of(
                        service(ServiceMetricNames.OBJECTS_SCANNED, "Sum", "Objects scanned"),
                        service(ServiceMetricNames.OBJECTS_SKIPPED, "Sum", "Objects skipped"),
                        service(ServiceMetricNames.OBJECTS_FAILED, "Sum", "Objects failed"),
                        service(ServiceMetricNames.FINDINGS, "Sum", "Findings"),
                        service(ServiceMetricNames.BYTES_SCANNED, "Sum", "Bytes scanned")))
                .setPeriodToTimeRange(true)
                .fullPrecision(true)
                .width(FULL)
                .height(3)
                .build();
    }

    private static IWidget objects() {
        return graph(
                "Objects scanned, skipped and failed",
                THIRD,
                List.of(
                        service(ServiceMetricNames.OBJECTS_SCANNED, "Sum", "Scanned"),
                        service(ServiceMetricNames.OBJECTS_SKIPPED, "Sum", "Skipped"),
                        service(ServiceMetricNames.OBJECTS_FAILED, "Sum", "Failed")));
    }

    private static IWidget bytes() {
        return graph("Bytes scanned", THIRD, List.of(service(ServiceMetricNames.BYTES_SCANNED, "Sum", "Bytes")));
    }

    /** One line per entity type that has data: the types are dimension values, known only at run time. */
    private static IWidget findingsByType() {
        IMetric search = MathExpression.Builder.create()
                .expression("SEARCH('{"
                        + ServiceEnvironment.DEFAULT_METRICS_NAMESPACE
                        + "," + ServiceMetricNames.SERVICE + "," + ServiceMetricNames.ENTITY_TYPE + "} MetricName=\""
                        + ServiceMetricNames.FINDINGS_BY_TYPE + "\" " + ServiceMetricNames.SERVICE + "=\""
                        + ServiceEnvironment.DEFAULT_SERVICE_NAME
                        + "\"', 'Sum', "
                        + PERIOD.toSeconds().intValue()
                        + ")")
                .period(PERIOD)
                .build();
        return graph("Findings by type", THIRD, List.of(search));
    }

    private static IWidget latency() {
        return graph(
                "Scan latency (ms)",
                THIRD,
                List.of(
                        service(ServiceMetricNames.SCAN_LATENCY, "p50", "p50"),
                        service(ServiceMetricNames.SCAN_LATENCY, "p90", "p90"),
                        service(ServiceMetricNames.SCAN_LATENCY, "p99", "p99"),
                        service(ServiceMetricNames.SCAN_LATENCY, "Maximum", "Maximum")));
    }

    private static Map<String, IFunction> functions(ScannerFunctions functions) {
        Map<String, IFunction> byRole = new LinkedHashMap<>();
        byRole.put("Uploads", functions.objectScanner().function());
        byRole.put("Queue", functions.queueScanner().function());
        byRole.put("API", functions.apiHandler().function());
        return byRole;
    }

    private static IWidget perFunction(String title, Map<String, IFunction> functions, boolean errors) {
        List<IMetric> metrics = new ArrayList<>();
        functions.forEach((label, function) -> {
            MetricOptions sum = options("Sum", label);
            metrics.add(errors ? function.metricErrors(sum) : function.metricThrottles(sum));
        });
        return graph(title + " per function", THIRD, metrics);
    }

    private static IWidget scanQueue(IQueue queue) {
        return GraphWidget.Builder.create()
                .title("Scan queue: depth and age of the oldest message (s)")
                .left(List.of(
                        queue.metricApproximateNumberOfMessagesVisible(options("Maximum", "Waiting")),
                        queue.metricApproximateNumberOfMessagesNotVisible(options("Maximum", "In flight"))))
                .right(List.of(queue.metricApproximateAgeOfOldestMessage(options("Maximum", "Age of oldest"))))
                .width(THIRD)
                .height(HEIGHT)
                .build();
    }

    private static IWidget deadLetterQueue(IQueue queue) {
        return graph(
                "Dead-letter queue depth",
                THIRD,
                List.of(queue.metricApproximateNumberOfMessagesVisible(options("Maximum", "Waiting"))));
    }

    private static IWidget failures() {
        return graph(
                "Failed records and messages, API errors, alerts",
                THIRD,
                List.of(
                        service(ServiceMetricNames.RECORDS_FAILED, "Sum", "S3 records failed"),
                        service(ServiceMetricNames.MESSAGES_FAILED, "Sum", "Queue messages failed"),
                        service(ServiceMetricNames.API_ERRORS, "Sum", "API errors"),
                        service(ServiceMetricNames.ALERTS_PUBLISHED, "Sum", "Alerts published")));
    }

    private static IWidget apiResponses(RestApi api) {
        return graph(
                "API requests, 4xx and 5xx",
                HALF,
                List.of(
                        api.metricCount(options("Sum", "Requests")),
                        api.metricClientError(options("Sum", "4xx")),
                        api.metricServerError(options("Sum", "5xx"))));
    }

    private static IWidget apiLatency(RestApi api) {
        List<IMetric> metrics = new ArrayList<>();
        for (String stat : List.of("p50", "p90", "p99")) {
            metrics.add(api.metricLatency(options(stat, stat)));
        }
        metrics.add(api.metricIntegrationLatency(options("p99", "p99 in the function")));
        return graph("API latency (ms)", HALF, metrics);
    }

    private static GraphWidget graph(String title, int width, List<IMetric> metrics) {
        return GraphWidget.Builder.create()
                .title(title)
                .left(metrics)
                .width(width)
                .height(HEIGHT)
                .build();
    }

    /** A metric the service emits, over the dashboard's period. */
    private static Metric service(String name, String statistic, String label) {
        return ServiceMetrics.of(name, statistic, PERIOD)
                .with(MetricOptions.builder().label(label).build());
    }

    private static MetricOptions options(String statistic, String label) {
        return MetricOptions.builder()
                .statistic(statistic)
                .period(PERIOD)
                .label(label)
                .build();
    }

    /**
     * Returns the dashboard's address in the CloudWatch console of the stack's region.
     *
     * @param names resource names
     * @return the URL, resolved at deploy time
     */
    static String consoleUrl(ResourceNames names) {
        return Fn.sub(
                "https://${AWS::Region}.console.aws.amazon.com/cloudwatch/home?region=${AWS::Region}#dashboards/dashboard/"
                        + names.dashboard());
    }
}
