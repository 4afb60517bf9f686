package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.assertions.Template;

/**
 * Issue 16, item 8: every function in the stack, CDK's deploy-time helpers included (bucket
 * notifications, auto-delete, default security group restriction, prefix list lookups), logs
 * to a log group of the stack: encrypted with the key, expiring, and removed or kept with the
 * stack's data.
 */
class HelperFunctionLogsTest {

    @ParameterizedTest
    @ValueSource(strings = {"test", "prod"})
    void everyFunctionLogsToAnEncryptedExpiringLogGroupOfTheStack(String environment) {
        Template template = environment.equals("prod")
                ? SynthesizedStack.production().template()
                : SynthesizedStack.defaults().template();
        String key = Resources.logicalIdOf(template, "AWS::KMS::Key");
        String deletion = environment.equals("prod") ? "Retain" : "Delete";
        Map<String, Map<String, Object>> functions = Resources.ofType(template, "AWS::Lambda::Function");
        assertThat(functions.keySet())
                .anyMatch(id -> id.startsWith(CdkProvidedResources.BUCKET_NOTIFICATIONS))
                .anyMatch(id -> id.startsWith("CustomVpcRestrictDefaultSG"));
        functions.forEach((id, function) -> {
            Object logging = Resources.properties(function).get("LoggingConfig");
            assertThat(logging).as("LoggingConfig of %s", id).isInstanceOf(Map.class);
            String logGroupId = ((Map<?, ?>) ((Map<?, ?>) logging).get("LogGroup"))
                    .get("Ref")
                    .toString();
            Map<String, Object> logGroup = Resources.all(template).get(logGroupId);
            assertThat(logGroup).as("log group of %s", id).containsEntry("DeletionPolicy", deletion);
            assertThat(Resources.properties(logGroup))
                    .as("log group of %s", id)
                    .containsEntry("KmsKeyId", Map.of("Fn::GetAtt", List.of(key, "Arn")))
                    .containsEntry("RetentionInDays", 90);
        });
    }
}
