package io.piiscanner.s3.testing;

import com.adobe.testing.s3mock.S3MockApplication;
import io.piiscanner.s3.AwsClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Adobe's S3Mock, a real S3 API implementation, started once per test JVM in-process on a free
 * loopback port. Tests reach it only through {@code AWS_ENDPOINT_URL_S3}, as the code under test
 * would reach LocalStack. Each test makes its own bucket, so tests do not see each other's data.
 */
public final class S3Emulator {

    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static S3Emulator instance;

    private final URI endpoint;
    private final S3Client client;

    // S3Mock 4 deprecates its HTTP port getter in favour of HTTPS; the tests use plain HTTP.
    @SuppressWarnings("removal")
    private S3Emulator(S3MockApplication app) {
        this.endpoint = URI.create("http://127.0.0.1:" + app.getHttpPort());
        this.client = new AwsClients(env()).s3();
    }

    /** The shared emulator, started on first use and stopped when the JVM exits. */
    public static synchronized S3Emulator get() {
        if (instance == null) {
            Path root;
            try {
                root = Files.createTempDirectory("s3mock");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // S3Mock removes entries from the map it is given, so it must be mutable.
            S3MockApplication app = S3MockApplication.start(new HashMap<>(Map.of(
                    S3MockApplication.PROP_HTTP_PORT,
                    S3MockApplication.RANDOM_PORT,
                    S3MockApplication.PROP_HTTPS_PORT,
                    S3MockApplication.RANDOM_PORT,
                    S3MockApplication.PROP_ROOT_DIRECTORY,
                    root.toString(),
                    S3MockApplication.PROP_SILENT,
                    true,
                    // Listen on loopback only.
                    "server.address",
                    "127.0.0.1",
                    // Spring Boot must not reconfigure the logging of the code under test.
                    "logging.level.root",
                    "WARN")));
            instance = new S3Emulator(app);
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "s3mock-stop"));
        }
        return instance;
    }

    /** The emulator's HTTP endpoint. */
    public URI endpoint() {
        return endpoint;
    }

    /** Environment variables that point AWS clients at the emulator. */
    public Map<String, String> env() {
        return Map.of(AwsClients.ENDPOINT_ENV + "_S3", endpoint.toString(), "AWS_REGION", "us-east-1");
    }

    /** A client for arranging and checking test data. */
    public S3Client client() {
        return client;
    }

    /** Creates a bucket with a fresh name starting with {@code prefix}. */
    public String createBucket(String prefix) {
        String bucket = prefix + "-" + ProcessHandle.current().pid() + "-" + BUCKETS.incrementAndGet();
        client.createBucket(b -> b.bucket(bucket));
        return bucket;
    }

    /** Stores an object. */
    public void put(String bucket, String key, byte[] content) {
        client.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content));
    }
}
