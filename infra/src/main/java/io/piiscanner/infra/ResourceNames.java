package io.piiscanner.infra;

import java.util.List;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Fn;

/**
 * The physical names of the stack's resources, all derived from the environment suffix in one
 * place, so that the stack, its tests and the live suite agree on them.
 *
 * <p>Bucket names are global across all accounts, so they also carry {@code stackPart}: in the
 * stack, {@link #stackIdPart()}, the first 8 hex digits of the UUID that CloudFormation gives the
 * stack (its id is {@code arn:...:cloudformation:<region>:<account>:stack/<name>/<uuid>}), unique
 * to the account, region and stack. A full account id and region would not fit S3's 63
 * characters beside the longest prefix and a 24-character suffix, and CloudFormation has no
 * function that could hash them.
 *
 * @param suffix the environment suffix
 * @param stackPart what makes bucket names unique: {@link #stackIdPart()} in the stack
 */
public record ResourceNames(String suffix, String stackPart) {

    /**
     * Prefix where uploads used to be the only ones scanned; every prefix but {@link #RESULTS_PREFIX}
     * is scanned now, this one included.
     */
    public static final String UPLOAD_PREFIX = "incoming/";

    /** Prefix of the masked result documents the scanner writes into the data bucket. */
    public static final String RESULTS_PREFIX = "scan-results/";

    /** Characters of {@link #stackIdPart()}: the first group of a UUID. */
    public static final int STACK_PART_LENGTH = 8;

    /** The first {@value #STACK_PART_LENGTH} hex digits of the stack's UUID, resolved at deploy time. */
    public static String stackIdPart() {
        return Fn.select(0, Fn.split("-", Fn.select(2, Fn.split("/", Aws.STACK_ID))));
    }

    /** Returns {@code financial-data-bucket-<suffix>-<stackPart>}. */
    public String dataBucket() {
        return bucket("financial-data-bucket-");
    }

    /** Returns {@code flow-logs-bucket-<suffix>-<stackPart>}. */
    public String flowLogsBucket() {
        return bucket("flow-logs-bucket-");
    }

    /** Returns {@code financial-data-access-logs-<suffix>-<stackPart>}, the server access log bucket. */
    public String accessLogsBucket() {
        return bucket("financial-data-access-logs-");
    }

    /** Returns {@code pii-scanner-trail-<suffix>-<stackPart>}, the CloudTrail bucket. */
    public String trailBucket() {
        return bucket("pii-scanner-trail-");
    }

    /** Returns {@code pii-scanner-inventory-<suffix>-<stackPart>}, where S3 Inventory lists the data bucket. */
    public String inventoryBucket() {
        return bucket("pii-scanner-inventory-");
    }

    /** Returns every bucket name. */
    public List<String> buckets() {
        return List.of(dataBucket(), flowLogsBucket(), accessLogsBucket(), trailBucket(), inventoryBucket());
    }

    private String bucket(String prefix) {
        return prefix + suffix + "-" + stackPart;
    }

    /** Returns {@code pii-scanner-trail-<suffix>}, the CloudTrail trail. */
    public String trail() {
        return "pii-scanner-trail-" + suffix;
    }

    /** Returns {@code /aws/cloudtrail/pii-scanner-<suffix>}, where the trail delivers to CloudWatch Logs. */
    public String trailLogGroup() {
        return "/aws/cloudtrail/pii-scanner-" + suffix;
    }

    /** Returns {@code pii-scanner-api-acl-<suffix>}, the WAF web ACL of the API. */
    public String webAcl() {
        return "pii-scanner-api-acl-" + suffix;
    }

    /** Returns {@code aws-waf-logs-pii-scanner-<suffix>}: WAF delivers only to groups named {@code aws-waf-logs-*}. */
    public String webAclLogGroup() {
        return "aws-waf-logs-pii-scanner-" + suffix;
    }

    /** Returns the log group of one of CDK's deploy-time helper functions. */
    public String cdkHelperLogGroup(String helper) {
        return "/aws/lambda/pii-scanner-" + suffix + "-cdk-" + helper;
    }

    /** Returns {@code pii-scanner-<suffix>}, the scanning function. */
    public String function() {
        return "pii-scanner-" + suffix;
    }

    /** Returns {@code pii-scanner-uploads-<suffix>}, the EventBridge rule of objects created in the data bucket. */
    public String uploadsRule() {
        return "pii-scanner-uploads-" + suffix;
    }

    /** Returns {@code pii-scanner-backfill-<suffix>}, the backfill state machine. */
    public String backfillStateMachine() {
        return "pii-scanner-backfill-" + suffix;
    }

    /** Returns the backfill state machine's log group; Step Functions' vended logs go under {@code /aws/vendedlogs/}. */
    public String backfillLogGroup() {
        return "/aws/vendedlogs/states/" + backfillStateMachine();
    }

    /** Returns {@code pii-scanner-backfill-failed-<suffix>}, the alarm on failed backfill executions. */
    public String backfillFailedAlarm() {
        return "pii-scanner-backfill-failed-" + suffix;
    }

    /** Returns {@code pii-scanner-api-<suffix>}, the REST API. */
    public String api() {
        return "pii-scanner-api-" + suffix;
    }

    /** Returns {@code pii-scanner-findings-<suffix>}, the findings table. */
    public String findingsTable() {
        return "pii-scanner-findings-" + suffix;
    }

    /** Returns {@code pii-scanner-scan-queue-<suffix>}. */
    public String scanQueue() {
        return "pii-scanner-scan-queue-" + suffix;
    }

    /** Returns {@code pii-scanner-dlq-<suffix>}, shared by the queue's redrive and the function's failed async events. */
    public String deadLetterQueue() {
        return "pii-scanner-dlq-" + suffix;
    }

    /** Returns {@code pii-scanner-alerts-<suffix>}. */
    public String alertsTopic() {
        return "pii-scanner-alerts-" + suffix;
    }

    /** Returns {@code alias/pii-scanner-<suffix>}. */
    public String keyAlias() {
        return "alias/pii-scanner-" + suffix;
    }

    /** Returns the log group name of a Lambda function. */
    public static String lambdaLogGroup(String functionName) {
        return "/aws/lambda/" + functionName;
    }

    /** Returns {@code /aws/apigateway/pii-scanner-api-<suffix>}, the API's access log group. */
    public String apiAccessLogGroup() {
        return "/aws/apigateway/" + api();
    }

    /** Returns {@code /aws/vpc/flow-logs/pii-scanner-<suffix>}. */
    public String flowLogGroup() {
        return "/aws/vpc/flow-logs/pii-scanner-" + suffix;
    }

    /** Returns the log group of CDK's prefix list lookup function. */
    public String prefixListLookupLogGroup() {
        return "/aws/lambda/pii-scanner-prefix-list-lookup-" + suffix;
    }

    /** Returns {@code pii-scanner-<suffix>}, the operations dashboard. */
    public String dashboard() {
        return "pii-scanner-" + suffix;
    }

    /** Returns {@code pii-scanner-lambda-errors-<suffix>}. */
    public String lambdaErrorsAlarm() {
        return "pii-scanner-lambda-errors-" + suffix;
    }

    /** Returns {@code pii-scanner-api-4xx-errors-<suffix>}. */
    public String api4xxAlarm() {
        return "pii-scanner-api-4xx-errors-" + suffix;
    }

    /** Returns {@code pii-scanner-api-5xx-errors-<suffix>}. */
    public String api5xxAlarm() {
        return "pii-scanner-api-5xx-errors-" + suffix;
    }

    /** Returns {@code kms-decrypt-anomaly-<suffix>}. */
    public String kmsDecryptAnomalyAlarm() {
        return "kms-decrypt-anomaly-" + suffix;
    }

    /** Returns {@code pii-scanner-data-read-anomaly-<suffix>}. */
    public String dataReadAnomalyAlarm() {
        return "pii-scanner-data-read-anomaly-" + suffix;
    }

    /** Returns {@code pii-scanner-access-denied-<suffix>}. */
    public String accessDeniedAlarm() {
        return "pii-scanner-access-denied-" + suffix;
    }

    /** Returns {@code pii-scanner-dlq-not-empty-<suffix>}. */
    public String dlqNotEmptyAlarm() {
        return "pii-scanner-dlq-not-empty-" + suffix;
    }

    /** Returns {@code pii-scanner-objects-failed-<suffix>}. */
    public String objectsFailedAlarm() {
        return "pii-scanner-objects-failed-" + suffix;
    }

    /** Returns every alarm name: the alarms that the alerts topic and the key let publish. */
    public List<String> alarms() {
        return List.of(
                lambdaErrorsAlarm(),
                api4xxAlarm(),
                api5xxAlarm(),
                dlqNotEmptyAlarm(),
                objectsFailedAlarm(),
                kmsDecryptAnomalyAlarm(),
                dataReadAnomalyAlarm(),
                accessDeniedAlarm(),
                backfillFailedAlarm());
    }

    /** Returns the ARN of an alarm of this stack, known before the alarm exists. */
    public static String alarmArn(String alarmName) {
        return Fn.sub("arn:${AWS::Partition}:cloudwatch:${AWS::Region}:${AWS::AccountId}:alarm:" + alarmName);
    }
}
