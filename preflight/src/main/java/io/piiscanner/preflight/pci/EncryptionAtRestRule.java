package io.piiscanner.preflight.pci;

import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.template.CfnMap;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * Data stores without encryption at rest under a key the account controls (PCI DSS 3.5.1, 3.6):
 * SNS topics, which are not encrypted at all by default, and SQS queues with SSE turned off are
 * High; log groups, buckets, queues and tables that fall back to a key AWS owns are Medium or Low.
 */
public final class EncryptionAtRestRule implements Rule {

    private static final String PCI = " PCI DSS 3.5.1 requires stored account data to be unreadable; 3.6 "
            + "expects the keys to be managed, which a customer managed KMS key (with its key policy and "
            + "CloudTrail record of every use) shows an assessor.";

    @Override
    public String id() {
        return "encryption-at-rest";
    }

    @Override
    public String title() {
        return "Log groups, buckets, queues, topics and tables are encrypted with a KMS key";
    }

    @Override
    public String description() {
        return "SNS topics are unencrypted unless given a KMS key; SQS queues can have SSE turned off; log groups, "
                + "buckets and DynamoDB tables otherwise use keys AWS owns, with no key policy or audit trail of "
                + "their own (PCI DSS 3.5.1, 3.6).";
    }

    @Override
    public List<Finding> check(Template template) {
        List<Finding> out = new ArrayList<>();
        for (Resource r : template.resources()) {
            if (r.type() == null) {
                continue;
            }
            switch (r.type()) {
                case "AWS::SNS::Topic" -> {
                    if (r.property("KmsMasterKeyId") == null) {
                        out.add(Finding.of(this, Impact.HIGH, r)
                                .key("Properties.KmsMasterKeyId")
                                .problem("SNS topic `" + r.logicalId() + "` has no KmsMasterKeyId: its messages are "
                                        + "stored unencrypted.")
                                .consequence("Messages at rest are readable in the service's storage; an assessor "
                                        + "marks the topic non-compliant." + PCI)
                                .fix("KmsMasterKeyId: !Ref TopicKey   # or alias/aws/sns")
                                .doc("https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html")
                                .build());
                    }
                }
                case "AWS::SQS::Queue" -> queue(r, out);
                case "AWS::Logs::LogGroup" -> {
                    if (r.property("KmsKeyId") == null) {
                        out.add(Finding.of(this, Impact.MEDIUM, r)
                                .key("Properties.KmsKeyId")
                                .problem("Log group `" + r.logicalId() + "` has no KmsKeyId: CloudWatch Logs "
                                        + "encrypts it with a key the service owns.")
                                .consequence("Logs can hold what an application printed (card numbers, tokens); "
                                        + "without a customer managed key nobody can restrict or audit decryption."
                                        + PCI)
                                .fix("KmsKeyId: !GetAtt LogsKey.Arn   # the key policy must allow "
                                        + "logs.<region>.amazonaws.com")
                                .doc(
                                        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html")
                                .build());
                    }
                }
                case "AWS::S3::Bucket" -> {
                    if (r.property("BucketEncryption") == null) {
                        out.add(Finding.of(this, Impact.LOW, r)
                                .key("Properties.BucketEncryption")
                                .problem("Bucket `" + r.logicalId() + "` declares no BucketEncryption and relies on "
                                        + "S3's default SSE-S3.")
                                .consequence("Objects are encrypted with keys S3 owns; declaring SSE-KMS gives a key "
                                        + "policy and an audit trail." + PCI)
                                .fix("""
                                        BucketEncryption:
                                          ServerSideEncryptionConfiguration:
                                            - ServerSideEncryptionByDefault:
                                                SSEAlgorithm: aws:kms
                                                KMSMasterKeyID: !GetAtt DataKey.Arn
                                              BucketKeyEnabled: true""")
                                .doc("https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html")
                                .build());
                    }
                }
                case "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable" -> {
                    CfnMap sse = r.properties().map("SSESpecification");
                    if (sse == null || !Values.isTrue(sse.get("SSEEnabled"))) {
                        out.add(Finding.of(this, Impact.LOW, r)
                                .at(r.propertyLocation("SSESpecification"))
                                .key("Properties.SSESpecification")
                                .problem("Table `" + r.logicalId() + "` is encrypted with a key DynamoDB owns "
                                        + "(SSESpecification.SSEEnabled is not true).")
                                .consequence("The data is encrypted, but the key has no policy or audit trail "
                                        + "in the account." + PCI)
                                .fix("""
                                        SSESpecification:
                                          SSEEnabled: true
                                          SSEType: KMS
                                          KMSMasterKeyId: !GetAtt DataKey.Arn""")
                                .doc(
                                        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html")
                                .build());
                    }
                }
                default -> {
                    // Other types are not data stores this rule covers.
                }
            }
        }
        return out;
    }

    private void queue(Resource r, List<Finding> out) {
        if (r.property("KmsMasterKeyId") != null) {
            return;
        }
        boolean off = Values.isFalse(r.property("SqsManagedSseEnabled"));
        out.add(Finding.of(this, off ? Impact.HIGH : Impact.LOW, r)
                .at(r.propertyLocation(off ? "SqsManagedSseEnabled" : "KmsMasterKeyId"))
                .key(off ? "Properties.SqsManagedSseEnabled" : "Properties.KmsMasterKeyId")
                .problem(
                        off
                                ? "Queue `" + r.logicalId() + "` turns server-side encryption off "
                                        + "(SqsManagedSseEnabled: false) and has no KmsMasterKeyId: messages are stored unencrypted."
                                : "Queue `" + r.logicalId() + "` uses SQS-managed encryption (keys SQS owns).")
                .consequence((off
                                ? "Messages at rest are readable in the service's storage. "
                                : "The data is encrypted, but the key has no policy or audit trail in the account.")
                        + PCI)
                .fix("KmsMasterKeyId: !Ref QueueKey")
                .doc(
                        "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html")
                .build());
    }
}
