package io.piiscanner.lambda.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.api.ScanRequest;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@code POST /scan}: {@code {"objectKey": "..."}} scans an object of the data bucket as an S3
 * event would (and stores the result), or queues it when it is too large to scan while the caller
 * waits; {@code {"text": "...", "format": "csv"}} scans at most 256 KB of text inline and stores
 * nothing. Bodies are validated against {@link ScanRequest}, the definition API Gateway's request
 * model is made from.
 */
final class ScanEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScannerService service;

    ScanEndpoint(ScannerService service) {
        this.service = service;
    }

    Reply handle(String body) throws IOException {
        JsonNode request = parse(body);
        ScanRequest form = form(request);
        Map<String, String> fields = fields(request, form);
        return form == ScanRequest.OBJECT
                ? scanObject(fields.get("objectKey"), fields.get("versionId"))
                : Reply.ok(scanText(fields.get("text"), fields.get("format")));
    }

    /** The form whose required field the body has: exactly one. */
    private static ScanRequest form(JsonNode request) {
        List<ScanRequest> present = Arrays.stream(ScanRequest.values())
                .filter(form -> request.has(form.required().name()))
                .toList();
        if (present.size() == 1) {
            return present.get(0);
        }
        String names = Arrays.stream(ScanRequest.values())
                .map(form -> form.required().name())
                .collect(Collectors.joining(" or "));
        throw ApiException.badRequest(
                present.isEmpty() ? names + " is required" : "give either " + names + ", not both");
    }

    /** The body's fields, each one the form takes, a non-empty string within its length. */
    private static Map<String, String> fields(JsonNode request, ScanRequest form) {
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : request.properties()) {
            // An unknown name is not quoted back: it could be personal data.
            ScanRequest.Field field = form.field(entry.getKey())
                    .orElseThrow(() -> ApiException.badRequest("body: a field this request does not take; with "
                            + form.required().name() + " it takes "
                            + form.fields().stream()
                                    .map(ScanRequest.Field::name)
                                    .collect(Collectors.joining(", "))));
            if (!entry.getValue().isTextual()) {
                throw ApiException.badRequest(field.name() + ": must be a string");
            }
            String value = entry.getValue().asText();
            if (value.isEmpty()) {
                throw ApiException.badRequest(field.name() + ": must not be empty");
            }
            field.limit().filter(limit -> value.length() > limit).ifPresent(limit -> {
                throw ApiException.badRequest(field.name() + ": longer than " + limit + " characters");
            });
            values.put(field.name(), value);
        }
        return values;
    }

    private Reply scanObject(String key, String versionId) throws IOException {
        if (ResultDocuments.isResult(key)) {
            throw ApiException.badRequest(
                    "objectKey: keys under " + ResultDocuments.PREFIX + " are scan results and are not scanned");
        }
        long limit = service.config().apiMaxObjectBytes();
        Consumer<S3ObjectRef> later = service.scanQueue()
                .<Consumer<S3ObjectRef>>map(queue -> queue::send)
                .orElse(object -> {
                    throw new ApiException(
                            413,
                            "objectKey: the object is over the " + limit + " bytes scanned while"
                                    + " the caller waits, and this deployment has no scan queue (SCAN_QUEUE_URL)");
                });
        S3ObjectRef object = new S3ObjectRef(service.config().dataBucket(), key, versionId);
        ScanResult result;
        try {
            result = service.pipeline().processOrQueue(object, limit, later);
        } catch (S3Exception e) {
            if (e.statusCode() == 400) {
                // S3 refuses the key or version the caller gave (a NUL in the key, a malformed version id).
                throw ApiException.badRequest("objectKey: S3 refuses this key or version as invalid");
            }
            throw e;
        }
        if (result.kind() == ScanResult.Kind.NOT_FOUND) {
            throw ApiException.notFound(
                    "objectKey: no such object" + (versionId == null ? "" : " version") + " in the data bucket");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        // Quoted back masked: the key may hold personal data.
        body.put("objectKey", service.engine().names().mask(key));
        if (result.kind() == ScanResult.Kind.QUEUED) {
            body.put("status", "queued");
            body.put("versionId", result.object().versionId());
            body.put(
                    "message",
                    "the object is over the " + limit + " bytes scanned while the caller waits: it is"
                            + " queued, and GET /findings with this objectKey and versionId shows its findings once scanned");
            return Reply.accepted(body);
        }
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
        return Reply.ok(body);
    }

    private Map<String, Object> scanText(String text, String formatName) {
        InputFormat format;
        try {
            format = formatName == null ? InputFormat.TEXT : InputFormat.parse(formatName);
        } catch (IllegalArgumentException e) {
            format = null;
        }
        if (format == null || !format.text()) {
            throw ApiException.badRequest("format: expected text, csv, tsv, json, ndjson, xml or html");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > TextScanner.MAX_BYTES) {
            throw new ApiException(
                    413,
                    "text: " + bytes.length + " bytes is over the limit of " + TextScanner.MAX_BYTES
                            + "; put larger inputs in the data bucket and send objectKey");
        }
        TextScanner.TextScan scan = service.text().scan(bytes, format);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "status", scan.outcome().skipped() ? "skipped" : scan.findings().isEmpty() ? "clean" : "found");
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
}
