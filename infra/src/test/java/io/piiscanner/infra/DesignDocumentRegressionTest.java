package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.apigateway.JsonWithStandardFieldProps;
import software.amazon.awscdk.services.s3.Bucket;

/**
 * One test per failure that stopped an earlier attempt at this stack from deploying (the two
 * design documents in {@code shared/seeds/}).
 */
class DesignDocumentRegressionTest {

    private final Template template = SynthesizedStack.defaults().template();

    /**
     * Failure 1: {@code versioning=True} instead of {@code versioned=True}. In Java this is a compile
     * error: the bucket builder has {@code versioned(Boolean)} and no {@code versioning} method.
     * The test pins that, and that the flag reaches the template.
     */
    @Test
    void failure1_bucketVersioningUsesTheVersionedProperty() {
        List<String> methods = Arrays.stream(Bucket.Builder.class.getMethods())
                .map(Method::getName)
                .toList();
        assertThat(methods).contains("versioned").doesNotContain("versioning");
        assertThat(Resources.bucket(template, "financial-data-bucket-test"))
                .containsEntry("VersioningConfiguration", Map.of("Status", "Enabled"));
        assertThat(Resources.bucket(template, "flow-logs-bucket-test")).doesNotContainKey("VersioningConfiguration");
    }

    /**
     * Failure 2: {@code AccessLogFormat.json_with_standard_fields()} called without the fields. Here
     * the fields are given through {@link JsonWithStandardFieldProps}, whose builder refuses to
     * build unless all nine are set, so a half-specified format cannot compile into a running
     * synth. (This CDK version also has a zero-argument overload that defaults to every field; the
     * stack does not rely on that default.)
     */
    @Test
    void failure2_jsonAccessLogFormatIsGivenEveryStandardField() {
        assertThatThrownBy(
                        () -> JsonWithStandardFieldProps.builder().caller(true).build())
                .isInstanceOf(NullPointerException.class);
        assertThat(ScanApi.accessLogFormat().toString())
                .contains(
                        "$context.requestId",
                        "$context.identity.sourceIp",
                        "$context.identity.caller",
                        "$context.identity.user",
                        "$context.requestTime",
                        "$context.httpMethod",
                        "$context.resourcePath",
                        "$context.status",
                        "$context.protocol",
                        "$context.responseLength");
    }

    /**
     * Failure 3 (both documents): CloudWatch Logs could not use the key. The key policy names the
     * regional Logs principal with the encryption-context condition, never the global
     * {@code logs.amazonaws.com}, and every log group is encrypted with that key.
     */
    @Test
    void failure3_logsCanUseTheKeyThroughTheRegionalPrincipal() {
        String keyPolicy = Resources.properties(Resources.ofType(template, "AWS::KMS::Key")
                        .values()
                        .iterator()
                        .next())
                .toString();
        assertThat(keyPolicy)
                .contains("Service={Fn::Sub=logs.${AWS::Region}.amazonaws.com}")
                .contains("kms:EncryptionContext:aws:logs:arn")
                .doesNotContain("Service=logs.amazonaws.com");
        assertThat(template.toJSON().toString())
                .doesNotContain("\"logs.amazonaws.com\"")
                .doesNotContain("=logs.amazonaws.com");
        String key = Resources.logicalIdOf(template, "AWS::KMS::Key");
        Resources.ofType(template, "AWS::Logs::LogGroup")
                .forEach((id, logGroup) -> assertThat(
                                Resources.properties(logGroup).get("KmsKeyId"))
                        .as(id)
                        .isEqualTo(Map.of("Fn::GetAtt", List.of(key, "Arn"))));
    }

    /**
     * Failure 4: the integration test looked for alarms by the function-name prefix and missed them.
     * Alarms are found by their exact names, from {@link ResourceNames#alarms()}: a prefix search
     * misses most of them, and a search by suffix ({@code endsWith("-12")}) would also take the
     * alarms of suffix {@code pr-12}.
     */
    @Test
    void failure4_alarmsAreFoundByTheirExactNames() {
        ResourceNames names = SynthesizedStack.defaults().stack().names();
        List<String> alarmNames = Resources.ofType(template, "AWS::CloudWatch::Alarm").values().stream()
                .map(a -> Resources.properties(a).get("AlarmName").toString())
                .toList();
        assertThat(alarmNames).containsExactlyInAnyOrderElementsOf(names.alarms());
        assertThat(alarmNames.stream().filter(n -> n.startsWith(names.function())))
                .as("a search by function-name prefix, as in the failed attempt")
                .hasSizeLessThan(alarmNames.size());
        ResourceNames other = new ResourceNames("pr-" + names.suffix(), "0");
        assertThat(other.alarms())
                .as("another environment's alarms end with the same '-<suffix>' but are not this one's")
                .allSatisfy(n -> assertThat(n).endsWith("-" + names.suffix()))
                .doesNotContainAnyElementsOf(names.alarms());
    }
}
