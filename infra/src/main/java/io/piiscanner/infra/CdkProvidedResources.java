package io.piiscanner.infra;

import java.util.Map;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.IConstruct;

/**
 * The deploy-time helper functions that CDK itself adds to the stack: their log groups and the
 * suppressions for their findings. They run only while CloudFormation creates, updates or deletes
 * resources, never see scanned data, and their code and roles are CDK's.
 */
final class CdkProvidedResources {

    /** The function behind {@code Bucket.addEventNotification}. */
    static final String BUCKET_NOTIFICATIONS = "BucketNotificationsHandler050a0587b7544547bf325f094a3db834";

    /** The function behind every {@code AwsCustomResource} (here: the prefix list lookups). */
    static final String AWS_CUSTOM_RESOURCE = "AWS679f53fac002430cb0da5b7982bd2287";

    /**
     * The helpers CDK builds from plain {@code AWS::Lambda::Function} resources, by construct id,
     * with the name their log group gets.
     */
    private static final Map<String, String> HELPERS = Ordered.of(Map.of(
            BUCKET_NOTIFICATIONS,
            "bucket-notifications",
            "Custom::S3AutoDeleteObjectsCustomResourceProvider",
            "auto-delete-objects",
            "Custom::VpcRestrictDefaultSGCustomResourceProvider",
            "restrict-default-sg"));

    private static final String DEPLOY_TIME_ONLY =
            "CDK's deploy-time custom resource handler; it runs only during CloudFormation operations and"
                    + " never handles scanned data.";

    private CdkProvidedResources() {}

    /**
     * Gives each helper function its own log group, encrypted with the key, expiring and removed
     * like the stack's: left alone, Lambda would create {@code /aws/lambda/<name>} on first
     * invocation, unencrypted, kept forever and outliving the stack. The function names the group
     * in its logging configuration, so the group exists before the function first runs.
     *
     * @param stack the finished stack
     * @param names resource names
     * @param key the stack's key
     * @param removal removal behaviour of the log groups
     * @throws IllegalStateException when CDK added a helper this class does not know
     */
    static void giveLogGroups(Stack stack, ResourceNames names, IKey key, Removal removal) {
        for (IConstruct construct : stack.getNode().findAll()) {
            if (construct instanceof CfnResource resource
                    && !(construct instanceof CfnFunction)
                    && "AWS::Lambda::Function".equals(resource.getCfnResourceType())) {
                IConstruct helper = resource.getNode().getScope();
                String name = HELPERS.get(helper.getNode().getId());
                if (name == null) {
                    throw new IllegalStateException("CDK added a helper function that has no log group here: "
                            + helper.getNode().getPath() + "; name it in CdkProvidedResources.HELPERS");
                }
                LogGroup logGroup = EncryptedLogGroups.create(
                        stack, "CdkHelperLogGroup-" + name, names.cdkHelperLogGroup(name), key, removal.policy());
                resource.addPropertyOverride("LoggingConfig", Map.of("LogGroup", logGroup.getLogGroupName()));
            }
        }
    }

    /**
     * Records the suppressions.
     *
     * @param stack the stack
     */
    static void suppressFindings(Stack stack) {
        String root = "/" + stack.getNode().getId() + "/";
        Nag.suppressByPath(
                stack,
                root + BUCKET_NOTIFICATIONS + "/Role/Resource",
                "AwsSolutions-IAM4",
                DEPLOY_TIME_ONLY + " CDK attaches AWSLambdaBasicExecutionRole for its logs; its only other"
                        + " permission is s3:PutBucketNotification on the data bucket.");
        Nag.suppressByPath(
                stack,
                root + AWS_CUSTOM_RESOURCE + "/ServiceRole/Resource",
                "AwsSolutions-IAM4",
                DEPLOY_TIME_ONLY + " CDK attaches AWSLambdaBasicExecutionRole for its logs; its only other"
                        + " permission is ec2:DescribePrefixLists.");
        Nag.suppressByPath(
                stack,
                root + AWS_CUSTOM_RESOURCE + "/Resource",
                "PCI.DSS.321-LambdaInsideVPC",
                DEPLOY_TIME_ONLY + " It calls the EC2 API to find the S3 and DynamoDB prefix lists, which the"
                        + " isolated VPC's security groups need before anything inside it can reach those"
                        + " services.");
        Nag.suppressByPath(
                stack,
                root + "Buckets/Data/Notifications/HandlerPolicy/Resource",
                "PCI.DSS.321-IAMNoInlinePolicy",
                DEPLOY_TIME_ONLY + " CDK scopes this policy to s3:PutBucketNotification on the data bucket.");
        for (String prefixList : new String[] {"S3PrefixList", "DynamoDBPrefixList"}) {
            String policy = root + "Network/" + prefixList + "/Lookup/CustomResourcePolicy/Resource";
            Nag.suppressByPath(
                    stack,
                    policy,
                    "AwsSolutions-IAM5",
                    "ec2:DescribePrefixLists supports no resource-level permissions, so AWS requires"
                            + " Resource '*'; the action is read-only.");
            Nag.suppressByPath(
                    stack,
                    policy,
                    "PCI.DSS.321-IAMNoInlinePolicy",
                    DEPLOY_TIME_ONLY + " CDK generates this single-statement policy for the lookup.");
        }
    }
}
