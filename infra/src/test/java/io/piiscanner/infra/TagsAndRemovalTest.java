package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Tags on everything taggable; DESTROY with auto-delete for CI suffixes, RETAIN for production. */
class TagsAndRemovalTest {

    /** Stateful types whose removal policy follows the environment. */
    private static final List<String> STATEFUL = List.of(
            "AWS::S3::Bucket",
            "AWS::DynamoDB::Table",
            "AWS::SecretsManager::Secret",
            "AWS::KMS::Key",
            "AWS::Logs::LogGroup",
            "AWS::SQS::Queue",
            "AWS::SNS::Topic");

    /** Types that must carry the tags (all taggable types of the stack's own resources). */
    private static final Set<String> MUST_BE_TAGGED = Set.of(
            "AWS::S3::Bucket",
            "AWS::DynamoDB::Table",
            "AWS::KMS::Key",
            "AWS::Logs::LogGroup",
            "AWS::SQS::Queue",
            "AWS::SNS::Topic",
            "AWS::Lambda::Function",
            "AWS::EC2::VPC",
            "AWS::EC2::Subnet",
            "AWS::EC2::SecurityGroup",
            "AWS::EC2::VPCEndpoint",
            "AWS::EC2::FlowLog",
            "AWS::IAM::Role",
            "AWS::ApiGateway::RestApi",
            "AWS::ApiGateway::Stage",
            "AWS::CloudWatch::Alarm",
            "AWS::CloudTrail::Trail",
            "AWS::WAFv2::WebACL");

    @Test
    void everyTaggedResourceCarriesTheFourTags() {
        Template template = SynthesizedStack.defaults().template();
        Map<String, Map<String, Object>> resources = Resources.all(template);
        for (String type : MUST_BE_TAGGED) {
            assertThat(Resources.ofType(template, type)).as(type).isNotEmpty();
        }
        resources.forEach((id, resource) -> {
            Object tags = Resources.properties(resource).get("Tags");
            if (MUST_BE_TAGGED.contains(resource.get("Type")) || tags instanceof List<?>) {
                assertThat(Resources.asList(tags))
                        .as("tags of %s", id)
                        .contains(
                                Map.of("Key", "Environment", "Value", "test"),
                                Map.of("Key", "Owner", "Value", "pii-scanner-team"),
                                Map.of("Key", "CostCenter", "Value", "security-engineering"),
                                Map.of("Key", "DataClassification", "Value", "PCI-Confidential"));
            }
        });
    }

    @Test
    void ciEnvironmentsAreDestroyedWithTheirData() {
        Template template = SynthesizedStack.defaults().template();
        for (String type : STATEFUL) {
            template.allResources(type, Match.objectLike(Map.of("DeletionPolicy", "Delete")));
        }
        template.resourceCountIs("Custom::S3AutoDeleteObjects", 5);
        template.hasResourceProperties(
                "AWS::DynamoDB::Table", Match.objectLike(Map.of("DeletionProtectionEnabled", false)));
    }

    @Test
    void productionRetainsItsDataAndProtectsTheTable() {
        Template template = SynthesizedStack.production().template();
        for (String type : STATEFUL) {
            template.allResources(type, Match.objectLike(Map.of("DeletionPolicy", "Retain")));
        }
        template.resourceCountIs("Custom::S3AutoDeleteObjects", 0);
        template.hasResourceProperties(
                "AWS::DynamoDB::Table", Match.objectLike(Map.of("DeletionProtectionEnabled", true)));
    }
}
