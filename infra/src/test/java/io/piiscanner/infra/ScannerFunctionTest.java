package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.api.ServiceEnvironment;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Requirement 5: the scanner functions, their code, configuration and triggers. */
class ScannerFunctionTest {

    private final SynthesizedStack synthesized = SynthesizedStack.defaults();
    private final Template template = synthesized.template();

    @ParameterizedTest
    @ValueSource(strings = {"pii-scanner-test", "pii-scanner-test-queue", "pii-scanner-test-api"})
    void everyFunctionRunsJava21InTheIsolatedSubnetsWithEncryptedEnvironmentTracingAndSnapStart(String name) {
        Map<String, Object> function = function(name);
        assertThat(function)
                .containsEntry("Runtime", "java21")
                .containsEntry("TracingConfig", Map.of("Mode", "Active"))
                .containsEntry("SnapStart", Map.of("ApplyOn", "PublishedVersions"))
                .containsEntry(
                        "KmsKeyArn",
                        Map.of("Fn::GetAtt", List.of(Resources.logicalIdOf(template, "AWS::KMS::Key"), "Arn")));
        Map<?, ?> vpc = (Map<?, ?>) function.get("VpcConfig");
        List<Object> subnets = Resources.asList(vpc.get("SubnetIds"));
        assertThat(subnets).hasSize(2).allSatisfy(s -> assertThat(s.toString()).contains("privateSubnet"));
        assertThat(Resources.asList(vpc.get("SecurityGroupIds")).toString()).contains("FunctionSecurityGroup");
        assertThat(function.get("Code").toString()).contains(".jar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pii-scanner-test", "pii-scanner-test-queue", "pii-scanner-test-api"})
    void everyFunctionLogsToItsOwnEncryptedLogGroupKeptNinetyDays(String name) {
        Map<?, ?> logging = (Map<?, ?>) function(name).get("LoggingConfig");
        String logGroupId = ((Map<?, ?>) logging.get("LogGroup")).get("Ref").toString();
        Map<String, Object> logGroup =
                Resources.properties(Resources.all(template).get(logGroupId));
        assertThat(logGroup)
                .containsEntry("LogGroupName", "/aws/lambda/" + name)
                .containsEntry("RetentionInDays", 90)
                .containsKey("KmsKeyId");
    }

    /** A reservation fails the first deploy in an account whose limit is low, so it is opt-in. */
    @Test
    void concurrencyIsReservedOnlyWhenAskedForAndTheQueueNeverRunsMoreBatchesThanReserved() {
        Resources.ofType(template, "AWS::Lambda::Function")
                .forEach((id, function) -> assertThat(Resources.properties(function))
                        .as(id)
                        .doesNotContainKey("ReservedConcurrentExecutions"));
        Template reserved = SynthesizedStack.reservedConcurrency().template();
        for (String name : List.of("pii-scanner-rc-test", "pii-scanner-rc-test-queue", "pii-scanner-rc-test-api")) {
            assertThat(Resources.only(reserved, "AWS::Lambda::Function", "FunctionName", name))
                    .containsEntry("ReservedConcurrentExecutions", SynthesizedStack.RESERVED_CONCURRENCY);
        }
        reserved.hasResourceProperties(
                "AWS::Lambda::EventSourceMapping",
                Match.objectLike(
                        Map.of("ScalingConfig", Map.of("MaximumConcurrency", SynthesizedStack.RESERVED_CONCURRENCY))));
    }

    /** Objects too large to scan within the API's 28 seconds are answered 202 and queued. */
    @Test
    void theApiFunctionMaySendToTheScanQueueAndKnowsItsUrl() {
        String queue = queueId("pii-scanner-scan-queue-test");
        Map<?, ?> variables =
                (Map<?, ?>) ((Map<?, ?>) function("pii-scanner-test-api").get("Environment")).get("Variables");
        assertThat(variables.get(ServiceEnvironment.SCAN_QUEUE_URL)).isEqualTo(Resources.ref(queue));
        String role = ((List<?>) ((Map<?, ?>) function("pii-scanner-test-api").get("Role")).get("Fn::GetAtt"))
                .get(0)
                .toString();
        String policies = Resources.ofType(template, "AWS::IAM::Policy").values().stream()
                .map(Resources::properties)
                .filter(p -> p.get("Roles").toString().contains(role))
                .map(Object::toString)
                .reduce("", String::concat);
        assertThat(policies)
                .contains("Sid=QueueLargeObjects")
                .contains("Action=sqs:SendMessage")
                .contains(queue);
        assertThat(((Map<?, ?>) function("pii-scanner-test").get("Environment"))
                        .get("Variables")
                        .toString())
                .doesNotContain(ServiceEnvironment.SCAN_QUEUE_URL);
    }

    @Test
    void scansMayTakeLambdasFifteenMinutesButTheApiAnswersWithinApiGatewaysTimeout() {
        assertThat(function("pii-scanner-test")).containsEntry("Timeout", 900).containsEntry("MemorySize", 2048);
        assertThat(function("pii-scanner-test-queue")).containsEntry("Timeout", 900);
        assertThat(function("pii-scanner-test-api")).containsEntry("Timeout", 28);
    }

    @Test
    void functionsGetTheEnvironmentTheLambdaModuleReads() {
        Map<?, ?> variables =
                (Map<?, ?>) ((Map<?, ?>) function("pii-scanner-test").get("Environment")).get("Variables");
        assertThat(variables.keySet().stream().map(Object::toString).toList())
                .containsExactlyInAnyOrder(
                        ServiceEnvironment.DATA_BUCKET,
                        ServiceEnvironment.FINDINGS_TABLE,
                        ServiceEnvironment.ALERT_TOPIC_ARN,
                        ServiceEnvironment.OBJECT_KEY_SECRET,
                        ServiceEnvironment.SERVICE_NAME,
                        ServiceEnvironment.METRICS_NAMESPACE);
        assertThat(variables.get(ServiceEnvironment.ALERT_TOPIC_ARN))
                .isEqualTo(Resources.ref(Resources.logicalIdOf(template, "AWS::SNS::Topic")));
        // Resolved by CloudFormation at deployment: the template holds a reference, never the value.
        assertThat(variables.get(ServiceEnvironment.OBJECT_KEY_SECRET).toString())
                .contains("{{resolve:secretsmanager:")
                .contains(Resources.logicalIdOf(template, "AWS::SecretsManager::Secret"));
    }

    @Test
    void everyTriggerInvokesThePublishedVersionThroughTheLiveAlias() {
        template.resourceCountIs("AWS::Lambda::Version", 5);
        template.resourceCountIs("AWS::Lambda::Alias", 5);
        template.allResourcesProperties(
                "AWS::Lambda::Alias",
                Match.objectLike(Map.of(
                        "Name",
                        ScannerFunction.ALIAS,
                        "FunctionVersion",
                        Map.of("Fn::GetAtt", Match.arrayWith(List.of("Version"))))));
    }

    /** Every prefix, incoming/ among them, but not the service's own output. */
    @Test
    void everyObjectCreatedOutsideScanResultsTriggersTheObjectScannerThroughEventBridge() {
        String alias = aliasOf("ObjectScanner");
        Map<String, Object> notifications =
                Resources.properties(Resources.ofType(template, "Custom::S3BucketNotifications")
                        .values()
                        .iterator()
                        .next());
        assertThat(notifications.get("NotificationConfiguration"))
                .isEqualTo(Map.of("EventBridgeConfiguration", Map.of()));
        Map<String, Object> rule = Resources.only(template, "AWS::Events::Rule", "Name", "pii-scanner-uploads-test");
        assertThat(rule.get("EventPattern"))
                .isEqualTo(Map.of(
                        "source", List.of("aws.s3"),
                        "detail-type", List.of("Object Created"),
                        "detail",
                                Map.of(
                                        "bucket",
                                                Map.of(
                                                        "name",
                                                        List.of(Resources.ref(Resources.bucketId(
                                                                template, "financial-data-bucket-test")))),
                                        "object",
                                                Map.of(
                                                        "key",
                                                        List.of(Map.of(
                                                                "anything-but", Map.of("prefix", "scan-results/")))))));
        assertThat(rule.get("Targets").toString()).contains(alias).contains("MaximumRetryAttempts=8");
        template.hasResourceProperties(
                "AWS::Lambda::Permission",
                Match.objectLike(Map.of("Principal", "events.amazonaws.com", "FunctionName", Resources.ref(alias))));
        assertThat(Resources.ofType(template, "AWS::Lambda::Permission")
                        .values()
                        .toString())
                .doesNotContain("s3.amazonaws.com");
    }

    @Test
    void failedAsynchronousUploadsEventsGoToTheDeadLetterQueue() {
        String dlq = queueId("pii-scanner-dlq-test");
        assertThat(function("pii-scanner-test").get("DeadLetterConfig"))
                .isEqualTo(Map.of("TargetArn", Map.of("Fn::GetAtt", List.of(dlq, "Arn"))));
    }

    @Test
    void theScanQueueTriggersTheQueueScannerWithPartialBatchFailures() {
        template.hasResourceProperties(
                "AWS::Lambda::EventSourceMapping",
                Match.objectLike(Map.of(
                        "EventSourceArn", Map.of("Fn::GetAtt", List.of(queueId("pii-scanner-scan-queue-test"), "Arn")),
                        "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                        "ScalingConfig", Map.of("MaximumConcurrency", StackConfig.DEFAULT_QUEUE_CONCURRENCY))));
        assertThat(Resources.ofType(template, "AWS::Lambda::EventSourceMapping")
                        .values()
                        .iterator()
                        .next()
                        .toString())
                .contains(aliasOf("QueueScanner"));
    }

    @Test
    void theCodeIsTheLambdaModulesShadedJarWithEveryHandler() throws IOException {
        var jar = synthesized.stack().config().lambdaJar();
        assertThat(jar.getFileName().toString()).isEqualTo("pii-scanner-lambda.jar");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (String handler : List.of(
                    ScannerFunctions.S3_HANDLER,
                    ScannerFunctions.QUEUE_HANDLER,
                    ScannerFunctions.API_HANDLER,
                    BackfillStateMachine.BATCH_HANDLER,
                    BackfillStateMachine.SUMMARY_HANDLER)) {
                String entry = handler.substring(0, handler.indexOf("::")).replace('.', '/') + ".class";
                assertThat(zip.getEntry(entry)).as("%s in %s", entry, jar).isNotNull();
            }
        }
    }

    private Map<String, Object> function(String name) {
        return Resources.only(template, "AWS::Lambda::Function", "FunctionName", name);
    }

    private String aliasOf(String constructId) {
        return Resources.ofType(template, "AWS::Lambda::Alias").keySet().stream()
                .filter(id -> id.startsWith("Scanner" + constructId + "Alias"))
                .findFirst()
                .orElseThrow();
    }

    private String queueId(String name) {
        return Resources.ofType(template, "AWS::SQS::Queue").entrySet().stream()
                .filter(e -> name.equals(Resources.properties(e.getValue()).get("QueueName")))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }
}
