package io.piiscanner.lambda.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.lambda.keys.ObjectKeys;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static io.piiscanner.lambda.store.FindingItems.s;

/**
 * Reads findings for the API: those of one object, or those of one type since a time. Items show
 * object keys masked; an object is found by its key through the key's HMAC.
 */
public final class FindingsQueries {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder TOKEN_ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final DynamoDbClient dynamo;
    private final String table;
    private final ObjectKeys keys;

    /** @param keys what the table holds in place of object keys, to find an object's items by its key */
    public FindingsQueries(DynamoDbClient dynamo, String table, ObjectKeys keys) {
        this.dynamo = dynamo;
        this.table = table;
        this.keys = keys;
    }

    /** The findings of an object's latest scan, or of one version's, with the scan record. */
    public record ObjectFindings(StoredScan scan, List<Map<String, Object>> findings) {
    }

    /** One page of findings of a type, and the token for the next page or {@code null}. */
    public record FindingsPage(List<Map<String, Object>> findings, String nextToken) {
    }

    /** A {@code nextToken} that did not come from this API. */
    public static final class InvalidTokenException extends RuntimeException {
        InvalidTokenException() {
            super("nextToken is not a token returned by this API");
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
            query(pk, TableKeys.FINDING_PREFIX + version + "#").forEach(item -> findings.add(FindingItems.toJson(item)));
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
        QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName(TableKeys.TYPE_INDEX)
                .keyConditionExpression("#pk = :type AND #sk >= :since")
                .expressionAttributeNames(Map.of("#pk", TableKeys.GSI1_PK, "#sk", TableKeys.GSI1_SK))
                .expressionAttributeValues(Map.of(":type", s(type), ":since", s(TableKeys.timestamp(since))))
                .limit(limit);
        if (nextToken != null) {
            query.exclusiveStartKey(decode(nextToken));
        }
        QueryResponse response = dynamo.query(query.build());
        List<Map<String, Object>> findings = new ArrayList<>();
        response.items().forEach(item -> findings.add(FindingItems.toJson(item)));
        boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
        return new FindingsPage(findings, more ? encode(response.lastEvaluatedKey()) : null);
    }

    private List<Map<String, AttributeValue>> query(String pk, String skPrefix) {
        QueryRequest request = QueryRequest.builder().tableName(table)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", TableKeys.PK, "#sk", TableKeys.SK))
                .expressionAttributeValues(Map.of(":pk", s(pk), ":prefix", s(skPrefix)))
                .build();
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        dynamo.queryPaginator(request).items().forEach(items::add);
        return items;
    }

    /** Index keys are all strings: the token is their JSON, base64url. */
    private static String encode(Map<String, AttributeValue> key) {
        Map<String, String> plain = new TreeMap<>();
        key.forEach((name, value) -> plain.put(name, value.s()));
        try {
            return TOKEN_ENCODER.encodeToString(JSON.writeValueAsBytes(plain));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a page token", e);
        }
    }

    private static Map<String, AttributeValue> decode(String token) {
        Map<String, String> plain;
        try {
            plain = JSON.readValue(Base64.getUrlDecoder().decode(token), new TypeReference<Map<String, String>>() { });
        } catch (IllegalArgumentException | IOException e) {
            throw new InvalidTokenException();
        }
        List<String> expected = List.of(TableKeys.GSI1_PK, TableKeys.GSI1_SK, TableKeys.PK, TableKeys.SK);
        if (plain == null || !plain.keySet().equals(new HashSet<>(expected))
                || plain.values().stream().anyMatch(v -> v == null)) {
            throw new InvalidTokenException();
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        plain.forEach((name, value) -> key.put(name, AttributeValue.fromS(value)));
        return key;
    }
}
