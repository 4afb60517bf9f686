package io.piiscanner.lambda.config;

import static io.piiscanner.api.ServiceEnvironment.ALERT_TOPIC_ARN;
import static io.piiscanner.api.ServiceEnvironment.ALERT_TYPES;
import static io.piiscanner.api.ServiceEnvironment.API_MAX_OBJECT_BYTES;
import static io.piiscanner.api.ServiceEnvironment.DATA_BUCKET;
import static io.piiscanner.api.ServiceEnvironment.DEFAULT_METRICS_NAMESPACE;
import static io.piiscanner.api.ServiceEnvironment.DEFAULT_SERVICE_NAME;
import static io.piiscanner.api.ServiceEnvironment.FINDINGS_TABLE;
import static io.piiscanner.api.ServiceEnvironment.MAX_OBJECT_BYTES;
import static io.piiscanner.api.ServiceEnvironment.MAX_STORED_FINDINGS;
import static io.piiscanner.api.ServiceEnvironment.METRICS_NAMESPACE;
import static io.piiscanner.api.ServiceEnvironment.MIN_CONFIDENCE;
import static io.piiscanner.api.ServiceEnvironment.OBJECT_KEY_SECRET;
import static io.piiscanner.api.ServiceEnvironment.SCAN_QUEUE_URL;
import static io.piiscanner.api.ServiceEnvironment.SERVICE_NAME;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The service's settings, read only from environment variables and checked once at start-up,
 * so that a misconfigured function fails its first invocation with a message that says what to
 * fix, instead of failing half-way through a scan. The variables are named in
 * {@link io.piiscanner.api.ServiceEnvironment}.
 *
 * @param dataBucket        the bucket whose objects are scanned and which receives result documents
 * @param findingsTable     the DynamoDB table of scan records and findings
 * @param alertTopicArn     the SNS topic for high-risk alerts
 * @param maxObjectBytes    objects larger than this are recorded as skipped
 * @param apiMaxObjectBytes objects larger than this are not scanned while an API caller waits, but queued
 * @param scanQueueUrl      the scan queue, to which the API hands larger objects; empty where it has none
 * @param maxStoredFindings findings stored per object version (the counts always cover all)
 * @param minConfidence     findings below this confidence are not reported
 * @param alertTypes        entity types that raise an alert
 * @param metricsNamespace  CloudWatch namespace of the service's metrics
 * @param serviceName       the service name in logs and metrics
 * @param objectKeySecret   the HMAC key under which object keys are stored (table keys, result document names)
 */
public record ServiceConfig(
        String dataBucket,
        String findingsTable,
        String alertTopicArn,
        long maxObjectBytes,
        long apiMaxObjectBytes,
        Optional<String> scanQueueUrl,
        int maxStoredFindings,
        double minConfidence,
        Set<String> alertTypes,
        String metricsNamespace,
        String serviceName,
        byte[] objectKeySecret) {

    /** 1 GiB: at the engine's single-thread throughput, a scan that fits Lambda's 15 minutes. */
    public static final long DEFAULT_MAX_OBJECT_BYTES = 1L << 30;
    /**
     * 256 MiB: API Gateway waits 29 seconds and the API function's timeout is 28. At the engine's
     * measured single-thread throughput (50.8 MB/s for a whole process, start-up included; see the
     * README's Performance section) that is a 5.3-second scan, which still fits at a quarter of
     * that speed with the rest of the request (HEAD, storing findings, result document, tags).
     */
    public static final long DEFAULT_API_MAX_OBJECT_BYTES = 256L << 20;

    public static final int DEFAULT_MAX_STORED_FINDINGS = 1000;
    /** Findings are kept in memory until stored: this bounds what one object can hold. */
    public static final int MAX_STORED_FINDINGS_LIMIT = 100_000;

    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;
    /** Payment, identity, bank and credential data: what a person must look at. */
    public static final Set<String> DEFAULT_ALERT_TYPES = Set.of(
            "CREDIT_CARD", "US_SSN", "US_ITIN", "US_BANK_NUMBER", "IBAN_CODE", "AWS_ACCESS_KEY", "AWS_SECRET_KEY");
    /** 32 bytes, as long as the HMAC-SHA256 output: a shorter key would be the weaker part. */
    public static final int MIN_SECRET_BYTES = 32;

    public ServiceConfig {
        alertTypes = Set.copyOf(alertTypes);
    }

    /**
     * Reads and checks the settings.
     *
     * @param env        the environment variables
     * @param knownTypes the entity types the engine reports, to check {@value io.piiscanner.api.ServiceEnvironment#ALERT_TYPES} against
     * @throws ConfigException listing every missing or invalid variable
     */
    public static ServiceConfig fromEnvironment(Map<String, String> env, Set<String> knownTypes) {
        Reader r = new Reader(env);
        String bucket = r.required(DATA_BUCKET);
        String table = r.required(FINDINGS_TABLE);
        String topic = r.required(ALERT_TOPIC_ARN);
        if (topic != null && !topic.startsWith("arn:")) {
            r.problem(ALERT_TOPIC_ARN + " must be an SNS topic ARN (arn:aws:sns:...)");
        }
        long maxBytes = r.positiveLong(MAX_OBJECT_BYTES, DEFAULT_MAX_OBJECT_BYTES);
        long apiMaxBytes = r.positiveLong(API_MAX_OBJECT_BYTES, DEFAULT_API_MAX_OBJECT_BYTES);
        Optional<String> scanQueue = Optional.ofNullable(r.value(SCAN_QUEUE_URL));
        long maxFindings = r.positiveLong(MAX_STORED_FINDINGS, DEFAULT_MAX_STORED_FINDINGS);
        if (maxFindings > MAX_STORED_FINDINGS_LIMIT) {
            r.problem(MAX_STORED_FINDINGS + " must be at most " + MAX_STORED_FINDINGS_LIMIT + ", got " + maxFindings);
        }
        double minConfidence = r.confidence(MIN_CONFIDENCE, DEFAULT_MIN_CONFIDENCE);
        Set<String> alertTypes = r.types(ALERT_TYPES, DEFAULT_ALERT_TYPES, knownTypes);
        String namespace = r.optional(METRICS_NAMESPACE, DEFAULT_METRICS_NAMESPACE);
        String service = r.optional(SERVICE_NAME, DEFAULT_SERVICE_NAME);
        byte[] secret = r.secret(OBJECT_KEY_SECRET, MIN_SECRET_BYTES);
        r.throwIfProblems();
        return new ServiceConfig(
                bucket,
                table,
                topic,
                maxBytes,
                apiMaxBytes,
                scanQueue,
                (int) maxFindings,
                minConfidence,
                alertTypes,
                namespace,
                service,
                secret);
    }

    /** Collects every problem, so one failed start-up shows them all. */
    private static final class Reader {
        private final Map<String, String> env;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, String> env) {
            this.env = env;
        }

        void problem(String message) {
            problems.add(message);
        }

        String value(String name) {
            String v = env.get(name);
            return v == null || v.isBlank() ? null : v.strip();
        }

        String required(String name) {
            String v = value(name);
            if (v == null) {
                problem(name + " is not set");
            }
            return v;
        }

        String optional(String name, String fallback) {
            String v = value(name);
            return v == null ? fallback : v;
        }

        /** A secret's bytes; a problem names the variable, never its value. */
        byte[] secret(String name, int minBytes) {
            String v = required(name);
            if (v == null) {
                return null;
            }
            byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < minBytes) {
                problem(name + " must be at least " + minBytes + " bytes long");
            }
            return bytes;
        }

        long positiveLong(String name, long fallback) {
            String v = value(name);
            if (v == null) {
                return fallback;
            }
            try {
                long n = Long.parseLong(v);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(name + " must be a positive whole number, got '" + v + "'");
            return fallback;
        }

        double confidence(String name, double fallback) {
            String v = value(name);
            if (v == null) {
                return fallback;
            }
            try {
                double d = Double.parseDouble(v);
                if (d >= 0 && d <= 1) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(name + " must be a number between 0 and 1, got '" + v + "'");
            return fallback;
        }

        Set<String> types(String name, Set<String> fallback, Set<String> known) {
            String v = value(name);
            if (v == null) {
                return fallback;
            }
            Set<String> types = new LinkedHashSet<>();
            for (String t : v.split(",")) {
                String type = t.strip().toUpperCase(Locale.ROOT);
                if (type.isEmpty()) {
                    continue;
                }
                if (!known.contains(type)) {
                    problem(name + " names unknown entity type '" + t.strip() + "'");
                }
                types.add(type);
            }
            return types;
        }

        void throwIfProblems() {
            if (!problems.isEmpty()) {
                throw new ConfigException("invalid configuration: " + String.join("; ", problems));
            }
        }
    }
}
