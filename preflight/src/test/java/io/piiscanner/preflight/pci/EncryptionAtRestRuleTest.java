package io.piiscanner.preflight.pci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.piiscanner.preflight.Checks;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncryptionAtRestRuleTest {

    private final EncryptionAtRestRule rule = new EncryptionAtRestRule();

    @Test
    void unencryptedStoresAreReportedByHowExposedTheyAre() {
        List<Finding> findings = Checks.run(rule, """
                Resources:
                  Topic: {Type: AWS::SNS::Topic}
                  OffQueue: {Type: AWS::SQS::Queue, Properties: {SqsManagedSseEnabled: false}}
                  DefaultQueue: {Type: AWS::SQS::Queue}
                  Logs: {Type: AWS::Logs::LogGroup}
                  Bucket: {Type: AWS::S3::Bucket}
                  Table:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      KeySchema: [{AttributeName: id, KeyType: HASH}]
                      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
                """);
        assertThat(findings)
                .extracting(Finding::resourceId, Finding::impact)
                .containsExactlyInAnyOrder(
                        tuple("Topic", Impact.HIGH),
                        tuple("OffQueue", Impact.HIGH),
                        tuple("DefaultQueue", Impact.LOW),
                        tuple("Logs", Impact.MEDIUM),
                        tuple("Bucket", Impact.LOW),
                        tuple("Table", Impact.LOW));
    }

    @Test
    void customerManagedKeysPass() {
        assertThat(Checks.run(rule, """
                Resources:
                  Key: {Type: AWS::KMS::Key}
                  Topic: {Type: AWS::SNS::Topic, Properties: {KmsMasterKeyId: !Ref Key}}
                  Queue: {Type: AWS::SQS::Queue, Properties: {KmsMasterKeyId: !Ref Key}}
                  Logs: {Type: AWS::Logs::LogGroup, Properties: {KmsKeyId: !GetAtt Key.Arn}}
                  Bucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketEncryption:
                        ServerSideEncryptionConfiguration:
                          - ServerSideEncryptionByDefault: {SSEAlgorithm: 'aws:kms', KMSMasterKeyID: !GetAtt Key.Arn}
                  Table:
                    Type: AWS::DynamoDB::Table
                    Properties:
                      KeySchema: [{AttributeName: id, KeyType: HASH}]
                      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
                      SSESpecification: {SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: !Ref Key}
                """)).isEmpty();
    }
}
