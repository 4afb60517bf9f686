package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Requirement 7: the findings table, the queues and the alerts topic. */
class DataStoresTest {

    private final Template template = SynthesizedStack.defaults().template();

    @Test
    void findingsTableHasTheLambdaModulesKeysTheTypeIndexAndPointInTimeRecovery() {
        template.hasResourceProperties(
                "AWS::DynamoDB::Table",
                Match.objectLike(Map.of(
                        "TableName", "pii-scanner-findings-test",
                        "KeySchema",
                                List.of(
                                        Map.of("AttributeName", "pk", "KeyType", "HASH"),
                                        Map.of("AttributeName", "sk", "KeyType", "RANGE")),
                        "BillingMode", "PAY_PER_REQUEST",
                        "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                        "GlobalSecondaryIndexes",
                                List.of(Map.of(
                                        "IndexName", "byType",
                                        "KeySchema",
                                                List.of(
                                                        Map.of("AttributeName", "gsi1pk", "KeyType", "HASH"),
                                                        Map.of("AttributeName", "gsi1sk", "KeyType", "RANGE")),
                                        "Projection", Map.of("ProjectionType", "ALL"))))));
    }

    @Test
    void theSecretThatKeysObjectKeysIsGeneratedAtDeploymentAndEncryptedWithTheKey() {
        template.resourceCountIs("AWS::SecretsManager::Secret", 1);
        template.hasResourceProperties(
                "AWS::SecretsManager::Secret",
                Match.objectLike(Map.of(
                        "KmsKeyId",
                                Map.of("Fn::GetAtt", List.of(Resources.logicalIdOf(template, "AWS::KMS::Key"), "Arn")),
                        "GenerateSecretString", Map.of("PasswordLength", 64, "ExcludePunctuation", true))));
    }

    @Test
    void scanQueueRedrivesToTheDeadLetterQueueAndOutlastsTheFunctionTimeout() {
        String dlq = queueId("pii-scanner-dlq-test");
        template.hasResourceProperties(
                "AWS::SQS::Queue",
                Match.objectLike(Map.of(
                        "QueueName",
                        "pii-scanner-scan-queue-test",
                        "VisibilityTimeout",
                        6 * 15 * 60,
                        "RedrivePolicy",
                        Map.of(
                                "deadLetterTargetArn",
                                Map.of("Fn::GetAtt", List.of(dlq, "Arn")),
                                "maxReceiveCount",
                                ScanQueue.MAX_RECEIVE_COUNT))));
        template.hasResourceProperties(
                "AWS::SQS::Queue",
                Match.objectLike(
                        Map.of("QueueName", "pii-scanner-dlq-test", "MessageRetentionPeriod", 14 * 24 * 3600)));
    }

    @Test
    void queuesAndTopicRefusePlainHttp() {
        template.resourceCountIs("AWS::SQS::QueuePolicy", 2);
        template.resourceCountIs("AWS::SNS::TopicPolicy", 1);
        for (String type : List.of("AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy")) {
            Resources.ofType(template, type)
                    .values()
                    .forEach(policy -> assertThat(Resources.properties(policy).toString())
                            .as(type)
                            .contains("Effect=Deny")
                            .contains("aws:SecureTransport=false"));
        }
    }

    @Test
    void alertsTopicIsNamedWithTheSuffixAndHasNoSubscriberUnlessAskedFor() {
        template.hasResourceProperties(
                "AWS::SNS::Topic", Match.objectLike(Map.of("TopicName", "pii-scanner-alerts-test")));
        template.resourceCountIs("AWS::SNS::Subscription", 0);
    }

    @Test
    void anEmailAddressFromContextIsSubscribedToTheAlerts() {
        Template production = SynthesizedStack.production().template();
        production.hasResourceProperties(
                "AWS::SNS::Subscription",
                Map.of(
                        "Protocol",
                        "email",
                        "Endpoint",
                        SynthesizedStack.ALERT_EMAIL,
                        "TopicArn",
                        Resources.ref(Resources.logicalIdOf(production, "AWS::SNS::Topic"))));
    }

    private String queueId(String name) {
        return Resources.ofType(template, "AWS::SQS::Queue").entrySet().stream()
                .filter(e -> name.equals(Resources.properties(e.getValue()).get("QueueName")))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }
}
