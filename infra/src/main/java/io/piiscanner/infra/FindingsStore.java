package io.piiscanner.infra;

import java.util.List;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The DynamoDB table of scan records and findings, with the key design of the Lambda module
 * ({@code io.piiscanner.lambda.store.TableKeys}): every item of one object shares the partition
 * {@code OBJECT#<bucket>/<objectId>}, which serves {@code GET /findings?objectKey=...}, and the
 * global secondary index {@value #TYPE_INDEX}, keyed by entity type and scan time, serves
 * {@code GET /findings?type=...&since=...}.
 *
 * <p>An object key may hold personal data, so the table holds it masked, and in its keys as
 * {@code <objectId>}, the key's HMAC-SHA256 under the {@link #objectKeySecret() object-key secret}
 * (result document names too). Secrets Manager generates the secret at deployment; the functions
 * get it in their KMS-encrypted environment.
 */
public final class FindingsStore extends Construct {

    /** Partition key of the table. */
    public static final String PARTITION_KEY = "pk";

    /** Sort key of the table. */
    public static final String SORT_KEY = "sk";

    /** The index that answers queries by finding type and time. */
    public static final String TYPE_INDEX = "byType";

    /** Partition key of {@link #TYPE_INDEX}: the entity type, such as {@code CREDIT_CARD}. */
    public static final String TYPE_INDEX_PARTITION_KEY = "gsi1pk";

    /** Sort key of {@link #TYPE_INDEX}: scan time (fixed-width UTC), then object, version and offset. */
    public static final String TYPE_INDEX_SORT_KEY = "gsi1sk";

    private final Table table;
    private final Secret objectKeySecret;

    /**
     * Creates the table.
     *
     * @param scope the stack
     * @param id construct id
     * @param base the names, key and removal behaviour of the stack; a retained table is
     *     production data, protected from deletion
     */
    public FindingsStore(Construct scope, String id, Foundation base) {
        super(scope, id);
        ResourceNames names = base.names();
        IKey key = base.key();
        Removal removal = base.removal();
        table = Table.Builder.create(this, "Table")
                .tableName(names.findingsTable())
                .partitionKey(Attribute.builder()
                        .name(PARTITION_KEY)
                        .type(AttributeType.STRING)
                        .build())
                .sortKey(Attribute.builder()
                        .name(SORT_KEY)
                        .type(AttributeType.STRING)
                        .build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .encryption(TableEncryption.CUSTOMER_MANAGED)
                .encryptionKey(key)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true)
                        .build())
                .deletionProtection(removal.retains())
                .removalPolicy(removal.policy())
                .build();
        table.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
                .indexName(TYPE_INDEX)
                .partitionKeys(List.of(Attribute.builder()
                        .name(TYPE_INDEX_PARTITION_KEY)
                        .type(AttributeType.STRING)
                        .build()))
                .sortKeys(List.of(Attribute.builder()
                        .name(TYPE_INDEX_SORT_KEY)
                        .type(AttributeType.STRING)
                        .build()))
                .projectionType(ProjectionType.ALL)
                .build());
        objectKeySecret = Secret.Builder.create(this, "ObjectKeySecret")
                .description("pii-scanner " + names.suffix() + ": HMAC key of object keys in the findings table")
                .encryptionKey(key)
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(64)
                        .excludePunctuation(true)
                        .build())
                .removalPolicy(removal.policy())
                .build();
        Nag.suppress(
                objectKeySecret,
                "AwsSolutions-SMG4",
                "The secret keys the HMAC under which object keys are stored in the findings table and in result"
                        + " document names: rotating it would orphan every stored item. It is encrypted with the stack's key"
                        + " and read only when CloudFormation resolves it into the functions' encrypted environment.");
    }

    /** Returns the table. */
    public Table table() {
        return table;
    }

    /** Returns the secret under which object keys are stored as HMACs. */
    public Secret objectKeySecret() {
        return objectKeySecret;
    }
}
