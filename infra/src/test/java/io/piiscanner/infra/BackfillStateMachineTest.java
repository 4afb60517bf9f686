package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** Issue 18: the backfill state machine, its Distributed Map, encryption, logging and roles. */
class BackfillStateMachineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Template template = SynthesizedStack.defaults().template();

    @Test
    void theStateMachineIsStandardEncryptedWithTheStacksKeyTracedAndLogsEveryEventButNoExecutionData() {
        Map<String, Object> machine = stateMachine();
        String key = Resources.logicalIdOf(template, "AWS::KMS::Key");
        assertThat(machine)
                .containsEntry("StateMachineName", "pii-scanner-backfill-test")
                .containsEntry("StateMachineType", "STANDARD")
                .containsEntry("TracingConfiguration", Map.of("Enabled", true))
                .containsEntry(
                        "EncryptionConfiguration",
                        Map.of(
                                "KmsKeyId",
                                Map.of("Fn::GetAtt", List.of(key, "Arn")),
                                "KmsDataKeyReusePeriodSeconds",
                                300,
                                "Type",
                                "CUSTOMER_MANAGED_KMS_KEY"));
        Map<?, ?> logging = (Map<?, ?>) machine.get("LoggingConfiguration");
        assertThat(logging.get("Level")).isEqualTo("ALL");
        assertThat(logging.get("IncludeExecutionData")).isEqualTo(false);
        String logGroup = Resources.logicalIdOf(
                template, "AWS::Logs::LogGroup", "/aws/vendedlogs/states/pii-scanner-backfill-test");
        assertThat(logging.get("Destinations").toString()).contains(logGroup);
        assertThat(Resources.properties(Resources.all(template).get(logGroup)))
                .containsEntry("RetentionInDays", 90)
                .containsEntry("KmsKeyId", Map.of("Fn::GetAtt", List.of(key, "Arn")));
    }

    @Test
    void aDistributedMapReadsAPrefixListingOrAnInventoryReportInBatchesWithConfigurableConcurrency() {
        JsonNode states = definition().get("States");
        assertThat(states.get("Source").get("Type").asText()).isEqualTo("Choice");
        assertThat(states.get("Source").get("Choices").get(0).get("Variable").asText())
                .isEqualTo("$.run.inventory");

        JsonNode listing = states.get("ScanPrefix");
        JsonNode inventory = states.get("ScanInventory");
        for (JsonNode map : List.of(listing, inventory)) {
            assertThat(map.get("Type").asText()).isEqualTo("Map");
            assertThat(map.get("ItemProcessor")
                            .get("ProcessorConfig")
                            .get("Mode")
                            .asText())
                    .isEqualTo("DISTRIBUTED");
            assertThat(map.get("ItemProcessor")
                            .get("ProcessorConfig")
                            .get("ExecutionType")
                            .asText())
                    .isEqualTo("STANDARD");
            assertThat(map.get("ItemBatcher").get("MaxItemsPerBatch").asInt()).isEqualTo(100);
            assertThat(map.get("ItemBatcher").get("MaxInputBytesPerBatch").asInt())
                    .isEqualTo(131072);
            assertThat(map.get("ItemBatcher").get("BatchInput").get("rescan.$").asText())
                    .isEqualTo("$.run.rescan");
            assertThat(map.get("MaxConcurrencyPath").asText()).isEqualTo("$.run.maxConcurrency");
            assertThat(map.get("ToleratedFailurePercentagePath").asText())
                    .isEqualTo("$.run.toleratedFailurePercentage");
            assertThat(map.get("ItemSelector").get("key.$").asText()).isEqualTo("$$.Map.Item.Value.Key");
            JsonNode writer = map.get("ResultWriter");
            assertThat(writer.get("Resource").asText()).endsWith(":states:::s3:putObject");
            assertThat(writer.get("Parameters").get("Prefix.$").asText()).isEqualTo("$.resultPrefix");
            assertThat(writer.get("WriterConfig").get("Transformation").asText())
                    .as("outputs only, never inputs")
                    .isEqualTo("COMPACT");
            assertThat(map.get("Next").asText()).isEqualTo("Summarize");
        }
        assertThat(listing.get("ItemReader").get("Resource").asText()).endsWith(":states:::s3:listObjectsV2");
        assertThat(listing.get("ItemReader").get("Parameters").get("Prefix.$").asText())
                .isEqualTo("$.run.prefix");
        assertThat(listing.get("ItemSelector").get("encoded").asBoolean()).isFalse();
        assertThat(inventory.get("ItemReader").get("Resource").asText()).endsWith(":states:::s3:getObject");
        assertThat(inventory
                        .get("ItemReader")
                        .get("ReaderConfig")
                        .get("InputType")
                        .asText())
                .isEqualTo("MANIFEST");
        assertThat(inventory.get("ItemReader").get("Parameters").get("Key.$").asText())
                .isEqualTo("$.run.inventory.key");
        assertThat(inventory.get("ItemSelector").get("encoded").asBoolean()).isTrue();

        assertThat(states.get("ApplyDefaults")
                        .get("Parameters")
                        .get("resultPrefix.$")
                        .asText())
                .isEqualTo("States.Format('scan-results/backfill/{}', $$.Execution.Name)");
        assertThat(states.get("ApplyDefaults")
                        .get("Parameters")
                        .get("defaults")
                        .get("maxConcurrency")
                        .asInt())
                .isEqualTo(BackfillStateMachine.DEFAULT_MAX_CONCURRENCY);
        assertThat(states.get("WithinTolerance").get("Default").asText()).isEqualTo("TooManyFailures");
    }

    @Test
    void eachChildScansItsBatchUntilNothingIsLeftAndCatchesEveryErrorSoThatOnlyOutputsAreWritten() {
        JsonNode child = definition().get("States").get("ScanPrefix").get("ItemProcessor");
        JsonNode states = child.get("States");
        assertThat(child.get("StartAt").asText()).isEqualTo("ScanPrefixBatch");
        JsonNode scan = states.get("ScanPrefixBatch");
        assertThat(scan.get("Resource").asText())
                .as("the batch function's live alias")
                .contains("BatchScannerAlias");
        assertThat(scan.get("Catch").get(0).get("ErrorEquals").get(0).asText()).isEqualTo("States.ALL");
        assertThat(scan.get("Catch").get(0).get("Next").asText()).isEqualTo("ScanPrefixBatchFailed");
        assertThat(scan.get("Retry").toString()).contains("Lambda.TooManyRequestsException");
        JsonNode more = states.get("ScanPrefixMoreInBatch").get("Choices").get(0);
        assertThat(more.get("Variable").asText()).isEqualTo("$.Items[0]");
        assertThat(more.get("Next").asText()).isEqualTo("ScanPrefixBatch");
        JsonNode failed = states.get("ScanPrefixBatchFailed").get("Parameters");
        assertThat(failed.get("unscanned.$").asText()).isEqualTo("States.ArrayLength($.Items)");
        assertThat(failed.has("Items")).isFalse();
    }

    /** Only what the run touches: no wildcard action, no read of the data bucket's objects. */
    @Test
    void theRoleReadsOnlyTheListingInventoryReportsAndItsOwnResultFiles() {
        String role = Resources.ofType(template, "AWS::IAM::Role").entrySet().stream()
                .filter(e -> Resources.properties(e.getValue()).toString().contains("states.amazonaws.com"))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        assertThat(stateMachine().get("RoleArn")).isEqualTo(Map.of("Fn::GetAtt", List.of(role, "Arn")));
        Map<String, Object> properties =
                Resources.properties(Resources.all(template).get(role));
        String policy = properties.get("Policies").toString();
        assertThat(policy)
                .contains("scan-results/backfill/*")
                .contains("inventory/*")
                .contains("kms:EncryptionContext:aws:states:stateMachineArn")
                .doesNotContain("s3:*")
                .doesNotContain("s3:GetObject*");
        String data = Resources.bucketId(template, "financial-data-bucket-test");
        assertThat(policy).doesNotContain(data + ".Arn}/*}").doesNotContain("[{Fn::GetAtt=[" + data + ", Arn]}, /*]");
        assertThat(Resources.ofType(template, "AWS::IAM::Policy").values().toString())
                .doesNotContain(role);
    }

    @Test
    void failedExecutionsRaiseAnAlarmOnTheAlertsTopic() {
        Map<String, Object> alarm =
                Resources.only(template, "AWS::CloudWatch::Alarm", "AlarmName", "pii-scanner-backfill-failed-test");
        assertThat(alarm.get("AlarmActions"))
                .isEqualTo(List.of(Resources.ref(Resources.logicalIdOf(template, "AWS::SNS::Topic"))));
        assertThat(alarm.get("Metrics").toString()).contains("ExecutionsFailed").contains("ExecutionsTimedOut");
    }

    @Test
    void s3InventoryListsTheDataBucketWeeklyIntoItsOwnEncryptedBucketWhichTheKeyLetsS3Use() {
        Map<String, Object> data = Resources.bucket(template, "financial-data-bucket-test");
        String inventory = Resources.bucketId(template, "pii-scanner-inventory-test");
        assertThat(data.get("InventoryConfigurations").toString())
                .contains("Format=CSV")
                .contains("ScheduleFrequency=Weekly")
                .contains(inventory)
                .contains("Id=" + BackfillStateMachine.INVENTORY_ID);
        assertThat(Resources.bucket(template, "pii-scanner-inventory-test")
                        .get("BucketEncryption")
                        .toString())
                .contains("aws:kms");
        String keyPolicy = Resources.properties(Resources.ofType(template, "AWS::KMS::Key")
                        .values()
                        .iterator()
                        .next())
                .get("KeyPolicy")
                .toString();
        assertThat(keyPolicy).contains("AllowS3InventoryOfTheDataBucket").contains("financial-data-bucket-test-");
    }

    private Map<String, Object> stateMachine() {
        return Resources.only(
                template, "AWS::StepFunctions::StateMachine", "StateMachineName", "pii-scanner-backfill-test");
    }

    /** The definition as JSON, each CloudFormation reference in it written as its logical id. */
    private JsonNode definition() {
        Object definition = stateMachine().get("DefinitionString");
        StringBuilder text = new StringBuilder();
        if (definition instanceof String s) {
            text.append(s);
        } else {
            List<?> parts = (List<?>) ((List<?>) ((Map<?, ?>) definition).get("Fn::Join")).get(1);
            for (Object part : parts) {
                text.append(
                        part instanceof String s
                                ? s
                                : JSON.valueToTree(part).findValuesAsText("Ref").stream()
                                        .findFirst()
                                        .orElse(JSON.valueToTree(part)
                                                .toString()
                                                .replaceAll("[^A-Za-z0-9]", "")));
            }
        }
        try {
            return JSON.readTree(text.toString());
        } catch (java.io.IOException e) {
            throw new AssertionError("the definition is not JSON: " + text, e);
        }
    }
}
