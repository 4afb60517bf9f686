package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/**
 * Issue 16, item 10: the audit trail (PCI DSS 10.2) and the counts the anomaly alarms watch. The
 * key's statements for CloudTrail are in {@link EncryptionKeyTest}.
 */
class AuditTrailTest {

    private final Template template = SynthesizedStack.defaults().template();

    @Test
    void theTrailRecordsManagementEventsAndTheDataBucketsObjectCallsValidatedAndEncrypted() {
        String key = Resources.logicalIdOf(template, "AWS::KMS::Key");
        String data = Resources.bucketId(template, "financial-data-bucket-test");
        String trailBucket = Resources.bucketId(template, "pii-scanner-trail-test");
        String logGroup = Resources.logicalIdOf(template, "AWS::Logs::LogGroup", "/aws/cloudtrail/pii-scanner-test");
        Map<String, Object> trail =
                Resources.only(template, "AWS::CloudTrail::Trail", "TrailName", "pii-scanner-trail-test");
        assertThat(trail)
                .containsEntry("IsLogging", true)
                .containsEntry("EnableLogFileValidation", true)
                .containsEntry("IsMultiRegionTrail", false)
                .containsEntry("IncludeGlobalServiceEvents", true)
                .containsEntry("KMSKeyId", Map.of("Fn::GetAtt", List.of(key, "Arn")))
                .containsEntry("S3BucketName", Resources.ref(trailBucket))
                .containsEntry("CloudWatchLogsLogGroupArn", Map.of("Fn::GetAtt", List.of(logGroup, "Arn")))
                .containsEntry(
                        "EventSelectors",
                        List.of(Map.of(
                                "DataResources",
                                List.of(Map.of(
                                        "Type",
                                        "AWS::S3::Object",
                                        "Values",
                                        List.of(Map.of(
                                                "Fn::Join",
                                                List.of(
                                                        "",
                                                        List.of(Map.of("Fn::GetAtt", List.of(data, "Arn")), "/")))))),
                                "IncludeManagementEvents",
                                true,
                                "ReadWriteType",
                                "All")));
        assertThat(Resources.properties(Resources.all(template).get(logGroup)))
                .containsEntry("KmsKeyId", Map.of("Fn::GetAtt", List.of(key, "Arn")));
    }

    @Test
    void theTrailsBucketIsEncryptedVersionedPrivateAndKeepsLogsAYear() {
        Map<String, Object> bucket = Resources.bucket(template, "pii-scanner-trail-test");
        assertThat(bucket.get("BucketEncryption").toString())
                .contains("aws:kms")
                .contains("BucketKeyEnabled=true");
        assertThat(bucket).containsEntry("VersioningConfiguration", Map.of("Status", "Enabled"));
        assertThat(bucket.get("LifecycleConfiguration").toString()).contains("ExpirationInDays=365");
        assertThat(bucket.get("PublicAccessBlockConfiguration").toString()).doesNotContain("false");
        String policy = Resources.ofType(template, "AWS::S3::BucketPolicy").values().stream()
                .map(Resources::properties)
                .filter(p -> Resources.ref(Resources.bucketId(template, "pii-scanner-trail-test"))
                        .equals(p.get("Bucket")))
                .findFirst()
                .orElseThrow()
                .toString();
        assertThat(policy)
                .contains("cloudtrail.amazonaws.com")
                .contains("s3:GetBucketAcl")
                .contains("s3:PutObject");
    }

    @Test
    void metricFiltersCountReadsOfTheDataBucketDecryptsOfTheKeyAndRefusedCalls() {
        String key = Resources.logicalIdOf(template, "AWS::KMS::Key");
        String data = Resources.bucketId(template, "financial-data-bucket-test");
        Map<String, String> patterns = Map.of(
                "DataBucketGetObject", "GetObject",
                "KeyDecrypt", "Decrypt",
                "AccessDenied", "AccessDenied*");
        patterns.forEach((metric, event) -> {
            Map<String, Object> filter = Resources.ofType(template, "AWS::Logs::MetricFilter").values().stream()
                    .map(Resources::properties)
                    .filter(p -> p.get("MetricTransformations").toString().contains("MetricName=" + metric + ","))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no metric filter for " + metric));
            assertThat(filter.get("MetricTransformations").toString())
                    .contains("MetricNamespace=" + AuditTrail.NAMESPACE)
                    .contains("DefaultValue=0");
            assertThat(filter.get("FilterPattern").toString()).contains("\"" + event + "\"");
        });
        assertThat(filterOf("DataBucketGetObject"))
                .contains("$.requestParameters.bucketName")
                .contains(data);
        assertThat(filterOf("KeyDecrypt")).contains("$.resources[0].ARN").contains(key);
        assertThat(filterOf("AccessDenied")).contains("*UnauthorizedOperation").contains("||");
    }

    private String filterOf(String metric) {
        return Resources.ofType(template, "AWS::Logs::MetricFilter").values().stream()
                .map(Resources::properties)
                .filter(p -> p.get("MetricTransformations").toString().contains("MetricName=" + metric + ","))
                .findFirst()
                .orElseThrow()
                .get("FilterPattern")
                .toString();
    }
}
