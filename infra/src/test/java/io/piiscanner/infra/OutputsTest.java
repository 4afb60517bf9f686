package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** Requirement 10: outputs for everything a user, a script or a test needs. */
class OutputsTest {

    private final Template template = SynthesizedStack.defaults().template();

    @Test
    void everyResourceAUserOrTestNeedsIsAnOutputWithAStableName() {
        @SuppressWarnings("unchecked")
        Map<String, Object> outputs = (Map<String, Object>) template.toJSON().get("Outputs");
        assertThat(outputs.keySet())
                .containsExactlyInAnyOrder(
                        "EnvironmentSuffix",
                        "Region",
                        "ApiUrl",
                        "ApiId",
                        "ApiKeyId",
                        "DataBucketName",
                        "UploadPrefix",
                        "ResultsPrefix",
                        "FlowLogsBucketName",
                        "AccessLogsBucketName",
                        "KmsKeyId",
                        "KmsKeyArn",
                        "ObjectScannerFunctionName",
                        "QueueScannerFunctionName",
                        "ApiHandlerFunctionName",
                        "FindingsTableName",
                        "FindingsTypeIndexName",
                        "ScanQueueUrl",
                        "DeadLetterQueueUrl",
                        "AlertsTopicArn",
                        "VpcId",
                        "BackfillStateMachineArn",
                        "InventoryBucketName",
                        "DashboardName",
                        "DashboardUrl");
        assertThat(value(outputs, "EnvironmentSuffix")).isEqualTo("test");
        assertThat(value(outputs, "UploadPrefix")).isEqualTo("incoming/");
        assertThat(value(outputs, "ApiKeyId"))
                .isEqualTo(Resources.ref(Resources.logicalIdOf(template, "AWS::ApiGateway::ApiKey")));
        assertThat(value(outputs, "Region")).isEqualTo(Map.of("Ref", "AWS::Region"));
    }

    private static Object value(Map<String, Object> outputs, String name) {
        return ((Map<?, ?>) outputs.get(name)).get("Value");
    }
}
