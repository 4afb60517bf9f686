package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Requirement 1: the customer managed key, its rotation and who may use it. */
class EncryptionKeyTest {

    private final Template template = SynthesizedStack.defaults().template();

    @Test
    void keyRotatesAndHasAnAliasWithTheSuffix() {
        template.hasResourceProperties("AWS::KMS::Key", Map.of("EnableKeyRotation", true));
        template.hasResourceProperties("AWS::KMS::Alias", Map.of("AliasName", "alias/pii-scanner-test"));
    }

    @Test
    void cloudWatchLogsMayUseTheKeyForThisAccountsLogGroupsOnly() {
        Map<String, Object> statement = statement("AllowCloudWatchLogs");
        assertThat(statement.get("Principal"))
                .isEqualTo(Map.of("Service", Map.of("Fn::Sub", "logs.${AWS::Region}.amazonaws.com")));
        assertThat(Resources.asList(statement.get("Action")))
                .containsExactlyInAnyOrderElementsOf(EncryptionKey.LOGS_ACTIONS)
                .containsExactlyInAnyOrder(
                        "kms:Encrypt",
                        "kms:Decrypt",
                        "kms:ReEncrypt*",
                        "kms:GenerateDataKey*",
                        "kms:CreateGrant",
                        "kms:DescribeKey");
        assertThat(statement.get("Condition"))
                .isEqualTo(Map.of(
                        "ArnLike",
                        Map.of(
                                "kms:EncryptionContext:aws:logs:arn",
                                Map.of(
                                        "Fn::Sub",
                                        "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*"))));
    }

    @Test
    void flowLogDeliveryMayUseTheKeyOnBehalfOfThisAccountOnly() {
        Map<String, Object> statement = statement("AllowVpcFlowLogDelivery");
        assertThat(statement.get("Principal")).isEqualTo(Map.of("Service", "delivery.logs.amazonaws.com"));
        assertThat(Resources.asList(statement.get("Action"))).contains("kms:GenerateDataKey*", "kms:Decrypt");
        assertThat(statement.get("Condition").toString())
                .contains("aws:SourceAccount")
                .contains("aws:SourceArn");
    }

    @Test
    void theStacksAlarmsAndOnlyThoseMayPublishToTheEncryptedTopic() {
        Map<String, Object> statement = statement("AllowCloudWatchAlarmsToPublish");
        assertThat(statement.get("Principal")).isEqualTo(Map.of("Service", "cloudwatch.amazonaws.com"));
        assertThat(Resources.asList(statement.get("Action")))
                .containsExactlyInAnyOrder("kms:Decrypt", "kms:GenerateDataKey*");
        assertThat(statement.get("Condition"))
                .isEqualTo(fromTheStacksAlarms(
                        SynthesizedStack.defaults().stack().names().alarms()));
    }

    /** CDK's trail adds no key statement; without these CloudTrail refuses to create the trail. */
    @Test
    void cloudTrailMayEncryptThisStacksTrailAndDescribeTheKey() {
        Map<String, Object> encrypt = statement("AllowCloudTrailToEncryptLogs");
        assertThat(encrypt.get("Principal")).isEqualTo(Map.of("Service", "cloudtrail.amazonaws.com"));
        assertThat(encrypt.get("Action")).isEqualTo("kms:GenerateDataKey*");
        assertThat(encrypt.get("Condition"))
                .isEqualTo(Map.of(
                        "StringEquals",
                                Map.of(
                                        "aws:SourceArn",
                                        Map.of(
                                                "Fn::Sub",
                                                "arn:${AWS::Partition}:cloudtrail:${AWS::Region}:${AWS::AccountId}:trail/pii-scanner-trail-test")),
                        "StringLike",
                                Map.of(
                                        "kms:EncryptionContext:aws:cloudtrail:arn",
                                        Map.of(
                                                "Fn::Sub",
                                                "arn:${AWS::Partition}:cloudtrail:*:${AWS::AccountId}:trail/*"))));
        template.hasResourceProperties(
                "AWS::CloudTrail::Trail", Match.objectLike(Map.of("TrailName", "pii-scanner-trail-test")));
        Map<String, Object> describe = statement("AllowCloudTrailToDescribeKey");
        assertThat(describe.get("Principal")).isEqualTo(Map.of("Service", "cloudtrail.amazonaws.com"));
        assertThat(describe.get("Action")).isEqualTo("kms:DescribeKey");
    }

    /** The condition on CloudWatch's grants: this account, and these alarms (all of the stack's) by ARN. */
    static Map<String, Object> fromTheStacksAlarms(List<String> alarmNames) {
        return Map.of(
                "StringEquals", Map.of("aws:SourceAccount", Map.of("Ref", "AWS::AccountId")),
                "ArnEquals",
                        Map.of(
                                "aws:SourceArn",
                                alarmNames.stream()
                                        .map(n -> Map.of(
                                                "Fn::Sub",
                                                "arn:${AWS::Partition}:cloudwatch:${AWS::Region}:${AWS::AccountId}:alarm:"
                                                        + n))
                                        .toList()));
    }

    @Test
    void everyStoreIsEncryptedWithTheKey() {
        String key = Resources.logicalIdOf(template, "AWS::KMS::Key");
        Map<String, Object> keyArn = Map.of("Fn::GetAtt", List.of(key, "Arn"));
        template.hasResourceProperties(
                "AWS::DynamoDB::Table",
                Match.objectLike(Map.of(
                        "SSESpecification", Map.of("KMSMasterKeyId", keyArn, "SSEEnabled", true, "SSEType", "KMS"))));
        template.allResourcesProperties("AWS::SQS::Queue", Match.objectLike(Map.of("KmsMasterKeyId", keyArn)));
        template.allResourcesProperties("AWS::SNS::Topic", Match.objectLike(Map.of("KmsMasterKeyId", keyArn)));
        template.allResourcesProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of("KmsKeyId", keyArn)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> statement(String sid) {
        Map<String, Object> key = Resources.properties(
                Resources.ofType(template, "AWS::KMS::Key").values().iterator().next());
        List<Map<String, Object>> statements =
                (List<Map<String, Object>>) ((Map<String, Object>) key.get("KeyPolicy")).get("Statement");
        return statements.stream()
                .filter(s -> sid.equals(s.get("Sid")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no key policy statement " + sid + " in " + statements));
    }
}
