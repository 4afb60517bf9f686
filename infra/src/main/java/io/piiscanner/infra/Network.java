package io.piiscanner.infra;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.ec2.CfnSecurityGroup;
import software.amazon.awscdk.services.ec2.FlowLog;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpoint;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IInterfaceVpcEndpointService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpoint;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.iam.AnyPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The isolated network the scanner runs in: private subnets in two availability zones with no
 * route to the internet, VPC endpoints for every AWS service the function code calls, each with
 * a policy that admits only the stack's own resources, security groups that allow only HTTPS
 * from the function to those endpoints, and flow logs of all traffic.
 *
 * <p>Interface endpoints cost about $7.30 a month per availability zone each, so there is one
 * only where the code calls a service itself. Lambda ships logs, EMF metrics and X-Ray segments
 * from outside the VPC, decrypts the environment itself, and S3, DynamoDB, SQS and SNS call KMS
 * on the caller's behalf: the function never reaches CloudWatch Logs, CloudWatch, X-Ray or KMS
 * from inside the VPC, and those endpoints would sit unused.
 */
public final class Network extends Construct {

    /**
     * The interface endpoints, each with the reason it exists: the call of the function code that
     * goes through it.
     */
    public static final Map<String, InterfaceVpcEndpointAwsService> INTERFACE_ENDPOINTS = Ordered.of(Map.of(
            // AlertPublisher: sns:Publish of high-risk alerts to the alerts topic.
            "Sns", InterfaceVpcEndpointAwsService.SNS,
            // The API function's ScanQueue: sqs:SendMessage of objects too large to scan while
            // the caller waits.
            "Sqs", InterfaceVpcEndpointAwsService.SQS));

    private static final int HTTPS = 443;

    /** CDK's rule that matches no packet: no host has 255.255.255.255, and ICMP type 252 does not exist. */
    private static final Map<String, Object> NO_TRAFFIC = Ordered.of(Map.of(
            "CidrIp", "255.255.255.255/32",
            "Description", "Disallow all traffic",
            "IpProtocol", "icmp",
            "FromPort", 252,
            "ToPort", 86));

    private final Vpc vpc;
    private final SecurityGroup functionSecurityGroup;
    private final GatewayVpcEndpoint s3;
    private final GatewayVpcEndpoint dynamoDb;
    private final Map<String, InterfaceVpcEndpoint> interfaceEndpoints = new TreeMap<>();

    /**
     * Creates the network.
     *
     * @param scope the stack
     * @param id construct id
     * @param base the names, key and removal behaviour of the stack
     * @param flowLogsBucket the bucket that receives flow logs
     */
    public Network(Construct scope, String id, Foundation base, IBucket flowLogsBucket) {
        super(scope, id);
        ResourceNames names = base.names();
        IKey key = base.key();
        Removal removal = base.removal();
        vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(IpAddresses.cidr("10.40.0.0/16"))
                .maxAzs(2)
                .natGateways(0)
                .createInternetGateway(false)
                .subnetConfiguration(List.of(SubnetConfiguration.builder()
                        .name("private")
                        .subnetType(SubnetType.PRIVATE_ISOLATED)
                        .cidrMask(24)
                        .build()))
                // Strips the default security group's rules (PCI DSS 1.2.1, 2.1).
                .restrictDefaultSecurityGroup(true)
                .build();
        s3 = vpc.addGatewayEndpoint(
                "S3",
                GatewayVpcEndpointOptions.builder()
                        .service(GatewayVpcEndpointAwsService.S3)
                        .build());
        dynamoDb = vpc.addGatewayEndpoint(
                "DynamoDb",
                GatewayVpcEndpointOptions.builder()
                        .service(GatewayVpcEndpointAwsService.DYNAMODB)
                        .build());

        SecurityGroup endpoints = SecurityGroup.Builder.create(this, "EndpointSecurityGroup")
                .vpc(vpc)
                .description("Interface endpoints: HTTPS from the scanner function only")
                .allowAllOutbound(false)
                .build();
        functionSecurityGroup = SecurityGroup.Builder.create(this, "FunctionSecurityGroup")
                .vpc(vpc)
                .description("Scanner function: HTTPS to the VPC endpoints only")
                .allowAllOutbound(false)
                .build();
        endpoints.addIngressRule(functionSecurityGroup, Port.tcp(HTTPS), "HTTPS from the scanner function");
        functionSecurityGroup.addEgressRule(endpoints, Port.tcp(HTTPS), "HTTPS to the interface endpoints");
        LogGroup lookupLogs = EncryptedLogGroups.create(
                this, "PrefixListLookupLogGroup", names.prefixListLookupLogGroup(), key, removal.policy());
        // Gateway endpoints are routes, not interfaces: the function reaches S3 and DynamoDB at their
        // public addresses, so its egress names the two AWS-managed prefix lists.
        for (var service : List.of(GatewayPrefixList.Service.S3, GatewayPrefixList.Service.DYNAMODB)) {
            GatewayPrefixList prefixList = new GatewayPrefixList(this, service, lookupLogs);
            functionSecurityGroup.addEgressRule(
                    Peer.prefixList(prefixList.id()),
                    Port.tcp(HTTPS),
                    "HTTPS to " + service.label() + " via its gateway endpoint");
        }

        // CDK drops its "no traffic" placeholder once any egress rule is added, but these rules are
        // separate resources; the placeholder keeps the group from ever having EC2's default
        // allow-all egress, whatever order CloudFormation creates them in.
        CfnSecurityGroup functionGroup =
                (CfnSecurityGroup) functionSecurityGroup.getNode().getDefaultChild();
        functionGroup.addPropertyOverride("SecurityGroupEgress", List.of(NO_TRAFFIC));
        Nag.suppress(
                functionGroup,
                "Preflight-open-security-group",
                "The inline egress is the no-traffic placeholder, set by a property override that rule packs"
                        + " cannot see while aspects run; the real egress rules are separate 443-only resources."
                        + " The synthesized template, override included, passes pii-scanner check.");

        INTERFACE_ENDPOINTS.forEach((name, service) -> addInterfaceEndpoint(name, service, endpoints));

        LogGroup flowLogGroup =
                EncryptedLogGroups.create(this, "FlowLogGroup", names.flowLogGroup(), key, removal.policy());
        FlowLog toCloudWatch = vpc.addFlowLog(
                "FlowLogToCloudWatch",
                FlowLogOptions.builder()
                        .destination(FlowLogDestination.toCloudWatchLogs(flowLogGroup))
                        .trafficType(FlowLogTrafficType.ALL)
                        .build());
        Nag.suppress(
                toCloudWatch,
                "PCI.DSS.321-IAMNoInlinePolicy",
                "CDK's flow log delivery role: its one policy allows writing to this flow log group only.");
        vpc.addFlowLog(
                "FlowLogToS3",
                FlowLogOptions.builder()
                        .destination(FlowLogDestination.toS3(flowLogsBucket, "vpc-flow-logs/"))
                        .trafficType(FlowLogTrafficType.ALL)
                        .build());
    }

    private void addInterfaceEndpoint(String id, IInterfaceVpcEndpointService service, SecurityGroup endpoints) {
        InterfaceVpcEndpoint endpoint = vpc.addInterfaceEndpoint(
                id,
                InterfaceVpcEndpointOptions.builder()
                        .service(service)
                        .privateDnsEnabled(true)
                        // Not "open": CDK would otherwise admit the whole VPC CIDR on 443.
                        .open(false)
                        .securityGroups(List.of(endpoints))
                        .subnets(SubnetSelection.builder()
                                .subnetType(SubnetType.PRIVATE_ISOLATED)
                                .build())
                        .build());
        interfaceEndpoints.put(id, endpoint);
    }

    /**
     * Scopes every endpoint's policy to the stack's own resources, so that nothing in the VPC can
     * use an endpoint to reach another bucket, table, topic or queue, of this account or any
     * other (without a policy, AWS lets an endpoint reach every resource of the service). The
     * actions are those the functions' roles hold; the roles still decide who may do what.
     *
     * @param data the data bucket
     * @param findings the findings table
     * @param alerts the alerts topic
     * @param scanQueue the scan queue
     */
    public void admitOnly(IBucket data, ITable findings, ITopic alerts, IQueue scanQueue) {
        s3.addToPolicy(endpointStatement(
                ScannerPermissions.S3_ACTIONS, List.of(data.getBucketArn(), data.arnForObjects("*"))));
        dynamoDb.addToPolicy(endpointStatement(
                ScannerPermissions.DYNAMODB_ACTIONS,
                List.of(findings.getTableArn(), findings.getTableArn() + "/index/*")));
        interfaceEndpoints
                .get("Sns")
                .addToPolicy(endpointStatement(List.of("sns:Publish"), List.of(alerts.getTopicArn())));
        interfaceEndpoints
                .get("Sqs")
                .addToPolicy(endpointStatement(List.of("sqs:SendMessage"), List.of(scanQueue.getQueueArn())));
    }

    private static PolicyStatement endpointStatement(List<String> actions, List<String> resources) {
        return PolicyStatement.Builder.create()
                .sid("StackResourcesOnly")
                .principals(List.of(new AnyPrincipal()))
                .actions(actions)
                .resources(resources)
                .build();
    }

    /** Returns the VPC. */
    public Vpc vpc() {
        return vpc;
    }

    /** Returns the security group of the scanner function. */
    public SecurityGroup functionSecurityGroup() {
        return functionSecurityGroup;
    }

    /** Returns the isolated subnets the function runs in. */
    public SubnetSelection privateSubnets() {
        return SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();
    }
}
