package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.api.ServiceEnvironment;
import io.piiscanner.api.ServiceMetricNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** The operations dashboard: named by suffix, every figure the issue asks for, linked from the outputs. */
class DashboardTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Template template = SynthesizedStack.defaults().template();
    private final JsonNode body = body();

    @Test
    void theDashboardIsNamedWithTheSuffix() {
        template.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
        assertThat(Resources.only(template, "AWS::CloudWatch::Dashboard", "DashboardName", "pii-scanner-test"))
                .isNotNull();
        assertThat(SynthesizedStack.production().template().toJSON().toString()).contains("pii-scanner-prod");
    }

    @Test
    void itShowsEveryFigureOfTheServiceAndItsAwsResources() {
        assertThat(titles())
                .containsExactly(
                        "Alarms",
                        "In the time range",
                        "Objects scanned, skipped and failed",
                        "Bytes scanned",
                        "Findings by type",
                        "Scan latency (ms)",
                        "Errors per function",
                        "Throttles per function",
                        "Scan queue: depth and age of the oldest message (s)",
                        "Dead-letter queue depth",
                        "Failed records and messages, API errors, alerts",
                        "API requests, 4xx and 5xx",
                        "API latency (ms)");
        assertThat(metrics("Scan latency (ms)"))
                .containsExactly(
                        "PiiScanner ScanLatency Service=pii-scanner p50",
                        "PiiScanner ScanLatency Service=pii-scanner p90",
                        "PiiScanner ScanLatency Service=pii-scanner p99",
                        "PiiScanner ScanLatency Service=pii-scanner Maximum");
        String[] functions = {
            functionRef("pii-scanner-test"), functionRef("pii-scanner-test-queue"), functionRef("pii-scanner-test-api")
        };
        for (String metric : List.of("Errors", "Throttles")) {
            assertThat(metrics(metric + " per function"))
                    .containsExactly(
                            "AWS/Lambda " + metric + " FunctionName=" + functions[0] + " Sum",
                            "AWS/Lambda " + metric + " FunctionName=" + functions[1] + " Sum",
                            "AWS/Lambda " + metric + " FunctionName=" + functions[2] + " Sum");
        }
        String queue = queueName("pii-scanner-scan-queue-test");
        String dlq = queueName("pii-scanner-dlq-test");
        assertThat(metrics("Scan queue: depth and age of the oldest message (s)"))
                .containsExactly(
                        "AWS/SQS ApproximateNumberOfMessagesVisible QueueName=" + queue + " Maximum",
                        "AWS/SQS ApproximateNumberOfMessagesNotVisible QueueName=" + queue + " Maximum",
                        "AWS/SQS ApproximateAgeOfOldestMessage QueueName=" + queue + " Maximum");
        assertThat(metrics("Dead-letter queue depth"))
                .containsExactly("AWS/SQS ApproximateNumberOfMessagesVisible QueueName=" + dlq + " Maximum");
        assertThat(metrics("API requests, 4xx and 5xx"))
                .containsExactly(
                        "AWS/ApiGateway Count ApiName=pii-scanner-api-test Sum",
                        "AWS/ApiGateway 4XXError ApiName=pii-scanner-api-test Sum",
                        "AWS/ApiGateway 5XXError ApiName=pii-scanner-api-test Sum");
        assertThat(metrics("API latency (ms)"))
                .containsExactly(
                        "AWS/ApiGateway Latency ApiName=pii-scanner-api-test p50",
                        "AWS/ApiGateway Latency ApiName=pii-scanner-api-test p90",
                        "AWS/ApiGateway Latency ApiName=pii-scanner-api-test p99",
                        "AWS/ApiGateway IntegrationLatency ApiName=pii-scanner-api-test p99");
    }

    /**
     * The service's figures are read where the functions write them: the namespace and Service
     * dimension the functions are given, and metric names the Lambda module emits.
     */
    @Test
    void theServiceMetricsAreTheOnesTheFunctionsEmit() throws IOException {
        Map<?, ?> environment = (Map<?, ?>)
                ((Map<?, ?>) Resources.only(template, "AWS::Lambda::Function", "FunctionName", "pii-scanner-test")
                                .get("Environment"))
                        .get("Variables");
        String namespace = environment.get(ServiceEnvironment.METRICS_NAMESPACE).toString();
        String service = environment.get(ServiceEnvironment.SERVICE_NAME).toString();
        Set<String> names = new TreeSet<>();
        for (JsonNode widget : body.get("widgets")) {
            for (JsonNode metric : widget.path("properties").path("metrics")) {
                if (metric.get(0).asText().equals(namespace)) {
                    assertThat(metric.get(2).asText() + "=" + metric.get(3).asText())
                            .isEqualTo("Service=" + service);
                    names.add(metric.get(1).asText());
                }
            }
        }
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "ObjectsScanned",
                        "ObjectsSkipped",
                        "ObjectsFailed",
                        "BytesScanned",
                        "Findings",
                        "ScanLatency",
                        "RecordsFailed",
                        "MessagesFailed",
                        "ApiErrors",
                        "AlertsPublished");
        // The functions emit each by its constant, shared with the stack through api-model.
        String lambda = lambdaSources();
        assertThat(names).allSatisfy(name -> assertThat(lambda).contains("ServiceMetricNames." + constantFor(name)));

        String search = metrics("Findings by type").get(0);
        assertThat(search)
                .isEqualTo("SEARCH('{" + namespace + ",Service,EntityType} MetricName=\"FindingsByType\" Service=\""
                        + service + "\"', 'Sum', 300)");
        assertThat(lambda).contains("ServiceMetricNames.FINDINGS_BY_TYPE").contains("ServiceMetricNames.ENTITY_TYPE");
    }

    /** The name of the {@link ServiceMetricNames} constant whose value is {@code metric}. */
    private static String constantFor(String metric) throws IllegalAccessException {
        for (Field field : ServiceMetricNames.class.getFields()) {
            if (metric.equals(field.get(null))) {
                return field.getName();
            }
        }
        throw new AssertionError("no ServiceMetricNames constant for " + metric);
    }

    @Test
    void theAlarmWidgetShowsEveryAlarmOfTheStack() {
        JsonNode widget = widget("Alarms");
        assertThat(widget.get("type").asText()).isEqualTo("alarm");
        List<String> arns = new ArrayList<>();
        widget.get("properties").get("alarms").forEach(a -> arns.add(a.asText()));
        List<String> expected = SynthesizedStack.defaults().stack().names().alarms().stream()
                .map(name -> "arn:${AWS::Partition}:cloudwatch:${AWS::Region}:${AWS::AccountId}:alarm:" + name)
                .toList();
        List<String> inTemplate = Resources.ofType(template, "AWS::CloudWatch::Alarm").values().stream()
                .map(alarm -> "arn:${AWS::Partition}:cloudwatch:${AWS::Region}:${AWS::AccountId}:alarm:"
                        + Resources.properties(alarm).get("AlarmName"))
                .toList();
        assertThat(arns).containsExactlyElementsOf(expected).containsExactlyInAnyOrderElementsOf(inTemplate);
    }

    @Test
    void theOutputsNameTheDashboardAndLinkToIt() {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> outputs =
                (Map<String, Map<String, Object>>) template.toJSON().get("Outputs");
        assertThat(outputs.get("DashboardName").get("Value"))
                .isEqualTo(Resources.ref(Resources.logicalIdOf(template, "AWS::CloudWatch::Dashboard")));
        assertThat(outputs.get("DashboardUrl").get("Value"))
                .isEqualTo(Map.of(
                        "Fn::Sub",
                        "https://${AWS::Region}.console.aws.amazon.com/cloudwatch/home?region=${AWS::Region}"
                                + "#dashboards/dashboard/pii-scanner-test"));
    }

    /** The dashboard body with CloudFormation's references written as {@code ${Id}} and {@code ${Id.Attribute}}. */
    @SuppressWarnings("unchecked")
    private JsonNode body() {
        Map<String, Object> dashboard = Resources.properties(Resources.ofType(template, "AWS::CloudWatch::Dashboard")
                .values()
                .iterator()
                .next());
        List<Object> join = (List<Object>) ((Map<String, Object>) dashboard.get("DashboardBody")).get("Fn::Join");
        StringBuilder text = new StringBuilder();
        for (Object part : (List<?>) join.get(1)) {
            if (part instanceof String s) {
                text.append(s);
            } else if (part instanceof Map<?, ?> ref && ref.containsKey("Ref")) {
                text.append("${").append(ref.get("Ref")).append('}');
            } else if (part instanceof Map<?, ?> attribute && attribute.containsKey("Fn::GetAtt")) {
                text.append("${")
                        .append(String.join(".", (List<String>) attribute.get("Fn::GetAtt")))
                        .append('}');
            } else {
                throw new AssertionError("unexpected part of the dashboard body: " + part);
            }
        }
        try {
            return JSON.readTree(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> titles() {
        List<String> titles = new ArrayList<>();
        body.get("widgets").forEach(w -> {
            if (w.get("properties").has("title")) {
                titles.add(w.get("properties").get("title").asText());
            }
        });
        return titles;
    }

    private JsonNode widget(String title) {
        for (JsonNode w : body.get("widgets")) {
            if (title.equals(w.get("properties").path("title").asText())) {
                return w;
            }
        }
        throw new AssertionError("no widget " + title);
    }

    /** Each metric as {@code namespace name dimension=value statistic}, or the expression. */
    private List<String> metrics(String title) {
        List<String> metrics = new ArrayList<>();
        for (JsonNode m : widget(title).get("properties").get("metrics")) {
            JsonNode options = m.get(m.size() - 1);
            if (options.has("expression")) {
                metrics.add(options.get("expression").asText());
            } else {
                metrics.add(m.get(0).asText() + " " + m.get(1).asText() + " "
                        + m.get(2).asText() + "=" + m.get(3).asText() + " "
                        + options.get("stat").asText());
            }
        }
        return metrics;
    }

    private String queueName(String name) {
        return "${" + Resources.logicalIdOf(template, "AWS::SQS::Queue", name) + ".QueueName}";
    }

    private String functionRef(String name) {
        return "${" + Resources.logicalIdOf(template, "AWS::Lambda::Function", name) + "}";
    }

    private static String lambdaSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("..", "lambda", "src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file));
            }
        }
        assertThat(all).as("the Lambda module's sources beside this one").isNotEmpty();
        return all.toString();
    }
}
