package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** Issue 16, item 13: a WAFv2 web ACL in front of the API (PCI DSS 6.4.2). */
class ApiFirewallTest {

    private final Template template = SynthesizedStack.defaults().template();

    @Test
    @SuppressWarnings("unchecked")
    void theManagedRuleGroupsAndARateLimitGuardTheApiAndBodyRulesOnlyCount() {
        Map<String, Object> acl = Resources.only(template, "AWS::WAFv2::WebACL", "Name", "pii-scanner-api-acl-test");
        assertThat(acl).containsEntry("Scope", "REGIONAL").containsEntry("DefaultAction", Map.of("Allow", Map.of()));
        List<Map<String, Object>> rules = (List<Map<String, Object>>) acl.get("Rules");
        assertThat(rules)
                .extracting(r -> r.get("Name"))
                .containsExactly(ApiFirewall.CORE_RULE_SET, ApiFirewall.KNOWN_BAD_INPUTS, "RateLimitPerAddress");
        assertThat(countedRules(rules.get(0), ApiFirewall.CORE_RULE_SET))
                .containsExactlyElementsOf(ApiFirewall.CORE_BODY_RULES)
                .contains("SizeRestrictions_BODY");
        assertThat(countedRules(rules.get(1), ApiFirewall.KNOWN_BAD_INPUTS))
                .containsExactlyElementsOf(ApiFirewall.KNOWN_BAD_BODY_RULES);
        assertThat(rules.get(2))
                .containsEntry("Action", Map.of("Block", Map.of()))
                .containsEntry(
                        "Statement",
                        Map.of(
                                "RateBasedStatement",
                                Map.of("AggregateKeyType", "IP", "Limit", ScanApi.RATE_LIMIT * 300)));
    }

    @Test
    void theWebAclIsAttachedToTheStageOnceTheStageExists() {
        String stage = Resources.logicalIdOf(template, "AWS::ApiGateway::Stage");
        String api = Resources.logicalIdOf(template, "AWS::ApiGateway::RestApi");
        Map<String, Object> association = Resources.ofType(template, "AWS::WAFv2::WebACLAssociation")
                .values()
                .iterator()
                .next();
        String arn = Resources.properties(association).get("ResourceArn").toString();
        assertThat(arn).contains("restapis/").contains("{Ref=" + api + "}").contains("/stages/");
        assertThat(Resources.asList(association.get("DependsOn"))).contains(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void requestsAreLoggedToAnEncryptedGroupWithoutCredentialsOrQueryStrings() {
        Map<String, Object> logging =
                Resources.properties(Resources.ofType(template, "AWS::WAFv2::LoggingConfiguration")
                        .values()
                        .iterator()
                        .next());
        String destination = logging.get("LogDestinationConfigs").toString();
        assertThat(destination).contains("log-group:").doesNotContain(":*");
        assertThat(destination)
                .contains(Resources.logicalIdOf(template, "AWS::Logs::LogGroup", "aws-waf-logs-pii-scanner-test"));
        assertThat((List<Object>) logging.get("RedactedFields"))
                .containsExactlyInAnyOrder(
                        Map.of("SingleHeader", Map.of("Name", "authorization")),
                        Map.of("SingleHeader", Map.of("Name", "x-api-key")),
                        Map.of("SingleHeader", Map.of("Name", "x-amz-security-token")),
                        Map.of("QueryString", Map.of()));
        assertThat(Resources.only(template, "AWS::Logs::LogGroup", "LogGroupName", "aws-waf-logs-pii-scanner-test"))
                .containsKey("KmsKeyId")
                .containsEntry("RetentionInDays", 90);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> countedRules(Map<String, Object> rule, String group) {
        Map<String, Object> statement =
                (Map<String, Object>) ((Map<String, Object>) rule.get("Statement")).get("ManagedRuleGroupStatement");
        assertThat(statement).containsEntry("VendorName", "AWS").containsEntry("Name", group);
        assertThat(rule).containsEntry("OverrideAction", Map.of("None", Map.of()));
        List<Map<String, Object>> overrides = (List<Map<String, Object>>) statement.get("RuleActionOverrides");
        overrides.forEach(o -> assertThat(o.get("ActionToUse")).isEqualTo(Map.of("Count", Map.of())));
        return overrides.stream().map(o -> o.get("Name")).toList();
    }
}
