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
import software.constructs.Construct;

/**
 * The DynamoDB table of scan records and findings, with the key design of the Lambda module
 * ({@code io.piiscanner.lambda.store.TableKeys}): every item of one object shares the partition
 * {@code OBJECT#<bucket>/<key>}, which serves {@code GET /findings?objectKey=...}, and the global
 * secondary index {@value #TYPE_INDEX}, keyed by entity type and scan time, serves
 * {@code GET /findings?type=...&since=...}.
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

  /**
   * Creates the table.
   *
   * @param scope the stack
   * @param id construct id
   * @param names resource names
   * @param key the key that encrypts the table
   * @param removal removal behaviour
   * @param retain whether the table is production data, protected from deletion
   */
  public FindingsStore(Construct scope, String id, ResourceNames names, IKey key, Removal removal, boolean retain) {
    super(scope, id);
    table =
        Table.Builder.create(this, "Table")
            .tableName(names.findingsTable())
            .partitionKey(Attribute.builder().name(PARTITION_KEY).type(AttributeType.STRING).build())
            .sortKey(Attribute.builder().name(SORT_KEY).type(AttributeType.STRING).build())
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .encryption(TableEncryption.CUSTOMER_MANAGED)
            .encryptionKey(key)
            .pointInTimeRecoverySpecification(
                PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build())
            .deletionProtection(retain)
            .removalPolicy(removal.policy())
            .build();
    table.addGlobalSecondaryIndex(
        GlobalSecondaryIndexProps.builder()
            .indexName(TYPE_INDEX)
            .partitionKeys(List.of(Attribute.builder().name(TYPE_INDEX_PARTITION_KEY).type(AttributeType.STRING).build()))
            .sortKeys(List.of(Attribute.builder().name(TYPE_INDEX_SORT_KEY).type(AttributeType.STRING).build()))
            .projectionType(ProjectionType.ALL)
            .build());
  }

  /** Returns the table. */
  public Table table() {
    return table;
  }
}
