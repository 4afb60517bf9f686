package io.piiscanner.infra;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * One Lambda function of the scanning service, built from the Lambda module's shaded jar: Java 21
 * on Amazon Linux 2023, in the isolated subnets, environment encrypted with the stack's key, its
 * own encrypted log group, X-Ray tracing, SnapStart on a published version behind the alias
 * {@value #ALIAS}, and reserved concurrency when configured. Its role has only the statements given to it plus
 * what every function needs (its log group, ENIs, traces); triggers are attached to the alias so
 * that they run the SnapStart snapshot.
 */
public final class ScannerFunction extends Construct {

    /** The alias every trigger invokes. */
    public static final String ALIAS = "live";

    /** The runtime: Java 21, a supported runtime on Amazon Linux 2023 with SnapStart. */
    public static final Runtime RUNTIME = Runtime.JAVA_21;

    /**
     * What differs between the functions.
     *
     * @param functionName physical name
     * @param handler handler class in the Lambda jar
     * @param description what the function does
     * @param timeout how long one invocation may run
     * @param memoryMb memory, which also buys CPU
     */
    public record Spec(String functionName, String handler, String description, Duration timeout, int memoryMb) {}

    /**
     * What all functions share.
     *
     * @param code the Lambda jar asset
     * @param key the stack's key
     * @param vpc the network
     * @param subnets the isolated subnets
     * @param securityGroup the function security group
     * @param environment environment variables
     * @param reservedConcurrency reserved concurrent executions, if any
     * @param removal removal behaviour of the log group
     */
    public record Shared(
            Code code,
            IKey key,
            IVpc vpc,
            SubnetSelection subnets,
            ISecurityGroup securityGroup,
            Map<String, String> environment,
            OptionalInt reservedConcurrency,
            Removal removal) {}

    private final Function function;
    private final Alias alias;
    private final Role role;

    /**
     * Creates the function, its role, log group, version and alias.
     *
     * @param scope the stack
     * @param id construct id
     * @param spec what is particular to this function
     * @param shared what all functions share
     * @param statements the permissions this function needs beyond logging, ENIs and tracing
     */
    public ScannerFunction(Construct scope, String id, Spec spec, Shared shared, List<PolicyStatement> statements) {
        super(scope, id);
        LogGroup logGroup = EncryptedLogGroups.create(
                this,
                "LogGroup",
                ResourceNames.lambdaLogGroup(spec.functionName()),
                shared.key(),
                shared.removal().policy());
        // An explicit role instead of CDK's default, which would attach the AWS managed policies
        // AWSLambdaBasicExecutionRole and AWSLambdaVPCAccessExecutionRole (logs:* on any group).
        role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Execution role of " + spec.functionName())
                .build();
        role.addToPolicy(PolicyStatement.Builder.create()
                .sid("WriteOwnLogGroup")
                .actions(List.of("logs:CreateLogStream", "logs:PutLogEvents"))
                .resources(List.of(logGroup.getLogGroupArn()))
                .build());
        role.addToPolicy(PolicyStatement.Builder.create()
                .sid("ManageVpcNetworkInterfaces")
                // ENI actions do not support resource-level permissions: AWS requires "*".
                .actions(List.of(
                        "ec2:CreateNetworkInterface",
                        "ec2:DescribeNetworkInterfaces",
                        "ec2:DescribeSubnets",
                        "ec2:DeleteNetworkInterface",
                        "ec2:AssignPrivateIpAddresses",
                        "ec2:UnassignPrivateIpAddresses"))
                .resources(List.of("*"))
                .build());
        role.addToPolicy(PolicyStatement.Builder.create()
                .sid("DecryptEnvironment")
                .actions(List.of("kms:Decrypt"))
                .resources(List.of(shared.key().getKeyArn()))
                .build());
        statements.forEach(role::addToPolicy);

        function = Function.Builder.create(this, "Function")
                .functionName(spec.functionName())
                .description(spec.description())
                .runtime(RUNTIME)
                .architecture(Architecture.X86_64)
                .handler(spec.handler())
                .code(shared.code())
                .memorySize(spec.memoryMb())
                .timeout(spec.timeout())
                .role(role)
                .vpc(shared.vpc())
                .vpcSubnets(shared.subnets())
                .securityGroups(List.of(shared.securityGroup()))
                .environment(shared.environment())
                .environmentEncryption(shared.key())
                .logGroup(logGroup)
                .tracing(Tracing.ACTIVE)
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .reservedConcurrentExecutions(
                        shared.reservedConcurrency().isPresent()
                                ? shared.reservedConcurrency().getAsInt()
                                : null)
                .build();
        alias = Alias.Builder.create(this, "Alias")
                .aliasName(ALIAS)
                .version(function.getCurrentVersion())
                .build();
        Annotations.of(function)
                .acknowledgeWarning(
                        "@aws-cdk/aws-lambda:snapStartRequirePublish",
                        "Every deployment publishes a version (currentVersion) and the alias points at it.");

        Nag.suppress(
                function,
                "AwsSolutions-L1",
                "java21 is the Java LTS runtime on Amazon Linux 2023 that the Lambda module is built and"
                        + " tested for, with SnapStart; moving to a newer runtime is a change of the Lambda"
                        + " module, tested there first.");
        Nag.suppress(
                role,
                "PCI.DSS.321-IAMNoInlinePolicy",
                "The role belongs to this one function and its policy to this one role: a managed policy"
                        + " would add reuse that least privilege avoids. CloudFormation versions the policy with"
                        + " the stack.");
    }

    /** Returns the function. */
    public Function function() {
        return function;
    }

    /** Returns the alias that triggers invoke. */
    public Alias alias() {
        return alias;
    }

    /** Returns the execution role. */
    public Role role() {
        return role;
    }
}
