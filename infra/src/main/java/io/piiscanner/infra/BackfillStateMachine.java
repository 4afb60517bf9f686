package io.piiscanner.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.Inventory;
import software.amazon.awscdk.services.s3.InventoryDestination;
import software.amazon.awscdk.services.s3.InventoryFormat;
import software.amazon.awscdk.services.s3.InventoryFrequency;
import software.amazon.awscdk.services.s3.InventoryObjectVersion;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.stepfunctions.CatchProps;
import software.amazon.awscdk.services.stepfunctions.Choice;
import software.amazon.awscdk.services.stepfunctions.Condition;
import software.amazon.awscdk.services.stepfunctions.CustomerManagedEncryptionConfiguration;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.DistributedMap;
import software.amazon.awscdk.services.stepfunctions.Errors;
import software.amazon.awscdk.services.stepfunctions.Fail;
import software.amazon.awscdk.services.stepfunctions.IChainable;
import software.amazon.awscdk.services.stepfunctions.IItemReader;
import software.amazon.awscdk.services.stepfunctions.ItemBatcher;
import software.amazon.awscdk.services.stepfunctions.ItemBatcherProps;
import software.amazon.awscdk.services.stepfunctions.JsonPath;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.OutputType;
import software.amazon.awscdk.services.stepfunctions.Pass;
import software.amazon.awscdk.services.stepfunctions.ResultWriterV2;
import software.amazon.awscdk.services.stepfunctions.ResultWriterV2Props;
import software.amazon.awscdk.services.stepfunctions.RetryProps;
import software.amazon.awscdk.services.stepfunctions.S3FileItemReaderProps;
import software.amazon.awscdk.services.stepfunctions.S3ManifestItemReader;
import software.amazon.awscdk.services.stepfunctions.S3ObjectsItemReader;
import software.amazon.awscdk.services.stepfunctions.S3ObjectsItemReaderProps;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.amazon.awscdk.services.stepfunctions.Succeed;
import software.amazon.awscdk.services.stepfunctions.TaskInput;
import software.amazon.awscdk.services.stepfunctions.Timeout;
import software.amazon.awscdk.services.stepfunctions.Transformation;
import software.amazon.awscdk.services.stepfunctions.WriterConfig;
import software.amazon.awscdk.services.stepfunctions.WriterConfigProps;
import software.amazon.awscdk.services.stepfunctions.tasks.LambdaInvoke;
import software.constructs.Construct;

/**
 * Backfill and rescan of what is already in the data bucket: a Step Functions state machine whose
 * Distributed Map reads the objects of a prefix listing, or of an S3 Inventory report of the data
 * bucket, batches them (by count and by bytes of input), and hands each batch to a child workflow
 * that invokes the batch function, the scan pipeline of uploads, until the batch is done. The
 * map's result writer puts each child's tally under {@code scan-results/backfill/<execution>/},
 * and a last step reduces them into one summary there.
 *
 * <p>What reaches logs and result files: items hold object keys, which the batch function needs
 * to read the objects. The state machine logs every event but never execution data
 * ({@code includeExecutionData: false}), its log group and its execution history are encrypted
 * with the stack's key (reading a history needs {@code kms:Decrypt} on it), child workflows catch
 * every error so that the result writer writes only their outputs (tallies that show keys masked
 * and name objects by their keys' HMACs), and the summary is built from those.
 *
 * <p>Execution input, every field optional: {@code {"prefix": "exports/", "inventory": {"key":
 * "inventory/.../manifest.json"}, "rescan": "none|all|outdated", "maxConcurrency": 10,
 * "toleratedFailurePercentage": 5}}.
 */
public final class BackfillStateMachine extends Construct {

    /** Objects per child workflow. */
    public static final int MAX_ITEMS_PER_BATCH = 100;

    /** Bytes of items per child workflow; a child's input may be at most 256 KiB. */
    public static final int MAX_INPUT_BYTES_PER_BATCH = 128 * 1024;

    /** Child workflows at once unless the run asks for another number. */
    public static final int DEFAULT_MAX_CONCURRENCY = 10;

    /** Share of failed objects a run tolerates unless it asks for another. */
    public static final int DEFAULT_TOLERATED_FAILURE_PERCENTAGE = 5;

    /** Where S3 Inventory writes its reports in the inventory bucket. */
    public static final String INVENTORY_PREFIX = "inventory";

    /** The inventory configuration's id, part of every report's path. */
    public static final String INVENTORY_ID = "pii-scanner-backfill";

    /** Where backfill result files and summaries go in the data bucket. */
    public static final String RESULTS_PREFIX = ResourceNames.RESULTS_PREFIX + "backfill/";

    /** Handler of one batch, in the Lambda jar. */
    public static final String BATCH_HANDLER = "io.piiscanner.lambda.backfill.BatchHandler::handleRequest";

    /** Handler of the last step, in the Lambda jar. */
    public static final String SUMMARY_HANDLER = "io.piiscanner.lambda.backfill.SummaryHandler::handleRequest";

    /** Inventory reports are kept this long; a backfill reads the latest. */
    static final int INVENTORY_RETENTION_DAYS = 90;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the backfill reads, writes and runs on.
     *
     * @param stores what the batch function reads and writes, as the scanner functions do: the data
     *     bucket, whose objects the map reads and where results go, and the alerts topic, which the
     *     failed-executions alarm notifies too
     * @param accessLogs the server access log bucket, which logs the inventory bucket
     * @param functions what the scanner functions share (code, network, environment), which the
     *     backfill functions run with
     */
    public record Props(ServiceStores stores, IBucket accessLogs, ScannerFunction.Shared functions) {}

    private final ScannerFunction batchScanner;
    private final ScannerFunction summarizer;
    private final Bucket inventory;
    private final StateMachine stateMachine;
    private final Role role;

    /**
     * Creates the inventory, the functions, the state machine and its alarm.
     *
     * @param scope the stack
     * @param id construct id
     * @param base the names, key and removal behaviour of the stack
     * @param props what the backfill reads, writes and runs on
     */
    public BackfillStateMachine(Construct scope, String id, Foundation base, Props props) {
        super(scope, id);
        ResourceNames names = base.names();
        IKey key = base.key();
        Bucket data = props.stores().data();
        Removal removal = base.removal();

        inventory = inventoryOf(this, data, props.accessLogs(), names, key, removal);

        // Backfill functions reserve nothing: the map's maximum concurrency bounds them.
        ScannerFunction.Shared functions = props.functions();
        ScannerFunction.Shared shared = new ScannerFunction.Shared(
                functions.code(),
                key,
                functions.vpc(),
                functions.subnets(),
                functions.securityGroup(),
                functions.environment(),
                OptionalInt.empty(),
                functions.removal());
        batchScanner = new ScannerFunction(
                this,
                "BatchScanner",
                new ScannerFunction.Spec(
                        names.function() + "-backfill",
                        BATCH_HANDLER,
                        "Scans one batch of a backfill",
                        ScannerFunctions.SCAN_TIMEOUT,
                        ScannerFunctions.MEMORY_MB),
                shared,
                ScannerPermissions.dataAccess(props.stores(), key));
        ScannerFunctions.suppressWildcardResources(props.stores(), batchScanner);
        summarizer = new ScannerFunction(
                this,
                "Summarizer",
                new ScannerFunction.Spec(
                        names.function() + "-backfill-summary",
                        SUMMARY_HANDLER,
                        "Reduces a backfill's result files into its summary",
                        ScannerFunctions.SCAN_TIMEOUT,
                        ScannerFunctions.MEMORY_MB),
                shared,
                List.of(
                        ScannerPermissions.statement(
                                "ReadAndWriteBackfillResults",
                                List.of("s3:GetObject", "s3:PutObject"),
                                List.of(data.arnForObjects(RESULTS_PREFIX + "*"))),
                        ScannerPermissions.statement(
                                "UseKeyForResults",
                                List.of("kms:Decrypt", "kms:GenerateDataKey"),
                                List.of(key.getKeyArn()))));
        Nag.suppress(
                summarizer.role(),
                "AwsSolutions-IAM5",
                "The summary reads the result files Step Functions names at run time and writes the summary,"
                        + " all under scan-results/backfill/ of the data bucket; ENI management and X-Ray trace upload"
                        + " support no resource-level permissions.",
                List.of("Resource::*", "Resource::<" + Nag.logicalId(data) + ".Arn>/" + RESULTS_PREFIX + "*"));

        LogGroup logGroup =
                EncryptedLogGroups.create(this, "LogGroup", names.backfillLogGroup(), key, removal.policy());
        role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("states.amazonaws.com"))
                .description("Execution role of " + names.backfillStateMachine())
                // Inline, so that the permissions exist before the state machine is created: Step
                // Functions checks the log delivery permissions then.
                .inlinePolicies(Map.of(
                        "Backfill",
                        PolicyDocument.Builder.create()
                                .statements(statements(key, data, names))
                                .build()))
                .build();
        stateMachine = StateMachine.Builder.create(this, "StateMachine")
                .stateMachineName(names.backfillStateMachine())
                .stateMachineType(StateMachineType.STANDARD)
                .definitionBody(DefinitionBody.fromChainable(definition(data)))
                // The statements above, not CDK's: its item reader and result writer would grant
                // s3:GetObject on every object of the data bucket.
                .role(role.withoutPolicyUpdates())
                .encryptionConfiguration(new CustomerManagedEncryptionConfiguration(key))
                .logs(LogOptions.builder()
                        .destination(logGroup)
                        .level(LogLevel.ALL)
                        .includeExecutionData(false)
                        .build())
                .tracingEnabled(true)
                .removalPolicy(removal.policy())
                .build();
        // CDK makes a policy for the Distributed Map's child executions and attaches it to the role,
        // which here takes no updates: it would never be synthesized. The role's own policy above holds
        // those statements; removing the orphan keeps rule packs from judging a resource that does not exist.
        stateMachine.getNode().tryRemoveChild("DistributedMapPolicy");
        alarm(names, props.stores().alerts());
        suppressFindings(names, data);
    }

    /** The stack's weekly S3 Inventory of the data bucket, for buckets too large to list in one go. */
    private static Bucket inventoryOf(
            Construct scope, Bucket data, IBucket accessLogs, ResourceNames names, IKey key, Removal removal) {
        Bucket bucket = Buckets.encrypted(scope, "Inventory", names.inventoryBucket(), key, accessLogs, removal)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("expire-after-" + INVENTORY_RETENTION_DAYS + "-days")
                        .expiration(Duration.days(INVENTORY_RETENTION_DAYS))
                        .build()))
                .build();
        data.addInventory(Inventory.builder()
                .inventoryId(INVENTORY_ID)
                .destination(InventoryDestination.builder()
                        .bucket(bucket)
                        .prefix(INVENTORY_PREFIX)
                        .build())
                .format(InventoryFormat.CSV)
                .frequency(InventoryFrequency.WEEKLY)
                .includeObjectVersions(InventoryObjectVersion.CURRENT)
                .optionalFields(List.of("Size", "LastModifiedDate", "ETag", "StorageClass"))
                .build());
        // S3 writes the reports into the SSE-KMS bucket with the key: only for the data bucket's
        // inventory, of this account. The ARN is written from the name: the bucket depends on the key.
        key.addToResourcePolicy(PolicyStatement.Builder.create()
                .sid("AllowS3InventoryOfTheDataBucket")
                .principals(List.of(new ServicePrincipal("s3.amazonaws.com")))
                .actions(List.of("kms:GenerateDataKey"))
                .resources(List.of("*"))
                .conditions(Ordered.of(Map.of(
                        "StringEquals", Map.of("aws:SourceAccount", Aws.ACCOUNT_ID),
                        "ArnLike",
                                Map.of(
                                        "aws:SourceArn",
                                        Fn.join("", List.of("arn:", Aws.PARTITION, ":s3:::", names.dataBucket()))))))
                .build());
        return bucket;
    }

    /**
     * Defaults, then the map over a listing or an inventory report, then the summary and the
     * tolerance check.
     */
    private IChainable definition(IBucket data) {
        Pass defaults = Pass.Builder.create(this, "ApplyDefaults")
                .parameters(Ordered.of(Map.of(
                        "defaults",
                                Ordered.of(Map.of(
                                        "prefix",
                                        "",
                                        "rescan",
                                        "none",
                                        "maxConcurrency",
                                        DEFAULT_MAX_CONCURRENCY,
                                        "toleratedFailurePercentage",
                                        DEFAULT_TOLERATED_FAILURE_PERCENTAGE)),
                        "input", JsonPath.objectAt("$"),
                        "resultPrefix", JsonPath.format(RESULTS_PREFIX + "{}", JsonPath.getExecutionName()))))
                .build();
        Pass configure = Pass.Builder.create(this, "Configure")
                .parameters(Ordered.of(Map.of(
                        "run", JsonPath.jsonMerge(JsonPath.objectAt("$.defaults"), JsonPath.objectAt("$.input")),
                        "resultPrefix", JsonPath.stringAt("$.resultPrefix"))))
                .build();
        LambdaInvoke summarize = LambdaInvoke.Builder.create(this, "Summarize")
                .lambdaFunction(summarizer.alias())
                .payload(TaskInput.fromObject(Ordered.of(Map.of(
                        "manifestKey", JsonPath.stringAt("$.map.manifestKey"),
                        "execution", JsonPath.getExecutionName(),
                        "startedAt", JsonPath.getExecutionStartTime(),
                        "source", JsonPath.objectAt("$.run"),
                        "rescan", JsonPath.stringAt("$.run.rescan"),
                        "toleratedFailurePercentage", JsonPath.numberAt("$.run.toleratedFailurePercentage")))))
                .payloadResponseOnly(true)
                .resultPath("$.summary")
                .taskTimeout(Timeout.duration(ScannerFunctions.SCAN_TIMEOUT.plus(Duration.minutes(1))))
                .build();
        Choice tolerance = Choice.Builder.create(this, "WithinTolerance")
                .build()
                .when(
                        Condition.booleanEquals("$.summary.withinTolerance", true),
                        Succeed.Builder.create(this, "Done")
                                .outputPath("$.summary")
                                .build())
                .otherwise(Fail.Builder.create(this, "TooManyFailures")
                        .error("TooManyFailures")
                        .cause("More objects failed than the run tolerates; the summary lists the reasons.")
                        .build());
        summarize.next(tolerance);
        return defaults.next(configure)
                .next(Choice.Builder.create(this, "Source")
                        .build()
                        .when(
                                Condition.isPresent("$.run.inventory"),
                                map(
                                                "ScanInventory",
                                                new S3ManifestItemReader(S3FileItemReaderProps.builder()
                                                        .bucket(inventory)
                                                        .key(JsonPath.stringAt("$.run.inventory.key"))
                                                        .build()),
                                                true,
                                                data)
                                        .next(summarize))
                        .otherwise(map(
                                        "ScanPrefix",
                                        new S3ObjectsItemReader(S3ObjectsItemReaderProps.builder()
                                                .bucket(data)
                                                .prefix(JsonPath.stringAt("$.run.prefix"))
                                                .build()),
                                        false,
                                        data)
                                .next(summarize)));
    }

    /** One Distributed Map over the given items; listings give keys as they are, inventories URL-encoded. */
    private DistributedMap map(String id, IItemReader reader, boolean encodedKeys, IBucket data) {
        ObjectNode batchInput = JSON.createObjectNode();
        batchInput.put("rescan.$", "$.run.rescan");
        batchInput.putObject("tally");
        Map<String, Object> item = Ordered.of(Map.of(
                "key", JsonPath.stringAt("$$.Map.Item.Value.Key"),
                "size", JsonPath.stringAt("$$.Map.Item.Value.Size"),
                "encoded", encodedKeys));
        DistributedMap map = DistributedMap.Builder.create(this, id)
                .itemReader(reader)
                .itemSelector(item)
                .itemBatcher(new ItemBatcher(ItemBatcherProps.builder()
                        .maxItemsPerBatch(MAX_ITEMS_PER_BATCH)
                        .maxInputBytesPerBatch(MAX_INPUT_BYTES_PER_BATCH)
                        .batchInput(batchInput)
                        .build()))
                .maxConcurrencyPath("$.run.maxConcurrency")
                .toleratedFailurePercentagePath("$.run.toleratedFailurePercentage")
                .mapExecutionType(StateMachineType.STANDARD)
                .label(id)
                .resultWriterV2(new ResultWriterV2(ResultWriterV2Props.builder()
                        .bucket(data)
                        .prefix(JsonPath.stringAt("$.resultPrefix"))
                        .writerConfig(new WriterConfig(WriterConfigProps.builder()
                                .transformation(Transformation.COMPACT)
                                .outputType(OutputType.JSON)
                                .build()))
                        .build()))
                .resultSelector(Map.of("manifestKey", JsonPath.stringAt("$.ResultWriterDetails.Key")))
                .resultPath("$.map")
                .build();
        map.itemProcessor(childWorkflow(id));
        return map;
    }

    /**
     * Scans a batch, again with the items the function did not reach before its timeout, until none
     * is left. Every error is caught and becomes the batch's count of unscanned objects, so that the
     * child succeeds and the result writer writes its output, never its input (the keys).
     */
    private IChainable childWorkflow(String mapId) {
        LambdaInvoke scan = LambdaInvoke.Builder.create(this, mapId + "Batch")
                .lambdaFunction(batchScanner.alias())
                .payloadResponseOnly(true)
                .retryOnServiceExceptions(true)
                .taskTimeout(Timeout.duration(ScannerFunctions.SCAN_TIMEOUT.plus(Duration.minutes(1))))
                .build();
        // Throttling when other work holds the account's concurrency: wait longer than for a fault.
        scan.addRetry(RetryProps.builder()
                .errors(List.of("Lambda.TooManyRequestsException"))
                .interval(Duration.seconds(10))
                .maxAttempts(8)
                .backoffRate(2)
                .build());
        Pass failed = Pass.Builder.create(this, mapId + "BatchFailed")
                .parameters(Ordered.of(Map.of(
                        "tally", JsonPath.objectAt("$.BatchInput.tally"),
                        "unscanned", JsonPath.arrayLength(JsonPath.listAt("$.Items")),
                        "error", JsonPath.stringAt("$.error.Error"))))
                .build();
        scan.addCatch(
                failed,
                CatchProps.builder()
                        .errors(List.of(Errors.ALL))
                        .resultPath("$.error")
                        .build());
        Pass done = Pass.Builder.create(this, mapId + "BatchDone")
                .parameters(Map.of("tally", JsonPath.objectAt("$.BatchInput.tally")))
                .build();
        return scan.next(Choice.Builder.create(this, mapId + "MoreInBatch")
                .build()
                .when(Condition.isPresent("$.Items[0]"), scan)
                .otherwise(done));
    }

    private List<PolicyStatement> statements(IKey key, IBucket data, ResourceNames names) {
        String stateMachineArn = Fn.sub("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:"
                + names.backfillStateMachine());
        return List.of(
                ScannerPermissions.statement(
                        "InvokeBackfillFunctions",
                        List.of("lambda:InvokeFunction"),
                        List.of(
                                batchScanner.alias().getFunctionArn(),
                                summarizer.alias().getFunctionArn())),
                ScannerPermissions.statement(
                        "StartChildWorkflows", List.of("states:StartExecution"), List.of(stateMachineArn)),
                ScannerPermissions.statement(
                        "FollowChildWorkflows",
                        List.of("states:DescribeExecution", "states:StopExecution"),
                        // Child executions are named <state machine>/<map label>:<id>.
                        List.of(
                                Fn.sub("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:"
                                        + names.backfillStateMachine() + ":*"),
                                Fn.sub("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:"
                                        + names.backfillStateMachine() + "/*"))),
                ScannerPermissions.statement("ListDataBucket", List.of("s3:ListBucket"), List.of(data.getBucketArn())),
                ScannerPermissions.statement(
                        "ReadInventoryReports",
                        List.of("s3:GetObject"),
                        List.of(inventory.arnForObjects(INVENTORY_PREFIX + "/*"))),
                ScannerPermissions.statement(
                        "WriteResultFiles",
                        List.of(
                                "s3:PutObject",
                                "s3:GetObject",
                                "s3:ListMultipartUploadParts",
                                "s3:AbortMultipartUpload"),
                        List.of(data.arnForObjects(RESULTS_PREFIX + "*"))),
                PolicyStatement.Builder.create()
                        .sid("UseKeyThroughS3")
                        .actions(List.of("kms:Decrypt", "kms:GenerateDataKey"))
                        .resources(List.of(key.getKeyArn()))
                        .conditions(Map.of(
                                "StringEquals", Map.of("kms:ViaService", Fn.sub("s3.${AWS::Region}.amazonaws.com"))))
                        .build(),
                PolicyStatement.Builder.create()
                        .sid("UseKeyForExecutionData")
                        .actions(List.of("kms:Decrypt", "kms:GenerateDataKey"))
                        .resources(List.of(key.getKeyArn()))
                        .conditions(Map.of(
                                "StringEquals",
                                Map.of("kms:EncryptionContext:aws:states:stateMachineArn", stateMachineArn)))
                        .build(),
                PolicyStatement.Builder.create()
                        .sid("UseKeyForLogDelivery")
                        .actions(List.of("kms:GenerateDataKey"))
                        .resources(List.of(key.getKeyArn()))
                        .conditions(Map.of(
                                "StringEquals",
                                Map.of(
                                        "kms:EncryptionContext:SourceArn",
                                        Fn.sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:*"))))
                        .build(),
                ScannerPermissions.statement(
                        "DeliverLogs",
                        List.of(
                                "logs:CreateLogDelivery",
                                "logs:GetLogDelivery",
                                "logs:UpdateLogDelivery",
                                "logs:DeleteLogDelivery",
                                "logs:ListLogDeliveries",
                                "logs:PutResourcePolicy",
                                "logs:DescribeResourcePolicies",
                                "logs:DescribeLogGroups"),
                        List.of("*")),
                ScannerPermissions.statement(
                        "UploadTraces",
                        List.of(
                                "xray:PutTraceSegments",
                                "xray:PutTelemetryRecords",
                                "xray:GetSamplingRules",
                                "xray:GetSamplingTargets"),
                        List.of("*")));
    }

    /** Failed or timed-out executions, to the alerts topic. */
    private void alarm(ResourceNames names, ITopic alerts) {
        MetricOptions sum = MetricOptions.builder()
                .statistic("Sum")
                .period(Duration.minutes(5))
                .build();
        Alarm alarm = Alarm.Builder.create(this, "FailedExecutions")
                .alarmName(names.backfillFailedAlarm())
                .alarmDescription(
                        "Backfill executions of " + names.backfillStateMachine() + " that failed or timed out")
                .metric(MathExpression.Builder.create()
                        .expression("failed + timedOut")
                        .usingMetrics(Ordered.of(Map.of(
                                "failed", stateMachine.metricFailed(sum),
                                "timedOut", stateMachine.metricTimedOut(sum))))
                        .label("Failed and timed-out backfill executions")
                        .period(Duration.minutes(5))
                        .build())
                .threshold(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        alarm.addAlarmAction(new SnsAction(alerts));
    }

    private void suppressFindings(ResourceNames names, Bucket data) {
        Nag.suppress(
                role,
                "AwsSolutions-IAM5",
                "Result files are named by Step Functions at run time under scan-results/backfill/, inventory"
                        + " reports by S3 under inventory/, and child executions by Step Functions; log delivery and"
                        + " X-Ray trace upload support no resource-level permissions, so AWS requires '*'.",
                List.of(
                        "Resource::*",
                        "Resource::<" + Nag.logicalId(data) + ".Arn>/" + RESULTS_PREFIX + "*",
                        "Resource::<" + Nag.logicalId(inventory) + ".Arn>/" + INVENTORY_PREFIX + "/*",
                        "Resource::arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:execution:"
                                + names.backfillStateMachine() + ":*",
                        "Resource::arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:execution:"
                                + names.backfillStateMachine() + "/*"));
        Nag.suppress(
                role,
                "PCI.DSS.321-IAMNoInlinePolicy",
                "The policy belongs to this one state machine's role and must exist before the state machine"
                        + " is created (Step Functions checks log delivery then); inline keeps it in the role resource.");
        Nag.suppress(
                inventory,
                "PCI.DSS.321-S3BucketVersioningEnabled",
                "S3 Inventory writes each report once under a dated path and never overwrites it; reports expire"
                        + " after 90 days.");
        Nag.suppress(
                inventory,
                "PCI.DSS.321-S3BucketReplicationEnabled",
                "Single-region deployment: an inventory report is rebuilt weekly from the data bucket, and a"
                        + " replica would copy object names, which may hold cardholder data, to a second region.");
    }

    /** Returns the state machine. */
    public StateMachine stateMachine() {
        return stateMachine;
    }

    /** Returns the bucket S3 Inventory writes reports of the data bucket to. */
    public Bucket inventory() {
        return inventory;
    }

    /** Returns the function that scans one batch. */
    public ScannerFunction batchScanner() {
        return batchScanner;
    }

    /** Returns the function that writes a run's summary. */
    public ScannerFunction summarizer() {
        return summarizer;
    }
}
