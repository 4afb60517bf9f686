package io.piiscanner.preflight.pci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.piiscanner.preflight.Checks;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import java.util.List;
import org.junit.jupiter.api.Test;

class VpcEndpointPolicyRuleTest {

    private final VpcEndpointPolicyRule rule = new VpcEndpointPolicyRule();

    private static final String ENDPOINTS = """
              S3:
                Type: AWS::EC2::VPCEndpoint
                Properties: {VpcId: vpc-1, ServiceName: com.amazonaws.eu-west-1.s3}
              Sqs:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: vpc-1
                  VpcEndpointType: Interface
                  ServiceName: com.amazonaws.eu-west-1.sqs
                  PolicyDocument:
                    Statement: [{Effect: Allow, Principal: '*', Action: '*', Resource: '*'}]
              Sns:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: vpc-1
                  VpcEndpointType: Interface
                  ServiceName: com.amazonaws.eu-west-1.sns
                  PolicyDocument:
                    Statement:
                      - {Effect: Allow, Principal: '*', Action: 'sns:Publish', Resource: !Ref Topic}
              DynamoDb:
                Type: AWS::EC2::VPCEndpoint
                Properties:
                  VpcId: vpc-1
                  ServiceName: com.amazonaws.eu-west-1.dynamodb
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Principal: '*'
                        Action: '*'
                        Resource: '*'
                        Condition: {StringEquals: {aws:ResourceAccount: !Ref AWS::AccountId}}
              Firewall:
                Type: AWS::EC2::VPCEndpoint
                Properties: {VpcId: vpc-1, VpcEndpointType: GatewayLoadBalancer, ServiceName: x}
              Topic: {Type: AWS::SNS::Topic}
            """;

    @Test
    void inACardholderDataTemplateEndpointsWithoutAScopedPolicyAreMedium() {
        List<Finding> findings = Checks.run(rule, """
                Resources:
                  Data:
                    Type: AWS::S3::Bucket
                    Properties:
                      Tags: [{Key: DataClassification, Value: PCI-Confidential}]
                """ + ENDPOINTS);
        assertThat(findings)
                .extracting(Finding::resourceId, Finding::impact)
                .containsExactlyInAnyOrder(tuple("S3", Impact.MEDIUM), tuple("Sqs", Impact.MEDIUM));
    }

    @Test
    void theDescriptionCanSayTheTemplateHandlesCardholderData() {
        assertThat(Checks.run(rule, "Description: stores cardholder data\nResources:\n" + ENDPOINTS))
                .hasSize(2);
    }

    @Test
    void otherTemplatesAreNotJudged() {
        assertThat(Checks.run(rule, "Description: a web site\nResources:\n" + ENDPOINTS))
                .isEmpty();
    }
}
