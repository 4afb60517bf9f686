package io.piiscanner.lambda.store;

import static io.piiscanner.lambda.store.FindingItems.n;
import static io.piiscanner.lambda.store.FindingItems.s;

import io.piiscanner.lambda.keys.ObjectKeys;
import io.piiscanner.lambda.model.EngineIdentity;
import io.piiscanner.lambda.model.ObjectScan;
import io.piiscanner.lambda.model.ObjectVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes scans to the findings table (see {@link TableKeys} for the schema), with object keys
 * masked in attributes and as their HMAC in table keys. Every write is
 * idempotent: items have keys derived from the scan, so a redelivered event or a re-scan of the
 * same version overwrites items instead of adding new ones. Alerts are sent at most once per
 * version through a conditional claim on the scan record.
 */
public final class FindingsTable {

    /** BatchWriteItem takes at most 25 requests. */
    private static final int BATCH = 25;

    private static final int MAX_ATTEMPTS = 8;

    private final DynamoDbClient dynamo;
    private final String table;
    private final ObjectKeys keys;
    private final EngineIdentity engine;

    /**
     * @param keys   what the table holds in place of object keys
     * @param engine the engine whose scans are stored, recorded with each scan record
     */
    public FindingsTable(DynamoDbClient dynamo, String table, ObjectKeys keys, EngineIdentity engine) {
        this.dynamo = dynamo;
        this.table = table;
        this.keys = keys;
        this.engine = engine;
    }

    /** The scan record of a version, if it has been scanned. */
    public Optional<StoredScan> scanRecord(String bucket, String key, ObjectVersion version) {
        Map<String, AttributeValue> item = dynamo.getItem(
                        b -> b.tableName(table).consistentRead(true).key(scanKey(bucket, key, version)))
                .item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ScanRecords.fromItem(item));
    }

    /**
     * Stores the kept findings of a scan. Items of an earlier scan of the same version that this
     * scan did not report, as after a detector change, are deleted.
     */
    public void saveFindings(ObjectScan scan) {
        String pk =
                TableKeys.objectPk(scan.object().bucket(), keys.id(scan.object().key()));
        List<WriteRequest> writes = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (int n = 0; n < scan.findings().size(); n++) {
            Map<String, AttributeValue> item = FindingItems.item(scan, n, keys);
            written.add(item.get(TableKeys.SK).s());
            writes.add(WriteRequest.builder()
                    .putRequest(PutRequest.builder().item(item).build())
                    .build());
        }
        for (String stale : existingFindingKeys(pk, scan.version())) {
            if (!written.contains(stale)) {
                writes.add(WriteRequest.builder()
                        .deleteRequest(DeleteRequest.builder()
                                .key(Map.of(TableKeys.PK, s(pk), TableKeys.SK, s(stale)))
                                .build())
                        .build());
            }
        }
        for (int i = 0; i < writes.size(); i += BATCH) {
            writeBatch(writes.subList(i, Math.min(writes.size(), i + BATCH)));
        }
    }

    /**
     * Stores the scan record. An update, not a put, so that the alert claim of an earlier run
     * survives a re-scan.
     *
     * @param resultKey where the result document is
     * @param highRisk  whether an alert is due for this version
     */
    public void saveScanRecord(ObjectScan scan, String resultKey, boolean highRisk) {
        Map<String, AttributeValue> fields = new TreeMap<>();
        fields.put("bucket", s(scan.object().bucket()));
        fields.put("objectKey", s(keys.shown(scan.object().key())));
        fields.put("version", s(scan.version().label()));
        fields.put("etag", s(scan.version().etag()));
        fields.put("status", s(scan.status().label()));
        fields.put("bytes", n(scan.bytes()));
        fields.put("findingCount", n(scan.findingCount()));
        fields.put("storedFindings", n(scan.findings().size()));
        fields.put("findingsByType", ScanRecords.countsToItem(scan.findingsByType()));
        fields.put("scannedAt", s(TableKeys.timestamp(scan.scannedAt())));
        fields.put("resultKey", s(resultKey));
        fields.put("highRisk", AttributeValue.fromBool(highRisk));
        fields.put("engineVersion", s(engine.version()));
        fields.put("detectorSet", s(engine.detectorSet()));
        if (scan.object().versionId() != null) {
            fields.put("versionId", s(scan.object().versionId()));
        }
        if (scan.skipReason() != null) {
            fields.put("skipReason", s(scan.skipReason()));
        }
        // Attribute names go through placeholders: several of them are DynamoDB reserved words.
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        List<String> sets = new ArrayList<>();
        for (Map.Entry<String, AttributeValue> field : fields.entrySet()) {
            String i = Integer.toString(sets.size());
            names.put("#f" + i, field.getKey());
            values.put(":v" + i, field.getValue());
            sets.add("#f" + i + " = :v" + i);
        }
        String update = "SET " + String.join(", ", sets);
        if (scan.skipReason() == null) {
            names.put("#skip", "skipReason");
            update += " REMOVE #skip";
        }
        String expression = update;
        dynamo.updateItem(b -> b.tableName(table)
                .key(scanKey(scan.object().bucket(), scan.object().key(), scan.version()))
                .updateExpression(expression)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values));
    }

    /**
     * Claims the alert of a version: true for exactly one caller, however often the scan is
     * delivered. The record must exist.
     */
    public boolean claimAlert(String bucket, String key, ObjectVersion version, Instant now) {
        try {
            dynamo.updateItem(b -> b.tableName(table)
                    .key(scanKey(bucket, key, version))
                    .updateExpression("SET alertedAt = :now")
                    .conditionExpression("attribute_exists(#pk) AND attribute_not_exists(alertedAt)")
                    .expressionAttributeNames(Map.of("#pk", TableKeys.PK))
                    .expressionAttributeValues(Map.of(":now", s(TableKeys.timestamp(now)))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Gives a claim back after the alert could not be sent, so that a retry sends it. */
    public void releaseAlert(String bucket, String key, ObjectVersion version) {
        dynamo.updateItem(
                b -> b.tableName(table).key(scanKey(bucket, key, version)).updateExpression("REMOVE alertedAt"));
    }

    private Map<String, AttributeValue> scanKey(String bucket, String key, ObjectVersion version) {
        return Map.of(
                TableKeys.PK, s(TableKeys.objectPk(bucket, keys.id(key))), TableKeys.SK, s(TableKeys.scanSk(version)));
    }

    private List<String> existingFindingKeys(String pk, ObjectVersion version) {
        QueryRequest query = QueryRequest.builder()
                .tableName(table)
                .consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", TableKeys.PK, "#sk", TableKeys.SK))
                .expressionAttributeValues(Map.of(":pk", s(pk), ":prefix", s(TableKeys.findingSkPrefix(version))))
                .projectionExpression("#sk")
                .build();
        List<String> keys = new ArrayList<>();
        dynamo.queryPaginator(query)
                .items()
                .forEach(item -> keys.add(item.get(TableKeys.SK).s()));
        return keys;
    }

    private void writeBatch(List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, batch);
        for (int attempt = 1; ; attempt++) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(request));
            if (!response.hasUnprocessedItems() || response.unprocessedItems().isEmpty()) {
                return;
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException("DynamoDB left "
                        + response.unprocessedItems().get(table).size() + " finding items unprocessed after "
                        + MAX_ATTEMPTS + " attempts");
            }
            pending = response.unprocessedItems();
            backOff(attempt);
        }
    }

    /** Unprocessed items mean throttling: wait before asking again, longer each time. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(2000L, 25L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing findings", e);
        }
    }
}
