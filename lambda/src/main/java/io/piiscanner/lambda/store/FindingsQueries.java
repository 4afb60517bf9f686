package io.piiscanner.lambda.store;

import static io.piiscanner.lambda.store.FindingItems.s;

import io.piiscanner.lambda.keys.ObjectKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Reads findings for the API: those of one object, or those of one type since a time. Items show
 * object keys masked; an object is found by its key through the key's HMAC.
 */
public final class FindingsQueries {

    private final DynamoDbClient dynamo;
    private final String table;
    private final ObjectKeys keys;
    private final PageTokens tokens;

    /** @param keys what the table holds in place of object keys, to find an object's items by its key */
    public FindingsQueries(DynamoDbClient dynamo, String table, ObjectKeys keys) {
        this.dynamo = dynamo;
        this.table = table;
        this.keys = keys;
        this.tokens = new PageTokens(dynamo, table);
    }

    /** The findings of an object's latest scan, or of one version's, with the scan record. */
    public record ObjectFindings(StoredScan scan, List<Map<String, Object>> findings) {}

    /** One page of findings of a type, and the token for the next page or {@code null}. */
    public record FindingsPage(List<Map<String, Object>> findings, String nextToken) {}

    /** A {@code nextToken} that did not come from this API. */
    public static final class InvalidTokenException extends RuntimeException {
        InvalidTokenException() {
            super("not a token that this API returned for the same type and since");
        }
    }

    /**
     * The findings of an object.
     *
     * @param versionId a version to look at, or {@code null} for the most recently scanned one
     * @return empty when no matching scan exists
     */
    public Optional<ObjectFindings> forObject(String bucket, String key, String versionId) {
        String pk = TableKeys.objectPk(bucket, keys.id(key));
        List<StoredScan> scans = new ArrayList<>();
        query(pk, TableKeys.SCAN_PREFIX).forEach(item -> scans.add(ScanRecords.fromItem(item)));
        Optional<StoredScan> chosen = scans.stream()
                .filter(scan -> versionId == null || versionId.equals(scan.versionId()))
                .max(Comparator.comparing(StoredScan::scannedAt));
        return chosen.map(scan -> {
            String version = scan.versionId() != null ? "v:" + scan.versionId() : "etag:" + scan.etag();
            List<Map<String, Object>> findings = new ArrayList<>();
            query(pk, TableKeys.FINDING_PREFIX + version + "#")
                    .forEach(item -> findings.add(FindingItems.toJson(item)));
            return new ObjectFindings(scan, findings);
        });
    }

    /**
     * Findings of one entity type stored at or after a time, oldest first.
     *
     * @param limit     the most findings in the page
     * @param nextToken the token of the previous page, or {@code null}
     * @throws InvalidTokenException when the token is not one this API returned
     */
    public FindingsPage byType(String type, Instant since, int limit, String nextToken) {
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(table)
                .indexName(TableKeys.TYPE_INDEX)
                .keyConditionExpression("#pk = :type AND #sk >= :since")
                .expressionAttributeNames(Map.of("#pk", TableKeys.GSI1_PK, "#sk", TableKeys.GSI1_SK))
                .expressionAttributeValues(Map.of(":type", s(type), ":since", s(TableKeys.timestamp(since))))
                .limit(limit);
        // A token is valid only for the query that issued it: DynamoDB refuses a start key outside
        // the key condition, which would otherwise be a 500.
        String issuedFor = type + "\n" + TableKeys.timestamp(since);
        if (nextToken != null) {
            query.exclusiveStartKey(tokens.open(nextToken, issuedFor));
        }
        QueryResponse response = dynamo.query(query.build());
        List<Map<String, Object>> findings = new ArrayList<>();
        response.items().forEach(item -> findings.add(FindingItems.toJson(item)));
        boolean more =
                response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
        return new FindingsPage(findings, more ? tokens.seal(response.lastEvaluatedKey(), issuedFor) : null);
    }

    private List<Map<String, AttributeValue>> query(String pk, String skPrefix) {
        QueryRequest request = QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", TableKeys.PK, "#sk", TableKeys.SK))
                .expressionAttributeValues(Map.of(":pk", s(pk), ":prefix", s(skPrefix)))
                .build();
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(request).items().forEach(items::add);
        return items;
    }
}
