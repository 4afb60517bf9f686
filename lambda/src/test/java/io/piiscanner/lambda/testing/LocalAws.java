package io.piiscanner.lambda.testing;

import io.piiscanner.api.ServiceEnvironment;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.NameMasker;
import io.piiscanner.lambda.ScannerService;
import io.piiscanner.lambda.keys.ObjectKeys;
import io.piiscanner.lambda.results.ResultDocuments;
import io.piiscanner.s3.AwsClients;
import io.piiscanner.s3.testing.S3Emulator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;

/**
 * Local implementations of every AWS API the service uses, started once per test JVM on
 * loopback: S3Mock (S3), DynamoDB Local (DynamoDB), the SNS stand-in, and ElasticMQ (SQS, on
 * first use). The service reaches them only through {@code AWS_ENDPOINT_URL_<SERVICE>}
 * variables, as it would reach LocalStack.
 */
public final class LocalAws {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static LocalAws instance;

    private final S3Emulator s3;
    private final DynamoDbLocal dynamoLocal;
    private final SnsStandIn sns;
    private final DynamoDbClient dynamo;
    private ElasticMq sqs;

    private LocalAws() {
        this.s3 = S3Emulator.get();
        this.dynamoLocal = DynamoDbLocal.start();
        this.sns = SnsStandIn.start();
        this.dynamo = new AwsClients(awsEnv())
                .configure(DynamoDbClient.builder(), "DYNAMODB")
                .build();
    }

    public static synchronized LocalAws get() {
        if (instance == null) {
            instance = new LocalAws();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "local-aws-stop"));
        }
        return instance;
    }

    private synchronized void stop() {
        if (sqs != null) {
            sqs.stop();
        }
        sns.stop();
        dynamoLocal.stop();
    }

    /** The endpoint and region variables that point AWS clients here. */
    public Map<String, String> awsEnv() {
        Map<String, String> env = new HashMap<>(s3.env());
        env.put(AwsClients.ENDPOINT_ENV + "_DYNAMODB", dynamoLocal.endpoint().toString());
        env.put(AwsClients.ENDPOINT_ENV + "_SNS", sns.endpoint().toString());
        return env;
    }

    public S3Client s3() {
        return s3.client();
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public SnsStandIn sns() {
        return sns;
    }

    public synchronized ElasticMq sqs() {
        if (sqs == null) {
            sqs = ElasticMq.start();
        }
        return sqs;
    }

    /**
     * A fresh data bucket, findings table and alert topic, like one deployment of the stack.
     *
     * @param versioned whether the bucket keeps versions
     * @param extraEnv  more environment variables of the function, e.g. {@code MAX_OBJECT_BYTES}
     */
    public Deployment deploy(boolean versioned, Map<String, String> extraEnv) {
        String name = "pii" + NAMES.incrementAndGet();
        String bucket = s3.createBucket(name + "-data");
        if (versioned) {
            s3.client()
                    .putBucketVersioning(b ->
                            b.bucket(bucket).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
        }
        String table = name + "-findings";
        DynamoDbLocal.createFindingsTable(dynamo, table);
        String topic = sns.createTopic(name + "-alerts");
        Map<String, String> env = new HashMap<>(awsEnv());
        env.put(ServiceEnvironment.DATA_BUCKET, bucket);
        env.put(ServiceEnvironment.FINDINGS_TABLE, table);
        env.put(ServiceEnvironment.ALERT_TOPIC_ARN, topic);
        env.put(ServiceEnvironment.OBJECT_KEY_SECRET, "object-key-secret-of-" + name + "-".repeat(32));
        env.putAll(extraEnv);
        return new Deployment(bucket, table, topic, Map.copyOf(env));
    }

    /** The built-in detectors' masker, as the service's engine has it with default settings. */
    private static final class DefaultNames {
        static final NameMasker NAMES = Engine.withDefaults().names();
    }

    /** One deployment: its resources and the function's environment variables. */
    public record Deployment(String bucket, String table, String topicArn, Map<String, String> env) {

        /** The service as a function with this environment builds it. */
        public ScannerService service() {
            return ScannerService.fromEnvironment(env);
        }

        /** What this deployment stores and shows in place of object keys. */
        public ObjectKeys keys() {
            byte[] secret = env.get(ServiceEnvironment.OBJECT_KEY_SECRET).getBytes(StandardCharsets.UTF_8);
            return new ObjectKeys(secret, DefaultNames.NAMES);
        }

        /** The key of an object's result document. */
        public String resultKey(String objectKey) {
            return new ResultDocuments(get().s3(), bucket, keys()).keyFor(objectKey);
        }

        /** Stores an object and returns its version id, or {@code null} in an unversioned bucket. */
        public String put(String key, byte[] content) {
            return get().s3()
                    .putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content))
                    .versionId();
        }

        /** Every item of the findings table. */
        public List<Map<String, AttributeValue>> items() {
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            get().dynamo().scanPaginator(b -> b.tableName(table)).items().forEach(items::add);
            return items;
        }

        /** The table items of an object: those in its partition, which is named by its key's HMAC. */
        public List<Map<String, AttributeValue>> itemsOf(String key) {
            String partition = "/" + keys().id(key);
            return items().stream()
                    .filter(i -> i.get("pk").s().endsWith(partition))
                    .toList();
        }

        /** The alerts published to this deployment's topic. */
        public List<SnsStandIn.Published> alerts() {
            return get().sns().published().stream()
                    .filter(p -> p.topicArn().equals(topicArn))
                    .toList();
        }

        /** An object's content, as a string. */
        public String read(String key) {
            return get().s3().getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
        }

        /** An object's tags. */
        public Map<String, String> tags(String key, String versionId) {
            Map<String, String> tags = new HashMap<>();
            get().s3()
                    .getObjectTagging(b -> b.bucket(bucket).key(key).versionId(versionId))
                    .tagSet()
                    .forEach(t -> tags.put(t.key(), t.value()));
            return tags;
        }
    }
}
