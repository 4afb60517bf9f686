package io.piiscanner.lambda.store;

import io.piiscanner.core.scan.Finding;
import io.piiscanner.lambda.keys.ObjectKeys;
import io.piiscanner.lambda.model.ObjectScan;
import io.piiscanner.lambda.results.FindingLocations;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts findings to table items and back. Items hold the masked value only, never the raw one,
 * and the object key masked, or as its HMAC in table keys.
 */
final class FindingItems {

    private FindingItems() {}

    /** The item of the scan's {@code n}th finding. */
    static Map<String, AttributeValue> item(ObjectScan scan, int n, ObjectKeys keys) {
        Finding f = scan.findings().get(n);
        String bucket = scan.object().bucket();
        String key = scan.object().key();
        String objectId = keys.id(key);
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(TableKeys.PK, s(TableKeys.objectPk(bucket, objectId)));
        item.put(TableKeys.SK, s(TableKeys.findingSk(scan.version(), n, f.type())));
        item.put(TableKeys.GSI1_PK, s(f.type()));
        item.put(TableKeys.GSI1_SK, s(TableKeys.typeSk(scan.scannedAt(), bucket, objectId, scan.version(), n)));
        item.put("bucket", s(bucket));
        item.put("objectKey", s(keys.shown(key)));
        item.put("version", s(scan.version().label()));
        item.put("scannedAt", s(TableKeys.timestamp(scan.scannedAt())));
        item.put("type", s(f.type()));
        item.put("start", n(f.start()));
        item.put("end", n(f.end()));
        item.put("line", n(f.line()));
        item.put("column", n(f.column()));
        item.put("confidence", AttributeValue.fromN(Double.toString(f.confidence())));
        item.put("masked", s(f.masked()));
        item.put("detector", s(f.detector()));
        if (f.field() != null) {
            item.put("field", s(f.field()));
        }
        if (f.detail() != null) {
            item.put("detail", s(f.detail()));
        }
        Map<String, Object> location = FindingLocations.map(f.location());
        if (location != null) {
            Map<String, AttributeValue> m = new LinkedHashMap<>();
            location.forEach((k, v) -> m.put(k, v instanceof Long l ? n(l) : s((String) v)));
            item.put("location", AttributeValue.fromM(m));
        }
        return item;
    }

    /** A finding item as the API returns it. */
    static Map<String, Object> toJson(Map<String, AttributeValue> item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bucket", item.get("bucket").s());
        json.put("objectKey", item.get("objectKey").s());
        json.put("version", item.get("version").s());
        json.put("scannedAt", item.get("scannedAt").s());
        json.put("type", item.get("type").s());
        json.put("start", Long.parseLong(item.get("start").n()));
        json.put("end", Long.parseLong(item.get("end").n()));
        json.put("line", Long.parseLong(item.get("line").n()));
        json.put("column", Long.parseLong(item.get("column").n()));
        json.put("confidence", Double.parseDouble(item.get("confidence").n()));
        json.put("masked", item.get("masked").s());
        json.put("detector", item.get("detector").s());
        json.put("field", item.containsKey("field") ? item.get("field").s() : null);
        json.put("detail", item.containsKey("detail") ? item.get("detail").s() : null);
        if (item.containsKey("location")) {
            Map<String, Object> location = new LinkedHashMap<>();
            item.get("location").m().forEach((k, v) -> location.put(k, v.n() != null ? Long.parseLong(v.n()) : v.s()));
            json.put("location", location);
        }
        return json;
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
