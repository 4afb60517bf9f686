package io.piiscanner.lambda.store;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Converts scan records between table items and {@link StoredScan}. */
final class ScanRecords {

    private ScanRecords() {}

    static StoredScan fromItem(Map<String, AttributeValue> item) {
        boolean highRisk = item.containsKey("highRisk")
                && Boolean.TRUE.equals(item.get("highRisk").bool());
        return new StoredScan(
                item.get("bucket").s(),
                item.get("objectKey").s(),
                item.containsKey("versionId") ? item.get("versionId").s() : null,
                item.get("etag").s(),
                item.get("status").s(),
                item.containsKey("skipReason") ? item.get("skipReason").s() : null,
                Long.parseLong(item.get("bytes").n()),
                countsFromItem(item.get("findingsByType")),
                Long.parseLong(item.get("storedFindings").n()),
                item.get("scannedAt").s(),
                item.get("resultKey").s(),
                highRisk && !item.containsKey("alertedAt"),
                item.containsKey("engineVersion") ? item.get("engineVersion").s() : null,
                item.containsKey("detectorSet") ? item.get("detectorSet").s() : null);
    }

    static AttributeValue countsToItem(Map<String, Long> counts) {
        Map<String, AttributeValue> m = new TreeMap<>();
        counts.forEach((type, count) -> m.put(type, FindingItems.n(count)));
        return AttributeValue.fromM(m);
    }

    static Map<String, Long> countsFromItem(AttributeValue value) {
        Map<String, Long> counts = new TreeMap<>();
        if (value != null && value.hasM()) {
            value.m().forEach((type, count) -> counts.put(type, Long.parseLong(count.n())));
        }
        return counts;
    }
}
