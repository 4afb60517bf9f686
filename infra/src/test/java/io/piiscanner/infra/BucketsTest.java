package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Requirement 4: the data bucket, the flow-logs bucket and the access log bucket. */
class BucketsTest {

    private static final Map<String, Object> BLOCK_ALL = Map.of(
            "BlockPublicAcls", true,
            "BlockPublicPolicy", true,
            "IgnorePublicAcls", true,
            "RestrictPublicBuckets", true);

    private final Template template = SynthesizedStack.defaults().template();

    @Test
    void dataBucketIsKmsEncryptedWithABucketKeyVersionedAndPrivate() {
        String key = Resources.logicalIdOf(template, "AWS::KMS::Key");
        Map<String, Object> data = bucket("financial-data-bucket-test");
        assertThat(data.get("BucketEncryption"))
                .isEqualTo(Map.of(
                        "ServerSideEncryptionConfiguration",
                        List.of(Map.of(
                                "BucketKeyEnabled",
                                true,
                                "ServerSideEncryptionByDefault",
                                Map.of(
                                        "KMSMasterKeyID",
                                        Map.of("Fn::GetAtt", List.of(key, "Arn")),
                                        "SSEAlgorithm",
                                        "aws:kms")))));
        assertThat(data.get("VersioningConfiguration")).isEqualTo(Map.of("Status", "Enabled"));
        assertThat(data.get("PublicAccessBlockConfiguration")).isEqualTo(BLOCK_ALL);
    }

    @Test
    void noncurrentDataVersionsMoveToGlacierAfterThirtyDays() {
        template.hasResourceProperties(
                "AWS::S3::Bucket",
                Match.objectLike(Map.of(
                        "BucketName", Resources.bucketName("financial-data-bucket-test"),
                        "LifecycleConfiguration",
                                Map.of(
                                        "Rules",
                                        Match.arrayWith(List.of(Match.objectLike(Map.of(
                                                "Status",
                                                "Enabled",
                                                "NoncurrentVersionTransitions",
                                                List.of(Map.of(
                                                        "StorageClass", "GLACIER", "TransitionInDays", 30))))))))));
    }

    @Test
    void dataAndFlowLogBucketsLogAccessToTheLogBucket() {
        String logBucket = logicalId("financial-data-access-logs-test");
        for (String name : List.of("financial-data-bucket-test", "flow-logs-bucket-test")) {
            assertThat(bucket(name).get("LoggingConfiguration"))
                    .isEqualTo(Map.of(
                            "DestinationBucketName", Resources.ref(logBucket),
                            "LogFilePrefix",
                                    Map.of(
                                            "Fn::Join",
                                            List.of("", List.of(name + "-", Resources.stackIdPart(), "/")))));
        }
    }

    @Test
    void flowLogsBucketIsKmsEncryptedPrivateAndNotVersioned() {
        Map<String, Object> flowLogs = bucket("flow-logs-bucket-test");
        assertThat(flowLogs.get("BucketEncryption").toString())
                .contains("aws:kms")
                .contains("BucketKeyEnabled=true");
        assertThat(flowLogs).doesNotContainKey("VersioningConfiguration");
        assertThat(flowLogs.get("PublicAccessBlockConfiguration")).isEqualTo(BLOCK_ALL);
    }

    @Test
    void accessLogBucketUsesSseS3BecauseLogDeliveryCannotUseKms() {
        Map<String, Object> logs = bucket("financial-data-access-logs-test");
        assertThat(logs.get("BucketEncryption").toString()).contains("SSEAlgorithm=AES256");
        assertThat(logs.get("PublicAccessBlockConfiguration")).isEqualTo(BLOCK_ALL);
    }

    @Test
    void everyBucketRefusesPlainHttpAndOldTls() {
        for (String name : List.of(
                "financial-data-bucket-test",
                "flow-logs-bucket-test",
                "financial-data-access-logs-test",
                "pii-scanner-trail-test")) {
            String id = logicalId(name);
            String policy = Resources.ofType(template, "AWS::S3::BucketPolicy").values().stream()
                    .map(Resources::properties)
                    .filter(p -> Resources.ref(id).equals(p.get("Bucket")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no bucket policy for " + name))
                    .toString();
            assertThat(policy)
                    .as("policy of %s", name)
                    .contains("Effect=Deny")
                    .contains("aws:SecureTransport=false")
                    .contains("s3:TlsVersion=1.2");
        }
    }

    private Map<String, Object> bucket(String name) {
        return Resources.bucket(template, name);
    }

    private String logicalId(String name) {
        return Resources.bucketId(template, name);
    }
}
