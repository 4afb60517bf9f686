package io.piiscanner.lambda.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.lambda.ScannerService;
import io.piiscanner.lambda.results.ResultDocuments;
import io.piiscanner.lambda.scan.ScanResult;
import io.piiscanner.lambda.scan.TextScanner;
import io.piiscanner.s3.S3ObjectRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /scan}: {@code {"objectKey": "..."}} scans an object of the data bucket as an S3
 * event would (and stores the result); {@code {"text": "...", "format": "csv"}} scans at most
 * 256 KB of text inline and stores nothing.
 */
final class ScanEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScannerService service;

    ScanEndpoint(ScannerService service) {
        this.service = service;
    }

    Map<String, Object> handle(String body) throws IOException {
        JsonNode request = parse(body);
        boolean hasKey = request.has("objectKey");
        boolean hasText = request.has("text");
        if (hasKey == hasText) {
            throw ApiException.badRequest(hasKey ? "give either objectKey or text, not both"
                    : "objectKey or text is required");
        }
        return hasKey ? scanObject(nonEmptyString(request, "objectKey"), optionalString(request, "versionId"))
                : scanText(request);
    }

    private Map<String, Object> scanObject(String key, String versionId) throws IOException {
        if (ResultDocuments.isResult(key)) {
            throw ApiException.badRequest("objectKey: keys under " + ResultDocuments.PREFIX
                    + " are scan results and are not scanned");
        }
        S3ObjectRef object = new S3ObjectRef(service.config().dataBucket(), key, versionId);
        ScanResult result = service.pipeline().process(object, false);
        if (result.kind() == ScanResult.Kind.NOT_FOUND) {
            throw ApiException.notFound("objectKey: no such object" + (versionId == null ? "" : " version")
                    + " in the data bucket");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        // Quoted back masked: the key may hold personal data.
        body.put("objectKey", service.engine().names().mask(key));
        body.put("versionId", result.object().versionId());
        body.put("status", result.status());
        body.put("alreadyScanned", result.kind() == ScanResult.Kind.ALREADY_SCANNED);
        body.put("resultDocument", "s3://" + service.config().dataBucket() + "/" + result.resultKey());
        if (result.scan() != null) {
            body.put("skipReason", result.scan().skipReason());
            body.put("bytes", result.scan().bytes());
            body.put("findingsByType", result.scan().findingsByType());
            body.put("findings", findings(result.scan().findings()));
        }
        return body;
    }

    private Map<String, Object> scanText(JsonNode request) {
        String text = string(request, "text");
        String formatName = optionalString(request, "format");
        InputFormat format;
        try {
            format = formatName == null ? InputFormat.TEXT : InputFormat.parse(formatName);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("format: expected text, csv, tsv, json or ndjson");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > TextScanner.MAX_BYTES) {
            throw new ApiException(413, "text: " + bytes.length + " bytes is over the limit of "
                    + TextScanner.MAX_BYTES + "; put larger inputs in the data bucket and send objectKey");
        }
        TextScanner.TextScan scan = service.text().scan(bytes, format);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", scan.outcome().skipped() ? "skipped" : scan.findings().isEmpty() ? "clean" : "found");
        body.put("skipReason", scan.outcome().skipReason());
        body.put("bytes", scan.outcome().bytes());
        body.put("findingsByType", scan.outcome().findingsByType());
        body.put("findings", findings(scan.findings()));
        return body;
    }

    private static List<Map<String, Object>> findings(List<Finding> findings) {
        List<Map<String, Object>> list = new ArrayList<>(findings.size());
        findings.forEach(f -> list.add(ResultDocuments.finding(f)));
        return list;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("body: a JSON object with objectKey or text is required");
        }
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            // The parser's message quotes the body, which may hold personal data.
            throw ApiException.badRequest("body: not valid JSON");
        }
        if (!node.isObject()) {
            throw ApiException.badRequest("body: must be a JSON object");
        }
        return node;
    }

    private static String string(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || !node.isTextual()) {
            throw ApiException.badRequest(field + ": must be a string");
        }
        return node.asText();
    }

    private static String nonEmptyString(JsonNode request, String field) {
        String value = string(request, field);
        if (value.isEmpty()) {
            throw ApiException.badRequest(field + ": must not be empty");
        }
        return value;
    }

    private static String optionalString(JsonNode request, String field) {
        JsonNode node = request.get(field);
        return node == null || node.isNull() ? null : nonEmptyString(request, field);
    }
}
