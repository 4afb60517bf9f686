package io.piiscanner.api;

/**
 * The names of the metrics the scanning service emits (CloudWatch embedded metric format, in the
 * namespace {@link ServiceEnvironment#METRICS_NAMESPACE} names), defined once for the functions
 * that emit them and the stack's alarms and dashboard that read them.
 */
public final class ServiceMetricNames {

    /** Objects read in full, with or without findings. */
    public static final String OBJECTS_SCANNED = "ObjectsScanned";
    /** Objects recorded as skipped: too large, binary, encrypted, a bomb. */
    public static final String OBJECTS_SKIPPED = "ObjectsSkipped";
    /** Objects whose scan failed partway: damaged content or a detector failure. */
    public static final String OBJECTS_FAILED = "ObjectsFailed";
    /** Bytes read from objects. */
    public static final String BYTES_SCANNED = "BytesScanned";
    /** Milliseconds from an object's lookup to its stored result. */
    public static final String SCAN_LATENCY = "ScanLatency";
    /** Findings in an object. */
    public static final String FINDINGS = "Findings";
    /** Findings in an object of one entity type, with the type as the {@link #ENTITY_TYPE} dimension. */
    public static final String FINDINGS_BY_TYPE = "FindingsByType";
    /** High-risk alerts published. */
    public static final String ALERTS_PUBLISHED = "AlertsPublished";
    /** S3 and EventBridge event records and backfill items whose handling failed. */
    public static final String RECORDS_FAILED = "RecordsFailed";
    /** Queue messages that could not be handled: invalid ones, and failures returned to the queue. */
    public static final String MESSAGES_FAILED = "MessagesFailed";
    /** API requests answered with a 500. */
    public static final String API_ERRORS = "ApiErrors";

    /** The dimension every metric carries: the service name. */
    public static final String SERVICE = "Service";
    /** The dimension of {@link #FINDINGS_BY_TYPE}: the entity type. */
    public static final String ENTITY_TYPE = "EntityType";

    private ServiceMetricNames() {}
}
