package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** Requirement 9: no wildcard actions, and Resource "*" only where AWS requires it. */
class IamLeastPrivilegeTest {

    /** Actions that support no resource-level permission, so AWS requires Resource "*". */
    private static final Set<String> STAR_RESOURCE_ACTIONS = Set.of(
            "ec2:CreateNetworkInterface",
            "ec2:DescribeNetworkInterfaces",
            "ec2:DescribeSubnets",
            "ec2:DeleteNetworkInterface",
            "ec2:AssignPrivateIpAddresses",
            "ec2:UnassignPrivateIpAddresses",
            "xray:PutTraceSegments",
            "xray:PutTelemetryRecords",
            "cloudwatch:PutMetricData",
            "ec2:DescribePrefixLists",
            // The backfill state machine: X-Ray sampling, and the vended log delivery of Step
            // Functions, whose actions AWS documents with Resource "*" only.
            "xray:GetSamplingRules",
            "xray:GetSamplingTargets",
            "logs:CreateLogDelivery",
            "logs:GetLogDelivery",
            "logs:UpdateLogDelivery",
            "logs:DeleteLogDelivery",
            "logs:ListLogDeliveries",
            "logs:PutResourcePolicy",
            "logs:DescribeResourcePolicies",
            "logs:DescribeLogGroups");

    private final Template template = SynthesizedStack.defaults().template();

    @Test
    void noIdentityPolicyHasAWildcardAction() {
        for (Map<String, Object> statement : identityStatements()) {
            assertThat(Resources.asList(statement.get("Action")))
                    .as("actions of %s", statement)
                    .allSatisfy(action -> assertThat(action.toString()).doesNotContain("*"));
        }
    }

    @Test
    void resourceStarOnlyForActionsWithoutResourceLevelPermissions() {
        List<Map<String, Object>> starStatements = identityStatements().stream()
                .filter(s -> Resources.asList(s.get("Resource")).contains("*"))
                .toList();
        assertThat(starStatements).isNotEmpty();
        for (Map<String, Object> statement : starStatements) {
            assertThat(Resources.asList(statement.get("Action")))
                    .as("statement %s", statement)
                    .allSatisfy(action -> assertThat(STAR_RESOURCE_ACTIONS).contains(action.toString()));
        }
    }

    @Test
    void functionRolesHaveNoAwsManagedPolicies() {
        Resources.ofType(template, "AWS::IAM::Role").entrySet().stream()
                .filter(e -> e.getKey().matches("Scanner(ObjectScanner|QueueScanner|ApiHandler)Role.*"))
                .forEach(e -> assertThat(Resources.properties(e.getValue()))
                        .as(e.getKey())
                        .doesNotContainKey("ManagedPolicyArns"));
    }

    @Test
    void functionsWriteResultDocumentsOnlyUnderTheResultsPrefix() {
        Map<String, Object> write = identityStatements().stream()
                .filter(s -> "WriteResultDocuments".equals(s.get("Sid")))
                .findFirst()
                .orElseThrow();
        assertThat(Resources.asList(write.get("Action"))).containsExactly("s3:PutObject");
        assertThat(write.get("Resource").toString()).endsWith("/scan-results/*]]}");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> identityStatements() {
        List<Map<String, Object>> statements = new ArrayList<>();
        Resources.ofType(template, "AWS::IAM::Policy")
                .values()
                .forEach(p ->
                        statements.addAll(statements(Resources.properties(p).get("PolicyDocument"))));
        Resources.ofType(template, "AWS::IAM::ManagedPolicy")
                .values()
                .forEach(p ->
                        statements.addAll(statements(Resources.properties(p).get("PolicyDocument"))));
        Resources.ofType(template, "AWS::IAM::Role").values().forEach(role -> {
            for (Object inline : Resources.asList(Resources.properties(role).get("Policies"))) {
                statements.addAll(statements(((Map<String, Object>) inline).get("PolicyDocument")));
            }
        });
        assertThat(statements).isNotEmpty();
        return statements;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statements(Object document) {
        return (List<Map<String, Object>>)
                (List<?>) Resources.asList(((Map<String, Object>) document).get("Statement"));
    }
}
