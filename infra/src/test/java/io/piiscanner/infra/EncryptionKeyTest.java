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
            "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant", "kms:DescribeKey");
    assertThat(statement.get("Condition"))
        .isEqualTo(
            Map.of(
                "ArnLike",
                Map.of(
                    "kms:EncryptionContext:aws:logs:arn",
                    Map.of("Fn::Sub", "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*"))));
  }

  @Test
  void flowLogDeliveryMayUseTheKeyOnBehalfOfThisAccountOnly() {
    Map<String, Object> statement = statement("AllowVpcFlowLogDelivery");
    assertThat(statement.get("Principal")).isEqualTo(Map.of("Service", "delivery.logs.amazonaws.com"));
    assertThat(Resources.asList(statement.get("Action"))).contains("kms:GenerateDataKey*", "kms:Decrypt");
    assertThat(statement.get("Condition").toString()).contains("aws:SourceAccount").contains("aws:SourceArn");
  }

  @Test
  void alarmsMayPublishToTheEncryptedTopic() {
    Map<String, Object> statement = statement("AllowCloudWatchAlarmsToPublish");
    assertThat(statement.get("Principal")).isEqualTo(Map.of("Service", "cloudwatch.amazonaws.com"));
    assertThat(Resources.asList(statement.get("Action"))).containsExactlyInAnyOrder("kms:Decrypt", "kms:GenerateDataKey*");
  }

  @Test
  void everyStoreIsEncryptedWithTheKey() {
    String key = Resources.logicalIdOf(template, "AWS::KMS::Key");
    Map<String, Object> keyArn = Map.of("Fn::GetAtt", List.of(key, "Arn"));
    template.hasResourceProperties(
        "AWS::DynamoDB::Table",
        Match.objectLike(Map.of("SSESpecification", Map.of("KMSMasterKeyId", keyArn, "SSEEnabled", true, "SSEType", "KMS"))));
    template.allResourcesProperties(
        "AWS::SQS::Queue", Match.objectLike(Map.of("KmsMasterKeyId", keyArn)));
    template.allResourcesProperties("AWS::SNS::Topic", Match.objectLike(Map.of("KmsMasterKeyId", keyArn)));
    template.allResourcesProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of("KmsKeyId", keyArn)));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> statement(String sid) {
    Map<String, Object> key = Resources.properties(Resources.ofType(template, "AWS::KMS::Key").values().iterator().next());
    List<Map<String, Object>> statements =
        (List<Map<String, Object>>) ((Map<String, Object>) key.get("KeyPolicy")).get("Statement");
    return statements.stream()
        .filter(s -> sid.equals(s.get("Sid")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no key policy statement " + sid + " in " + statements));
  }
}
