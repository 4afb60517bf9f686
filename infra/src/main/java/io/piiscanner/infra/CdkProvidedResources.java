package io.piiscanner.infra;

import software.amazon.awscdk.Stack;

/**
 * Suppressions for the deploy-time helper functions that CDK itself adds to the stack. They run
 * only while CloudFormation creates, updates or deletes resources, never see scanned data, and
 * their code and roles are CDK's.
 */
final class CdkProvidedResources {

  /** The function behind {@code Bucket.addEventNotification}. */
  static final String BUCKET_NOTIFICATIONS = "BucketNotificationsHandler050a0587b7544547bf325f094a3db834";

  /** The function behind every {@code AwsCustomResource} (here: the prefix list lookups). */
  static final String AWS_CUSTOM_RESOURCE = "AWS679f53fac002430cb0da5b7982bd2287";

  private static final String DEPLOY_TIME_ONLY =
      "CDK's deploy-time custom resource handler; it runs only during CloudFormation operations and"
          + " never handles scanned data.";

  private CdkProvidedResources() {}

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
