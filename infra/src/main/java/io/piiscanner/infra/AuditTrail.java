package io.piiscanner.infra;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudtrail.AddEventSelectorOptions;
import software.amazon.awscdk.services.cloudtrail.ReadWriteType;
import software.amazon.awscdk.services.cloudtrail.S3EventSelector;
import software.amazon.awscdk.services.cloudtrail.Trail;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.FilterPattern;
import software.amazon.awscdk.services.logs.IFilterPattern;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.MetricFilter;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.constructs.Construct;

/**
 * The audit trail (PCI DSS 10.2): a CloudTrail trail of the region's management events and of
 * every object-level call on the data bucket, with log file validation, encrypted with the
 * stack's key, delivered to its own bucket (kept a year) and to an encrypted log group, whose
 * metric filters count what the anomaly alarms watch.
 *
 * <p>The counts come from the trail because the account-wide KMS usage metric cannot see a mass
 * download: with S3 Bucket Keys, reading many objects makes almost no KMS calls.
 */
public final class AuditTrail extends Construct {

    /** Namespace of the metrics the metric filters publish. */
    public static final String NAMESPACE = "PiiScanner/Audit";

    private static final Duration PERIOD = Duration.minutes(5);

    private final Bucket bucket;
    private final Trail trail;
    private final MetricFilter dataReads;
    private final MetricFilter keyDecrypts;
    private final MetricFilter accessDenied;

    /**
     * Creates the trail, its bucket and log group, and the metric filters.
     *
     * @param scope the stack
     * @param id construct id
     * @param base the names, key and removal behaviour of the stack
     * @param buckets the data bucket, whose object-level calls are recorded, and the server access log bucket
     */
    public AuditTrail(Construct scope, String id, Foundation base, Buckets buckets) {
        super(scope, id);
        ResourceNames names = base.names();
        IKey key = base.key();
        Removal removal = base.removal();
        IBucket data = buckets.data();
        IBucket accessLogs = buckets.accessLogs();
        bucket = Buckets.encrypted(this, "Bucket", names.trailBucket(), key, accessLogs, removal)
                // Versions keep an overwritten or deleted log file recoverable; validation proves it.
                .versioned(true)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("expire-after-" + Buckets.LOG_RETENTION_DAYS + "-days")
                        .expiration(Duration.days(Buckets.LOG_RETENTION_DAYS))
                        .noncurrentVersionExpiration(Duration.days(Buckets.LOG_RETENTION_DAYS))
                        .build()))
                .build();
        LogGroup logGroup = EncryptedLogGroups.create(this, "LogGroup", names.trailLogGroup(), key, removal.policy());
        trail = Trail.Builder.create(this, "Trail")
                .trailName(names.trail())
                .bucket(bucket)
                .encryptionKey(key)
                .enableFileValidation(true)
                // One region: the stack's. IAM and other global events are recorded here as well.
                .isMultiRegionTrail(false)
                .includeGlobalServiceEvents(true)
                .sendToCloudWatchLogs(true)
                .cloudWatchLogGroup(logGroup)
                .build();
        // One selector: all management events (KMS Decrypt among them) and the data bucket's
        // object-level calls; no other bucket's data events, which would be billed per call.
        trail.addS3EventSelector(
                List.of(S3EventSelector.builder().bucket(data).build()),
                AddEventSelectorOptions.builder()
                        .readWriteType(ReadWriteType.ALL)
                        .includeManagementEvents(true)
                        .build());

        dataReads = callsOf(
                "DataBucketGetObject",
                logGroup,
                "s3",
                "GetObject",
                "$.requestParameters.bucketName",
                data.getBucketName());
        keyDecrypts = callsOf("KeyDecrypt", logGroup, "kms", "Decrypt", "$.resources[0].ARN", key.getKeyArn());
        accessDenied = filter(
                "AccessDenied",
                logGroup,
                FilterPattern.any(
                        FilterPattern.stringValue("$.errorCode", "=", "AccessDenied*"),
                        FilterPattern.stringValue("$.errorCode", "=", "*UnauthorizedOperation")));
        suppressFindings();
    }

    /** Counts the calls of one API on one resource: {@code field} of the event names it. */
    private MetricFilter callsOf(
            String metricName, LogGroup logGroup, String service, String event, String field, String resource) {
        return filter(
                metricName,
                logGroup,
                FilterPattern.all(
                        FilterPattern.stringValue("$.eventSource", "=", service + ".amazonaws.com"),
                        FilterPattern.stringValue("$.eventName", "=", event),
                        FilterPattern.stringValue(field, "=", resource)));
    }

    private MetricFilter filter(String metricName, LogGroup logGroup, IFilterPattern pattern) {
        return MetricFilter.Builder.create(this, metricName + "Filter")
                .logGroup(logGroup)
                .filterPattern(pattern)
                .metricNamespace(NAMESPACE)
                .metricName(metricName)
                .metricValue("1")
                // Zeros when nothing matches, so the anomaly bands learn quiet periods too.
                .defaultValue(0)
                .build();
    }

    /** Returns GetObject calls on the data bucket per five minutes, by anyone (the scanner too). */
    public IMetric dataReads() {
        return sum(dataReads);
    }

    /** Returns Decrypt calls on the stack's key per five minutes. */
    public IMetric keyDecrypts() {
        return sum(keyDecrypts);
    }

    /** Returns calls refused for lack of permission per five minutes, anywhere in the region. */
    public IMetric accessDenied() {
        return sum(accessDenied);
    }

    private static IMetric sum(MetricFilter filter) {
        return filter.metric(
                MetricOptions.builder().statistic("Sum").period(PERIOD).build());
    }

    /** Returns the trail. */
    public Trail trail() {
        return trail;
    }

    /** Returns the bucket the trail delivers to. */
    public Bucket bucket() {
        return bucket;
    }

    private void suppressFindings() {
        Nag.suppress(
                trail,
                "PCI.DSS.321-IAMNoInlinePolicy",
                "CDK's role for CloudTrail's delivery to CloudWatch Logs: its one policy allows creating"
                        + " streams and putting events in this trail's log group only.");
        Nag.suppress(
                bucket,
                "PCI.DSS.321-S3BucketReplicationEnabled",
                "Single-region deployment: the trail's log files are versioned and validated in this"
                        + " region; replicating them would copy audit data outside the assessed scope.");
    }
}
