package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.preflight.Preflight;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.template.ObjectTemplateReader;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The synthesized template passes {@code pii-scanner check}: nothing Critical or High, the level
 * at which the check fails a deployment. It reads the template as CloudFormation receives it, so
 * it also sees what the CDK adds after the aspects run. Taking out what issue 16 added shows that
 * the check would have caught each mistake.
 */
class PreflightTemplateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"test", "prod"})
    void synthesizedTemplatePassesTheCheck(String environment) {
        SynthesizedStack stack =
                environment.equals("prod") ? SynthesizedStack.production() : SynthesizedStack.defaults();
        assertThat(check(stack.template().toJSON()))
                .filteredOn(f -> f.impact().failsCheck())
                .extracting(f -> f.impact() + " " + f.resourceLabel() + ": " + f.problem())
                .isEmpty();
    }

    @Test
    void theStackHasNoneOfTheMistakesTheIssueFound() {
        assertThat(check(SynthesizedStack.defaults().template().toJSON()))
                .extracting(Finding::ruleId)
                .doesNotContain(
                        "alarm-topic-policy",
                        "cloudtrail-kms-key-policy",
                        "lambda-reserved-concurrency",
                        "vpc-endpoint-policy");
    }

    @Test
    void reservingConcurrencyIsReportedWithTheAccountItNeeds() {
        assertThat(check(SynthesizedStack.reservedConcurrency().template().toJSON()))
                .filteredOn(f -> f.ruleId().equals("lambda-reserved-concurrency"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.impact()).isEqualTo(Impact.MEDIUM);
                    assertThat(f.problem()).contains("reserves 15 ");
                });
    }

    @Test
    void withoutTheTopicsGrantToCloudWatchTheCheckFails() {
        List<Finding> findings = checkWithout(
                "AWS::SNS::TopicPolicy",
                policy -> statements(policy, "PolicyDocument")
                        .removeIf(s -> "AllowStackAlarmsToPublish".equals(s.get("Sid"))));
        assertThat(findings)
                .filteredOn(f -> f.ruleId().equals("alarm-topic-policy"))
                .singleElement()
                .satisfies(f -> assertThat(f.impact()).isEqualTo(Impact.CRITICAL));
    }

    @Test
    void withoutTheKeysGrantToCloudTrailTheCheckFails() {
        List<Finding> findings = checkWithout(
                "AWS::KMS::Key",
                key -> statements(key, "KeyPolicy")
                        .removeIf(s -> String.valueOf(s.get("Sid")).startsWith("AllowCloudTrail")));
        assertThat(findings)
                .filteredOn(f -> f.ruleId().equals("cloudtrail-kms-key-policy"))
                .singleElement()
                .satisfies(f -> assertThat(f.impact()).isEqualTo(Impact.CRITICAL));
    }

    @Test
    void withoutEndpointPoliciesTheCheckWarns() {
        List<Finding> findings = checkWithout("AWS::EC2::VPCEndpoint", endpoint -> endpoint.remove("PolicyDocument"));
        assertThat(findings)
                .filteredOn(f -> f.ruleId().equals("vpc-endpoint-policy"))
                .hasSize(4)
                .allSatisfy(f -> assertThat(f.impact()).isEqualTo(Impact.MEDIUM));
    }

    @SuppressWarnings("unchecked")
    private static List<Finding> check(Object template) {
        return Preflight.standard().check(ObjectTemplateReader.read((Map<String, Object>) template));
    }

    /** Checks a copy of the default template in which every resource of a type is changed. */
    @SuppressWarnings("unchecked")
    private static List<Finding> checkWithout(String type, Consumer<Map<String, Object>> change) {
        Map<String, Object> copy = JSON.convertValue(
                SynthesizedStack.defaults().template().toJSON(), new TypeReference<Map<String, Object>>() {});
        ((Map<String, Map<String, Object>>) copy.get("Resources"))
                .values().stream()
                        .filter(r -> type.equals(r.get("Type")))
                        .forEach(r -> change.accept((Map<String, Object>) r.get("Properties")));
        return check(copy);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statements(Map<String, Object> properties, String document) {
        return (List<Map<String, Object>>) ((Map<String, Object>) properties.get(document)).get("Statement");
    }
}
