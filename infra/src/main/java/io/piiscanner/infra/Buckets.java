package io.piiscanner.infra;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.NoncurrentVersionTransition;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.StorageClass;
import software.constructs.Construct;

/**
 * The three buckets: the financial data bucket that is scanned, the VPC flow-logs bucket, and the
 * bucket that receives the other two's server access logs.
 */
public final class Buckets extends Construct {

    /** Noncurrent versions of data objects move to Glacier after this many days. */
    public static final int NONCURRENT_TO_GLACIER_DAYS = 30;

    /** Logs are kept a year (PCI DSS 10.7). */
    static final int LOG_RETENTION_DAYS = 365;

    private final Bucket data;
    private final Bucket flowLogs;
    private final Bucket accessLogs;

    /**
     * Creates the buckets.
     *
     * @param scope the stack
     * @param id construct id
     * @param base the names, key and removal behaviour of the stack
     */
    public Buckets(Construct scope, String id, Foundation base) {
        super(scope, id);
        ResourceNames names = base.names();
        IKey key = base.key();
        Removal removal = base.removal();
        accessLogs = Bucket.Builder.create(this, "AccessLogs")
                .bucketName(names.accessLogsBucket())
                // S3 server access logging cannot deliver to an SSE-KMS bucket, only to SSE-S3.
                .encryption(BucketEncryption.S3_MANAGED)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .enforceSsl(true)
                .minimumTlsVersion(1.2)
                .lifecycleRules(List.of(expireAfter(LOG_RETENTION_DAYS)))
                .removalPolicy(removal.policy())
                .autoDeleteObjects(removal.autoDelete())
                .build();
        data = encrypted(this, "Data", names.dataBucket(), key, accessLogs, removal)
                .versioned(true)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("noncurrent-versions-to-glacier")
                        .noncurrentVersionTransitions(List.of(NoncurrentVersionTransition.builder()
                                .storageClass(StorageClass.GLACIER)
                                .transitionAfter(Duration.days(NONCURRENT_TO_GLACIER_DAYS))
                                .build()))
                        .abortIncompleteMultipartUploadAfter(Duration.days(7))
                        .build()))
                .build();
        flowLogs = encrypted(this, "FlowLogs", names.flowLogsBucket(), key, accessLogs, removal)
                .lifecycleRules(List.of(expireAfter(LOG_RETENTION_DAYS)))
                .build();
        suppressFindings();
    }

    /**
     * Returns a builder of a bucket as all the stack's KMS-encrypted buckets are: encrypted with the
     * key (one data key per bucket instead of a KMS call per object), private, TLS 1.2 only, its
     * access logged to {@code accessLogs} under its name, and removed like the stack's data.
     *
     * @param scope the construct that owns it
     * @param id construct id
     * @param name the bucket name
     * @param key the stack's key
     * @param accessLogs the server access log bucket
     * @param removal removal policy and whether objects are deleted with the bucket
     * @return the builder, for what is particular to the bucket
     */
    static Bucket.Builder encrypted(
            Construct scope, String id, String name, IKey key, IBucket accessLogs, Removal removal) {
        return Bucket.Builder.create(scope, id)
                .bucketName(name)
                .encryption(BucketEncryption.KMS)
                .encryptionKey(key)
                .bucketKeyEnabled(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .enforceSsl(true)
                .minimumTlsVersion(1.2)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix(name + "/")
                .removalPolicy(removal.policy())
                .autoDeleteObjects(removal.autoDelete());
    }

    /** Returns the financial data bucket. */
    public Bucket data() {
        return data;
    }

    /** Returns the flow-logs bucket. */
    public Bucket flowLogs() {
        return flowLogs;
    }

    /** Returns the server access log bucket. */
    public Bucket accessLogs() {
        return accessLogs;
    }

    private static LifecycleRule expireAfter(int days) {
        return LifecycleRule.builder()
                .id("expire-after-" + days + "-days")
                .expiration(Duration.days(days))
                .build();
    }

    private void suppressFindings() {
        Nag.suppress(
                accessLogs,
                "AwsSolutions-S1",
                "This is the server access log destination; logging it into itself would loop.");
        Nag.suppress(
                accessLogs,
                "PCI.DSS.321-S3BucketLoggingEnabled",
                "This is the server access log destination; logging it into itself would loop.");
        Nag.suppress(
                accessLogs,
                "PCI.DSS.321-S3DefaultEncryptionKMS",
                "S3 server access logging delivers only to SSE-S3 buckets, not SSE-KMS; the bucket is"
                        + " encrypted with SSE-S3.");
        Nag.suppress(
                accessLogs,
                "PCI.DSS.321-S3BucketVersioningEnabled",
                "Access logs are append-only log delivery objects, never overwritten; they expire after a" + " year.");
        Nag.suppress(
                flowLogs,
                "PCI.DSS.321-S3BucketVersioningEnabled",
                "The issue specifies the flow-logs bucket unversioned: flow log objects are written once"
                        + " by the log delivery service and never overwritten.");
        for (Bucket bucket : List.of(accessLogs, data, flowLogs)) {
            Nag.suppress(
                    bucket,
                    "PCI.DSS.321-S3BucketReplicationEnabled",
                    "Single-region deployment: durability comes from S3's multi-AZ storage and, for the data"
                            + " bucket, versioning; cross-region replication would copy cardholder data to a"
                            + " second region outside the assessed scope.");
        }
    }
}
