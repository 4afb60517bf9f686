package io.piiscanner.lambda;

import com.amazonaws.xray.interceptors.TracingInterceptor;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.EngineConfig;
import io.piiscanner.lambda.alert.AlertPublisher;
import io.piiscanner.lambda.config.ConfigException;
import io.piiscanner.lambda.config.ServiceConfig;
import io.piiscanner.lambda.keys.ObjectKeys;
import io.piiscanner.lambda.model.EngineIdentity;
import io.piiscanner.lambda.queue.ScanQueue;
import io.piiscanner.lambda.results.ResultDocuments;
import io.piiscanner.lambda.scan.ObjectScanner;
import io.piiscanner.lambda.scan.ScanPipeline;
import io.piiscanner.lambda.scan.TextScanner;
import io.piiscanner.lambda.store.FindingsQueries;
import io.piiscanner.lambda.store.FindingsTable;
import io.piiscanner.lambda.tagging.ObjectTagger;
import io.piiscanner.lambda.telemetry.LogSafe;
import io.piiscanner.lambda.telemetry.Telemetry;
import io.piiscanner.s3.AwsClients;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.lambda.powertools.metrics.MetricsBuilder;

/**
 * The service's parts, built once per execution environment: the engine, the AWS clients and
 * everything that uses them. Built in the handlers' initialisation, so that SnapStart snapshots
 * them and invocations only use them.
 *
 * @param config    the settings
 * @param pipeline  handles object references
 * @param text      scans inline text
 * @param queries   reads findings
 * @param scanQueue the scan queue, where the API hands objects too large to scan while it waits
 * @param telemetry metrics and traces
 * @param engine    the detection engine
 * @param keys      what the service stores and shows in place of object keys
 * @param s3        the S3 client, for the backfill's result files
 */
public record ScannerService(
        ServiceConfig config,
        ScanPipeline pipeline,
        TextScanner text,
        FindingsQueries queries,
        Optional<ScanQueue> scanQueue,
        Telemetry telemetry,
        Engine engine,
        ObjectKeys keys,
        S3Client s3) {

    /**
     * The service of this execution environment, built from the process environment on first
     * use: when Lambda instantiates a handler in its init phase, which SnapStart snapshots.
     *
     * @throws io.piiscanner.lambda.config.ConfigException (as the cause of an
     *         {@link ExceptionInInitializerError}) when the environment is incomplete
     */
    public static ScannerService shared() {
        return Shared.INSTANCE;
    }

    /** Holds the shared service; class initialisation makes building it happen once. */
    private static final class Shared {
        private static final Logger LOG = LoggerFactory.getLogger(ScannerService.class);
        static final ScannerService INSTANCE = create();

        private static ScannerService create() {
            long t0 = System.nanoTime();
            try {
                ScannerService service = fromEnvironment(System.getenv());
                LOG.info("initialised in {} ms", (System.nanoTime() - t0) / 1_000_000);
                return service;
            } catch (ConfigException e) {
                // One line that says what to fix, before the runtime reports the failed init.
                LOG.error(e.getMessage());
                throw e;
            }
        }
    }

    /**
     * Builds the service from environment variables.
     *
     * @throws io.piiscanner.lambda.config.ConfigException listing every configuration problem
     */
    public static ScannerService fromEnvironment(Map<String, String> env) {
        Engine probe = Engine.withDefaults();
        Set<String> knownTypes = probe.detectors().stream().map(Detector::type).collect(Collectors.toSet());
        ServiceConfig config = ServiceConfig.fromEnvironment(env, knownTypes);
        Engine engine = config.minConfidence() == EngineConfig.DEFAULT_MIN_CONFIDENCE
                ? probe
                : Engine.create(EngineConfig.builder()
                        .minConfidence(config.minConfidence())
                        .build());

        prime(engine);

        AwsClients aws = new AwsClients(env);
        ClientOverrideConfiguration traced = ClientOverrideConfiguration.builder()
                .addExecutionInterceptor(new TracingInterceptor())
                .build();
        S3Client s3 = aws.s3(traced);
        DynamoDbClient dynamo = aws.configure(DynamoDbClient.builder(), "DYNAMODB")
                .overrideConfiguration(traced)
                .build();
        SnsClient sns = aws.configure(SnsClient.builder(), "SNS")
                .overrideConfiguration(traced)
                .build();

        Telemetry telemetry = new Telemetry(
                MetricsBuilder.builder()
                        .withNamespace(config.metricsNamespace())
                        .withService(config.serviceName())
                        .build(),
                config.metricsNamespace(),
                config.serviceName());
        Clock clock = Clock.systemUTC();
        ObjectKeys keys = new ObjectKeys(config.objectKeySecret(), engine.names());
        EngineIdentity identity = EngineIdentity.of(engine);
        FindingsTable table = new FindingsTable(dynamo, config.findingsTable(), keys, identity);
        ScanPipeline pipeline = new ScanPipeline(
                config.dataBucket(),
                new ObjectScanner(s3, engine, config.maxObjectBytes(), config.maxStoredFindings(), clock),
                table,
                new ResultDocuments(s3, config.dataBucket(), keys),
                new ObjectTagger(s3),
                new AlertPublisher(sns, config.alertTopicArn(), config.alertTypes(), table, clock, keys),
                telemetry,
                new LogSafe(engine.names()),
                identity);
        Optional<ScanQueue> scanQueue = config.scanQueueUrl()
                .map(url -> new ScanQueue(
                        aws.configure(SqsClient.builder(), "SQS")
                                .overrideConfiguration(traced)
                                .build(),
                        url));
        return new ScannerService(
                config,
                pipeline,
                new TextScanner(engine),
                new FindingsQueries(dynamo, config.findingsTable(), keys),
                scanQueue,
                telemetry,
                engine,
                keys,
                s3);
    }

    /**
     * Runs the engine once over synthetic values of the common types, so that its classes are
     * loaded and its detectors' first-use work is done during init, which SnapStart snapshots,
     * instead of in the first invocation.
     */
    private static void prime(Engine engine) {
        byte[] sample = ("card 5555 5555 5555 4444, ssn 219-09-9999, mail x@example.org, "
                        + "iban GB82 WEST 1234 5698 7654 32, phone +44 20 7946 0958, key AKIAJQZ7EXAMPLEKEY55")
                .getBytes(StandardCharsets.UTF_8);
        new TextScanner(engine).scan(sample, InputFormat.TEXT);
    }
}
