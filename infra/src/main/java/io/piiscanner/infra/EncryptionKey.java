package io.piiscanner.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.constructs.Construct;

/**
 * The customer managed key that encrypts every store of the stack: buckets, table, queues, topic,
 * log groups and the function's environment.
 *
 * <p>Its policy names the AWS services that use the key on their own behalf. Both earlier
 * attempts at this stack failed to deploy because CloudWatch Logs could not use the key: the
 * Logs service principal is regional ({@code logs.<region>.amazonaws.com}, not
 * {@code logs.amazonaws.com}) and needs the encryption-context condition.
 */
public final class EncryptionKey extends Construct {

    /** The actions CloudWatch Logs needs to encrypt and read a log group's data. */
    public static final List<String> LOGS_ACTIONS = List.of(
            "kms:Encrypt",
            "kms:Decrypt",
            "kms:ReEncrypt*",
            "kms:GenerateDataKey*",
            "kms:CreateGrant",
            "kms:DescribeKey");

    private final Key key;

    /**
     * Creates the key.
     *
     * @param scope the stack
     * @param id construct id
     * @param names resource names
     * @param removalPolicy what happens to the key when the stack is destroyed
     */
    public EncryptionKey(Construct scope, String id, ResourceNames names, RemovalPolicy removalPolicy) {
        super(scope, id);
        key = Key.Builder.create(this, "Key")
                .description("pii-scanner " + names.suffix() + ": data, findings, queues, alerts and logs")
                .alias(names.keyAlias())
                .enableKeyRotation(true)
                // The shortest wait: a destroyed CI stack should not hold keys for a month.
                .pendingWindow(Duration.days(7))
                .removalPolicy(removalPolicy)
                .build();
        key.addToResourcePolicy(cloudWatchLogs());
        key.addToResourcePolicy(logDelivery());
        key.addToResourcePolicy(cloudWatchAlarms(names));
        key.addToResourcePolicy(cloudTrailEncrypts(names));
        key.addToResourcePolicy(cloudTrailDescribes());
    }

    /** Returns the ARN of the stack's trail, known before the trail exists. */
    static String trailArn(ResourceNames names) {
        return Fn.sub("arn:${AWS::Partition}:cloudtrail:${AWS::Region}:${AWS::AccountId}:trail/" + names.trail());
    }

    /** Returns the key. */
    public Key key() {
        return key;
    }

    /**
     * CloudWatch Logs encrypts the log groups (function, API, flow logs). The principal and the
     * condition are rendered with {@code Fn::Sub} so the template carries {@code ${AWS::Region}}
     * and works in any region although the stack is environment-agnostic.
     */
    private static PolicyStatement cloudWatchLogs() {
        return PolicyStatement.Builder.create()
                .sid("AllowCloudWatchLogs")
                .effect(Effect.ALLOW)
                .principals(List.of(new ServicePrincipal(Fn.sub("logs.${AWS::Region}.amazonaws.com"))))
                .actions(LOGS_ACTIONS)
                .resources(List.of("*"))
                .conditions(Map.of(
                        "ArnLike",
                        Map.of(
                                "kms:EncryptionContext:aws:logs:arn",
                                Fn.sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*"))))
                .build();
    }

    /**
     * VPC flow logs are delivered to the SSE-KMS flow-logs bucket by the log delivery service,
     * which must be able to create data keys; without this statement delivery fails silently.
     */
    private static PolicyStatement logDelivery() {
        return PolicyStatement.Builder.create()
                .sid("AllowVpcFlowLogDelivery")
                .effect(Effect.ALLOW)
                .principals(List.of(new ServicePrincipal("delivery.logs.amazonaws.com")))
                .actions(List.of(
                        "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"))
                .resources(List.of("*"))
                .conditions(Ordered.of(Map.of(
                        "StringEquals", Map.of("aws:SourceAccount", Fn.ref("AWS::AccountId")),
                        "ArnLike",
                                Map.of(
                                        "aws:SourceArn",
                                        Fn.sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:*")))))
                .build();
    }

    /**
     * CloudWatch alarms publish to the KMS-encrypted alerts topic; without this statement the
     * alarms change state but no notification is ever delivered. Only this account's alarms of
     * this stack, named in full: the ARNs are written from the names, since the alarms themselves
     * depend on the key through the topic.
     */
    private static PolicyStatement cloudWatchAlarms(ResourceNames names) {
        return PolicyStatement.Builder.create()
                .sid("AllowCloudWatchAlarmsToPublish")
                .effect(Effect.ALLOW)
                .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com")))
                .actions(List.of("kms:Decrypt", "kms:GenerateDataKey*"))
                .resources(List.of("*"))
                .conditions(Alarms.sourceConditions(names))
                .build();
    }

    /**
     * CloudTrail encrypts the trail's log files with the key. CDK's trail adds no key statement,
     * and without one CloudTrail refuses the trail (InsufficientEncryptionPolicyException): the
     * statement CloudTrail documents, for this stack's trail only.
     */
    private static PolicyStatement cloudTrailEncrypts(ResourceNames names) {
        return PolicyStatement.Builder.create()
                .sid("AllowCloudTrailToEncryptLogs")
                .effect(Effect.ALLOW)
                .principals(List.of(new ServicePrincipal("cloudtrail.amazonaws.com")))
                .actions(List.of("kms:GenerateDataKey*"))
                .resources(List.of("*"))
                .conditions(Ordered.of(Map.of(
                        "StringEquals", Map.of("aws:SourceArn", trailArn(names)),
                        "StringLike",
                                Map.of(
                                        "kms:EncryptionContext:aws:cloudtrail:arn",
                                        Fn.sub("arn:${AWS::Partition}:cloudtrail:*:${AWS::AccountId}:trail/*")))))
                .build();
    }

    /** CloudTrail checks the key when the trail is created or updated. */
    private static PolicyStatement cloudTrailDescribes() {
        return PolicyStatement.Builder.create()
                .sid("AllowCloudTrailToDescribeKey")
                .effect(Effect.ALLOW)
                .principals(List.of(new ServicePrincipal("cloudtrail.amazonaws.com")))
                .actions(List.of("kms:DescribeKey"))
                .resources(List.of("*"))
                .build();
    }
}
