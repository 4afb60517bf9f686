package io.piiscanner.lambda.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.lambda.keys.ObjectKeys;
import io.piiscanner.lambda.model.ObjectScan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Writes the masked result document of a scan to {@code scan-results/<objectId>.json} in the data
 * bucket, {@code <objectId>} being the object key's {@link ObjectKeys#id HMAC}: a key may hold
 * personal data, and the document's name must not repeat it. The document shows the key masked.
 * The service never scans keys under that prefix, so its own output does not trigger more scans.
 */
public final class ResultDocuments {

    /** Where result documents go; objects under it are never scanned. */
    public static final String PREFIX = "scan-results/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final S3Client s3;
    private final String bucket;
    private final ObjectKeys keys;

    /** @param keys what documents show and are named by in place of object keys */
    public ResultDocuments(S3Client s3, String bucket, ObjectKeys keys) {
        this.s3 = s3;
        this.bucket = bucket;
        this.keys = keys;
    }

    /** Whether a key is a result document (or anything else under the results prefix). */
    public static boolean isResult(String key) {
        return key.startsWith(PREFIX);
    }

    /** The key of an object's result document: {@code scan-results/<objectId>.json}. */
    public String keyFor(String objectKey) {
        return PREFIX + keys.id(objectKey) + ".json";
    }

    /**
     * Writes the document, replacing any earlier one: the document describes the latest scan.
     *
     * @return its key
     */
    public String write(ObjectScan scan) {
        String key = keyFor(scan.object().key());
        byte[] body;
        try {
            body = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document(scan));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a result document", e);
        }
        s3.putObject(b -> b.bucket(bucket).key(key).contentType("application/json"), RequestBody.fromBytes(body));
        return key;
    }

    /** The document: where, what version, the verdict, counts by type and the kept findings, masked. */
    Map<String, Object> document(ObjectScan scan) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("bucket", scan.object().bucket());
        doc.put("key", keys.shown(scan.object().key()));
        doc.put("versionId", scan.object().versionId());
        doc.put("etag", scan.version().etag());
        doc.put("scannedAt", scan.scannedAt().toString());
        doc.put("status", scan.status().label());
        doc.put("skipReason", scan.skipReason());
        doc.put("bytes", scan.bytes());
        doc.put("findingCount", scan.findingCount());
        doc.put("findingsByType", scan.findingsByType());
        doc.put("truncated", scan.truncated());
        if (!scan.skippedEntries().isEmpty()) {
            doc.put(
                    "skippedEntries",
                    scan.skippedEntries().stream()
                            .map(e -> Map.of("entry", e.entry(), "reason", e.reason()))
                            .toList());
        }
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : scan.findings()) {
            findings.add(finding(f));
        }
        doc.put("findings", findings);
        return doc;
    }

    /**
     * A finding without its path (the document names the object once) and never a raw value; with
     * its {@code location} when it sits in an archive member or a structure.
     */
    public static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", f.type());
        m.put("start", f.start());
        m.put("end", f.end());
        m.put("line", f.line());
        m.put("column", f.column());
        m.put("confidence", f.confidence());
        m.put("masked", f.masked());
        m.put("detector", f.detector());
        m.put("field", f.field());
        m.put("detail", f.detail());
        if (f.location() != null) {
            m.put("location", FindingLocations.map(f.location()));
        }
        return m;
    }
}
