package io.piiscanner.api;

/**
 * The environment variables the scanning service's functions are configured by, named once for the
 * stack that sets them and the configuration that reads them. The README lists them for users; the
 * functions check them at start-up.
 */
public final class ServiceEnvironment {

    /** The bucket whose objects are scanned and which receives result documents (required). */
    public static final String DATA_BUCKET = "DATA_BUCKET";
    /** The DynamoDB table of scan records and findings (required). */
    public static final String FINDINGS_TABLE = "FINDINGS_TABLE";
    /** The SNS topic for high-risk alerts, an ARN (required). */
    public static final String ALERT_TOPIC_ARN = "ALERT_TOPIC_ARN";
    /** The HMAC key under which object keys are stored, at least 32 bytes (required). */
    public static final String OBJECT_KEY_SECRET = "OBJECT_KEY_SECRET";
    /** Objects larger than this many bytes are recorded as skipped. */
    public static final String MAX_OBJECT_BYTES = "MAX_OBJECT_BYTES";
    /** Objects larger than this many bytes are queued rather than scanned while an API caller waits. */
    public static final String API_MAX_OBJECT_BYTES = "API_MAX_OBJECT_BYTES";
    /** The scan queue the API hands larger objects to; set on the API function only. */
    public static final String SCAN_QUEUE_URL = "SCAN_QUEUE_URL";
    /** Findings stored per object version. */
    public static final String MAX_STORED_FINDINGS = "MAX_STORED_FINDINGS";
    /** Findings below this confidence, 0 to 1, are not reported. */
    public static final String MIN_CONFIDENCE = "MIN_CONFIDENCE";
    /** Entity types that raise an alert, comma-separated. */
    public static final String ALERT_TYPES = "ALERT_TYPES";
    /** CloudWatch namespace of the service's metrics (Powertools' variable). */
    public static final String METRICS_NAMESPACE = "POWERTOOLS_METRICS_NAMESPACE";
    /** The service name in logs and the {@code Service} dimension of metrics (Powertools' variable). */
    public static final String SERVICE_NAME = "POWERTOOLS_SERVICE_NAME";

    /** The metrics namespace the stack sets, and the functions' default. */
    public static final String DEFAULT_METRICS_NAMESPACE = "PiiScanner";
    /** The service name the stack sets, and the functions' default. */
    public static final String DEFAULT_SERVICE_NAME = "pii-scanner";

    private ServiceEnvironment() {}
}
