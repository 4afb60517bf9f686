package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** Requirement 3: the function reaches only the endpoints, on 443, and nothing is open to the world. */
class SecurityGroupsTest {

    private static final Map<String, Object> NO_TRAFFIC = Map.of(
            "CidrIp", "255.255.255.255/32",
            "Description", "Disallow all traffic",
            "IpProtocol", "icmp",
            "FromPort", 252,
            "ToPort", 86);

    private final Template template = SynthesizedStack.defaults().template();

    @Test
    void noRuleAnywhereOpensToTheWorld() {
        String json = template.toJSON().toString();
        assertThat(json).doesNotContain("0.0.0.0/0").doesNotContain("::/0");
    }

    @Test
    void everyRuleIsHttpsBetweenTheFunctionAndTheEndpoints() {
        List<Map<String, Object>> rules = new ArrayList<>();
        Resources.ofType(template, "AWS::EC2::SecurityGroupIngress")
                .values()
                .forEach(r -> rules.add(Resources.properties(r)));
        Resources.ofType(template, "AWS::EC2::SecurityGroupEgress")
                .values()
                .forEach(r -> rules.add(Resources.properties(r)));
        assertThat(rules).hasSize(4);
        for (Map<String, Object> rule : rules) {
            assertThat(rule)
                    .containsEntry("IpProtocol", "tcp")
                    .containsEntry("FromPort", 443)
                    .containsEntry("ToPort", 443);
            assertThat(rule.keySet())
                    .as("the peer is a security group or an AWS-managed prefix list")
                    .containsAnyOf("SourceSecurityGroupId", "DestinationSecurityGroupId", "DestinationPrefixListId");
            assertThat(rule).doesNotContainKeys("CidrIp", "CidrIpv6");
        }
    }

    @Test
    void groupsCarryOnlyTheNoTrafficPlaceholderInline() {
        for (var group : Resources.ofType(template, "AWS::EC2::SecurityGroup").values()) {
            Map<String, Object> properties = Resources.properties(group);
            assertThat(Resources.asList(properties.get("SecurityGroupEgress")))
                    .as("inline egress of %s", properties.get("GroupDescription"))
                    .containsExactly(NO_TRAFFIC);
            assertThat(properties).doesNotContainKey("SecurityGroupIngress");
        }
    }

    @Test
    void gatewayTrafficIsAllowedByTheManagedPrefixListsLookedUpAtDeployTime() {
        template.resourceCountIs("Custom::AWS", 2);
        assertThat(Resources.ofType(template, "AWS::EC2::SecurityGroupEgress").values().stream()
                        .map(Resources::properties)
                        .filter(p -> p.containsKey("DestinationPrefixListId"))
                        .map(p -> p.get("Description")))
                .containsExactlyInAnyOrder(
                        "HTTPS to S3 via its gateway endpoint", "HTTPS to DynamoDB via its gateway endpoint");
    }
}
