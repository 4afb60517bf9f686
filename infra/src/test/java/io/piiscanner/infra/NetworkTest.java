package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Requirement 2: isolated subnets, VPC endpoints and flow logs. */
class NetworkTest {

    private final Template template = SynthesizedStack.defaults().template();

    @Test
    void isolatedSubnetsInTwoZonesAndNoRouteToTheInternet() {
        template.resourceCountIs("AWS::EC2::Subnet", 2);
        template.allResourcesProperties("AWS::EC2::Subnet", Match.objectLike(Map.of("MapPublicIpOnLaunch", false)));
        assertThat(Resources.ofType(template, "AWS::EC2::Subnet").values().stream()
                        .map(s ->
                                Resources.properties(s).get("AvailabilityZone").toString())
                        .collect(Collectors.toSet()))
                .as("one subnet per availability zone")
                .hasSize(2);
        for (String type : List.of(
                "AWS::EC2::InternetGateway",
                "AWS::EC2::NatGateway",
                "AWS::EC2::EIP",
                "AWS::EC2::EgressOnlyInternetGateway")) {
            template.resourceCountIs(type, 0);
        }
        template.resourceCountIs("AWS::EC2::Route", 0);
    }

    @Test
    void gatewayEndpointsForS3AndDynamoDb() {
        assertThat(endpointServices("Gateway")).containsExactlyInAnyOrder("s3", "dynamodb");
    }

    @Test
    void interfaceEndpointsOnlyForTheServicesTheFunctionCodeCalls() {
        assertThat(endpointServices("Interface")).containsExactlyInAnyOrder("sqs", "sns");
        template.allResourcesProperties("AWS::EC2::VPCEndpoint", Match.objectLike(Map.of("VpcId", Match.anyValue())));
        Resources.ofType(template, "AWS::EC2::VPCEndpoint").values().stream()
                .map(Resources::properties)
                .filter(p -> "Interface".equals(p.get("VpcEndpointType")))
                .forEach(p -> assertThat(p.get("PrivateDnsEnabled")).isEqualTo(true));
    }

    /**
     * Without a policy an endpoint reaches every bucket, table, topic and queue of every account;
     * each is scoped to the stack's own resources, with the actions the functions' roles hold.
     */
    @Test
    void everyEndpointAdmitsOnlyTheStacksOwnResources() {
        String data = Resources.bucketId(template, "financial-data-bucket-test");
        String table = Resources.logicalIdOf(template, "AWS::DynamoDB::Table");
        String topic = Resources.logicalIdOf(template, "AWS::SNS::Topic");
        String queue = Resources.ofType(template, "AWS::SQS::Queue").entrySet().stream()
                .filter(e -> "pii-scanner-scan-queue-test"
                        .equals(Resources.properties(e.getValue()).get("QueueName")))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        Map<String, List<Object>> expected = Map.of(
                "s3",
                        List.of(
                                Map.of("Fn::GetAtt", List.of(data, "Arn")),
                                Map.of(
                                        "Fn::Join",
                                        List.of("", List.of(Map.of("Fn::GetAtt", List.of(data, "Arn")), "/*")))),
                "dynamodb",
                        List.of(
                                Map.of("Fn::GetAtt", List.of(table, "Arn")),
                                Map.of(
                                        "Fn::Join",
                                        List.of("", List.of(Map.of("Fn::GetAtt", List.of(table, "Arn")), "/index/*")))),
                "sns", List.of(Resources.ref(topic)),
                "sqs", List.of(Map.of("Fn::GetAtt", List.of(queue, "Arn"))));
        Map<String, Map<String, Object>> endpoints = Resources.ofType(template, "AWS::EC2::VPCEndpoint");
        assertThat(endpoints).hasSize(expected.size());
        endpoints.values().stream().map(Resources::properties).forEach(endpoint -> {
            String service = serviceSuffix(endpoint.get("ServiceName"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> statements =
                    (List<Map<String, Object>>) ((Map<String, Object>) endpoint.get("PolicyDocument")).get("Statement");
            assertThat(statements).as(service).singleElement().satisfies(statement -> {
                assertThat(statement).containsEntry("Effect", "Allow").containsEntry("Principal", Map.of("AWS", "*"));
                assertThat(Resources.asList(statement.get("Resource")))
                        .containsExactlyInAnyOrderElementsOf(expected.get(service));
                assertThat(Resources.asList(statement.get("Action")))
                        .isNotEmpty()
                        .noneMatch(a -> a.toString().contains("*"));
            });
        });
    }

    @Test
    void flowLogsOfAllTrafficGoToTheBucketAndToAnEncryptedLogGroup() {
        String bucket = Resources.bucketId(template, "flow-logs-bucket-test");
        template.hasResourceProperties(
                "AWS::EC2::FlowLog",
                Match.objectLike(Map.of(
                        "LogDestinationType", "s3",
                        "TrafficType", "ALL",
                        "LogDestination",
                                Match.objectLike(Map.of(
                                        "Fn::Join",
                                        Match.arrayWith(List.of(Match.arrayWith(
                                                List.of(Map.of("Fn::GetAtt", List.of(bucket, "Arn")))))))))));
        template.hasResourceProperties(
                "AWS::EC2::FlowLog",
                Match.objectLike(Map.of("LogDestinationType", "cloud-watch-logs", "TrafficType", "ALL")));
        template.hasResourceProperties(
                "AWS::Logs::LogGroup",
                Map.of(
                        "LogGroupName",
                        "/aws/vpc/flow-logs/pii-scanner-test",
                        "RetentionInDays",
                        90,
                        "KmsKeyId",
                        Match.anyValue()));
    }

    @Test
    void defaultSecurityGroupIsStrippedOfItsRules() {
        template.resourceCountIs("Custom::VpcRestrictDefaultSG", 1);
    }

    private Set<String> endpointServices(String endpointType) {
        return Resources.ofType(template, "AWS::EC2::VPCEndpoint").values().stream()
                .map(Resources::properties)
                .filter(p -> endpointType.equals(p.get("VpcEndpointType")))
                .map(p -> serviceSuffix(p.get("ServiceName")))
                .collect(Collectors.toSet());
    }

    /** {@code com.amazonaws.<region>.kms} is rendered as a join; its last literal names the service. */
    @SuppressWarnings("unchecked")
    private static String serviceSuffix(Object serviceName) {
        String text = serviceName instanceof Map<?, ?> join
                ? ((List<Object>) ((List<Object>) join.get("Fn::Join")).get(1))
                        .get(2)
                        .toString()
                : serviceName.toString();
        return text.substring(text.lastIndexOf('.') + 1);
    }
}
