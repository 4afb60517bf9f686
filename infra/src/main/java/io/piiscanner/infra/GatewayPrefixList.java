package io.piiscanner.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.customresources.AwsCustomResource;
import software.amazon.awscdk.customresources.AwsCustomResourcePolicy;
import software.amazon.awscdk.customresources.AwsSdkCall;
import software.amazon.awscdk.customresources.PhysicalResourceId;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.constructs.Construct;

/**
 * Looks up, at deploy time, the id of the AWS-managed prefix list of a gateway endpoint service
 * ({@code com.amazonaws.<region>.s3} or {@code .dynamodb}). The ids differ per region and
 * CloudFormation exposes them nowhere, yet a security group that allows no other egress needs
 * them to reach S3 and DynamoDB through the gateway endpoints.
 */
final class GatewayPrefixList extends Construct {

    /** A service with a gateway endpoint. */
    enum Service {
        S3("s3", "S3"),
        DYNAMODB("dynamodb", "DynamoDB");

        private final String endpointName;
        private final String label;

        Service(String endpointName, String label) {
            this.endpointName = endpointName;
            this.label = label;
        }

        /** Returns the service's display name. */
        String label() {
            return label;
        }
    }

    private static final String ID_FIELD = "PrefixLists.0.PrefixListId";

    private final AwsCustomResource lookup;

    /**
     * Creates the lookup.
     *
     * @param scope the network construct
     * @param service the gateway endpoint service
     * @param logGroup the encrypted log group of CDK's lookup function
     */
    GatewayPrefixList(Construct scope, Service service, ILogGroup logGroup) {
        super(scope, service.label + "PrefixList");
        AwsSdkCall describe = AwsSdkCall.builder()
                .service("EC2")
                .action("describePrefixLists")
                .parameters(Map.of(
                        "Filters",
                        List.of(Ordered.of(Map.of(
                                "Name",
                                "prefix-list-name",
                                "Values",
                                List.of(Fn.sub("com.amazonaws.${AWS::Region}." + service.endpointName)))))))
                .outputPaths(List.of(ID_FIELD))
                .physicalResourceId(PhysicalResourceId.fromResponse(ID_FIELD))
                .build();
        lookup = AwsCustomResource.Builder.create(this, "Lookup")
                .onCreate(describe)
                .onUpdate(describe)
                // DescribePrefixLists has no resource-level permissions: AWS requires "*".
                .policy(AwsCustomResourcePolicy.fromStatements(List.of(PolicyStatement.Builder.create()
                        .actions(List.of("ec2:DescribePrefixLists"))
                        .resources(List.of("*"))
                        .build())))
                .installLatestAwsSdk(false)
                .logGroup(logGroup)
                .build();
    }

    /** Returns the prefix list id, a token resolved at deploy time. */
    String id() {
        return lookup.getResponseField(ID_FIELD);
    }
}
