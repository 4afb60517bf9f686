package io.piiscanner.infra;

import io.piiscanner.api.ServiceEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Match;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.events.targets.LambdaFunctionProps;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.constructs.Construct;

/**
 * The scanning service: one function per entry point of the Lambda jar, and their triggers. A
 * whole-object scan may take minutes while API Gateway waits at most 29 seconds, and each role
 * gets only what its trigger needs, so S3 events, queue messages and API requests each have
 * their own function.
 */
public final class ScannerFunctions extends Construct {

    /** Handler of S3 Object Created events delivered by EventBridge, in the Lambda jar. */
    public static final String S3_HANDLER = "io.piiscanner.lambda.s3event.EventBridgeHandler::handleRequest";

    /** Handler of scan-queue messages, in the Lambda jar. */
    public static final String QUEUE_HANDLER = "io.piiscanner.lambda.sqs.SqsHandler::handleRequest";

    /** Handler of API Gateway proxy requests, in the Lambda jar. */
    public static final String API_HANDLER = "io.piiscanner.lambda.api.ApiHandler::handleRequest";

    /** Lambda's maximum: the Lambda module sizes its object limit (1 GiB) to fit one scan in it. */
    static final Duration SCAN_TIMEOUT = Duration.minutes(15);

    /** Below API Gateway's 29-second integration timeout, so the caller gets the function's answer. */
    static final Duration API_TIMEOUT = Duration.seconds(28);

    /**
     * How often EventBridge retries delivering an event it could not hand to Lambda (throttling);
     * once delivered, Lambda retries a failed invocation twice and then sends the event to the
     * dead-letter queue.
     */
    static final int EVENT_RETRY_ATTEMPTS = 8;

    /** Memory of every function; Lambda allots CPU in proportion. */
    static final int MEMORY_MB = 2048;

    /**
     * What the functions run and reach.
     *
     * @param lambdaJar the Lambda module's shaded jar
     * @param network the isolated network the functions run in
     * @param stores what the functions read and write
     * @param queues the scan queue, which the queue function consumes and the API feeds, and its
     *     dead-letter queue, which receives the S3 events that failed every retry
     * @param reservedConcurrency reserved concurrent executions of each function, if any
     * @param queueConcurrency the most queue batches handled at once
     */
    public record Props(
            Path lambdaJar,
            Network network,
            ServiceStores stores,
            ScanQueue queues,
            OptionalInt reservedConcurrency,
            int queueConcurrency) {}

    private final ScannerFunction objectScanner;
    private final ScannerFunction queueScanner;
    private final ScannerFunction apiHandler;
    private final ScannerFunction.Shared shared;
    private final Rule uploads;

    /**
     * Creates the functions and connects the upload notification and the queue.
     *
     * @param scope the stack
     * @param id construct id
     * @param base the names, key and removal behaviour of the stack
     * @param props what the functions run and reach
     */
    public ScannerFunctions(Construct scope, String id, Foundation base, Props props) {
        super(scope, id);
        ResourceNames names = base.names();
        ServiceStores stores = props.stores();
        Network network = props.network();
        shared = new ScannerFunction.Shared(
                Code.fromAsset(props.lambdaJar().toString()),
                base.key(),
                network.vpc(),
                network.privateSubnets(),
                network.functionSecurityGroup(),
                environment(stores),
                props.reservedConcurrency(),
                base.removal());
        List<PolicyStatement> dataAccess = ScannerPermissions.dataAccess(stores, base.key());
        String deadLetterQueueArn = props.queues().deadLetterQueue().getQueueArn();

        List<PolicyStatement> objectScannerAccess = new ArrayList<>(dataAccess);
        objectScannerAccess.add(ScannerPermissions.statement(
                "SendFailedEventsToDeadLetterQueue", List.of("sqs:SendMessage"), List.of(deadLetterQueueArn)));
        objectScanner = new ScannerFunction(
                this,
                "ObjectScanner",
                new ScannerFunction.Spec(
                        names.function(),
                        S3_HANDLER,
                        "Scans every object created in the data bucket outside " + ResourceNames.RESULTS_PREFIX,
                        SCAN_TIMEOUT,
                        MEMORY_MB),
                shared,
                objectScannerAccess);
        // Failed asynchronous S3 events go to the dead-letter queue. Set on the CloudFormation
        // resource because the L2 property would also grant kms:ReEncrypt* and kms:GenerateDataKey*.
        ((CfnFunction) objectScanner.function().getNode().getDefaultChild())
                .setDeadLetterConfig(CfnFunction.DeadLetterConfigProperty.builder()
                        .targetArn(deadLetterQueueArn)
                        .build());
        // Every object created in the data bucket, whatever its prefix, except the service's own
        // output: S3 notification filters match only given prefixes, EventBridge rules can match
        // "anything but a prefix". Result documents never trigger a scan (the handler skips them too).
        stores.data().enableEventBridgeNotification();
        uploads = Rule.Builder.create(this, "ObjectCreated")
                .ruleName(names.uploadsRule())
                .description("Objects created in the data bucket outside " + ResourceNames.RESULTS_PREFIX)
                .eventPattern(EventPattern.builder()
                        .source(List.of("aws.s3"))
                        .detailType(List.of("Object Created"))
                        .detail(Ordered.of(Map.of(
                                "bucket", Map.of("name", List.of(stores.data().getBucketName())),
                                "object", Map.of("key", Match.anythingButPrefix(ResourceNames.RESULTS_PREFIX)))))
                        .build())
                .targets(List.of(new LambdaFunction(
                        objectScanner.alias(),
                        LambdaFunctionProps.builder()
                                .retryAttempts(EVENT_RETRY_ATTEMPTS)
                                .maxEventAge(Duration.hours(24))
                                .build())))
                .build();

        queueScanner = new ScannerFunction(
                this,
                "QueueScanner",
                new ScannerFunction.Spec(
                        names.function() + "-queue",
                        QUEUE_HANDLER,
                        "Scans objects named by scan-queue messages",
                        SCAN_TIMEOUT,
                        MEMORY_MB),
                shared,
                dataAccess);
        queueScanner
                .alias()
                .addEventSource(SqsEventSource.Builder.create(props.queues().queue())
                        .batchSize(10)
                        .reportBatchItemFailures(true)
                        // No more concurrent batches than reserved executions, or throttled batches would
                        // be retried into the dead-letter queue.
                        .maxConcurrency(props.queueConcurrency())
                        .build());

        // Objects too large to scan within the API's timeout go to the scan queue (202).
        List<PolicyStatement> apiAccess = new ArrayList<>(dataAccess);
        apiAccess.add(ScannerPermissions.statement(
                "QueueLargeObjects",
                List.of("sqs:SendMessage"),
                List.of(props.queues().queue().getQueueArn())));
        apiHandler = new ScannerFunction(
                this,
                "ApiHandler",
                new ScannerFunction.Spec(
                        names.function() + "-api",
                        API_HANDLER,
                        "Serves POST /scan and GET /findings",
                        API_TIMEOUT,
                        MEMORY_MB),
                shared,
                apiAccess);
        apiHandler
                .function()
                .addEnvironment(
                        ServiceEnvironment.SCAN_QUEUE_URL,
                        props.queues().queue().getQueueUrl());

        for (ScannerFunction function : List.of(objectScanner, queueScanner, apiHandler)) {
            suppressWildcardResources(stores, function);
        }
    }

    /**
     * The variables {@code io.piiscanner.lambda.config.ServiceConfig} reads; the rest keep its
     * defaults (the API's synchronous object limit among them: 256 MiB, a scan of about four
     * seconds at the engine's measured single-thread throughput).
     */
    private static Map<String, String> environment(ServiceStores stores) {
        return Ordered.of(Map.of(
                ServiceEnvironment.DATA_BUCKET, stores.data().getBucketName(),
                ServiceEnvironment.FINDINGS_TABLE, stores.findings().getTableName(),
                ServiceEnvironment.ALERT_TOPIC_ARN, stores.alerts().getTopicArn(),
                // A dynamic reference: the template names the secret, CloudFormation resolves its value.
                ServiceEnvironment.OBJECT_KEY_SECRET,
                        stores.objectKeySecret().getSecretValue().unsafeUnwrap(),
                ServiceEnvironment.SERVICE_NAME, ServiceEnvironment.DEFAULT_SERVICE_NAME,
                ServiceEnvironment.METRICS_NAMESPACE, ServiceEnvironment.DEFAULT_METRICS_NAMESPACE));
    }

    /**
     * The wildcards in the function roles are all resource paths below a named resource (objects of
     * the data bucket, result documents, indexes of the table) or "*" where AWS requires it.
     */
    static void suppressWildcardResources(ServiceStores stores, ScannerFunction function) {
        String bucket = Nag.logicalId(stores.data());
        String table = Nag.logicalId(stores.findings());
        Nag.suppress(
                function.role(),
                "AwsSolutions-IAM5",
                "Object-level S3 permissions name objects by key pattern (every object of the data bucket"
                        + " to read and tag it, only scan-results/ to write), DynamoDB queries name the table's"
                        + " indexes, and ENI management and X-Ray trace upload support no resource-level"
                        + " permissions, so AWS requires '*' for them.",
                List.of(
                        "Resource::*",
                        "Resource::<" + bucket + ".Arn>/*",
                        "Resource::<" + bucket + ".Arn>/" + ResourceNames.RESULTS_PREFIX + "*",
                        "Resource::<" + table + ".Arn>/index/*"));
    }

    /** Returns what every function of the service shares: code, key, network, environment. */
    public ScannerFunction.Shared shared() {
        return shared;
    }

    /** Returns the rule that sends every object created in the data bucket to the object scanner. */
    public Rule uploads() {
        return uploads;
    }

    /** Returns the three functions. */
    public List<IFunction> all() {
        return List.of(objectScanner.function(), queueScanner.function(), apiHandler.function());
    }

    /** Returns the function triggered by uploads. */
    public ScannerFunction objectScanner() {
        return objectScanner;
    }

    /** Returns the function triggered by the scan queue. */
    public ScannerFunction queueScanner() {
        return queueScanner;
    }

    /** Returns the function behind the API. */
    public ScannerFunction apiHandler() {
        return apiHandler;
    }
}
