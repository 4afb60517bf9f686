package io.piiscanner.lambda.api;

import io.piiscanner.lambda.ScannerService;
import io.piiscanner.lambda.store.FindingsQueries;
import io.piiscanner.lambda.store.StoredScan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code GET /findings?objectKey=...[&versionId=...]}: the findings of an object's latest scan;
 * {@code GET /findings?type=CREDIT_CARD[&since=...][&limit=...][&nextToken=...]}: findings of a
 * type stored since a time, oldest first, a page at a time.
 */
final class FindingsEndpoint {

    static final int DEFAULT_LIMIT = 100;
    private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999Z");
    static final int MAX_LIMIT = 1000;

    private final ScannerService service;
    private final Set<String> knownTypes;

    FindingsEndpoint(ScannerService service, Set<String> knownTypes) {
        this.service = service;
        this.knownTypes = Set.copyOf(knownTypes);
    }

    Map<String, Object> handle(Map<String, String> query) {
        Map<String, String> q = query == null ? Map.of() : query;
        boolean byKey = q.containsKey("objectKey");
        boolean byType = q.containsKey("type");
        if (byKey == byType) {
            throw ApiException.badRequest(
                    byKey ? "give either objectKey or type, not both" : "objectKey or type is required");
        }
        return byKey ? forObject(required(q, "objectKey"), q.get("versionId")) : byType(q);
    }

    private Map<String, Object> forObject(String key, String versionId) {
        FindingsQueries.ObjectFindings found = service.queries()
                .forObject(service.config().dataBucket(), key, versionId)
                .orElseThrow(() -> ApiException.notFound(
                        "objectKey: no scan of this object" + (versionId == null ? "" : " version") + " is stored"));
        StoredScan scan = found.scan();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("objectKey", scan.key());
        body.put("versionId", scan.versionId());
        body.put("etag", scan.etag());
        body.put("status", scan.status());
        body.put("skipReason", scan.skipReason());
        body.put("scannedAt", scan.scannedAt());
        body.put("bytes", scan.bytes());
        body.put("findingsByType", scan.findingsByType());
        body.put("storedFindings", scan.storedFindings());
        body.put("resultDocument", "s3://" + service.config().dataBucket() + "/" + scan.resultKey());
        body.put("findings", found.findings());
        return body;
    }

    private Map<String, Object> byType(Map<String, String> q) {
        String type = required(q, "type").toUpperCase(Locale.ROOT);
        if (!knownTypes.contains(type)) {
            // Not quoted back: whatever a caller puts in a parameter could be personal data.
            throw ApiException.badRequest(
                    "type: unknown entity type; known types: " + String.join(", ", new TreeSet<>(knownTypes)));
        }
        Instant since = q.containsKey("since") ? since(q.get("since")) : Instant.EPOCH;
        int limit = limit(q.get("limit"));
        FindingsQueries.FindingsPage page;
        try {
            page = service.queries().byType(type, since, limit, q.get("nextToken"));
        } catch (FindingsQueries.InvalidTokenException e) {
            throw ApiException.badRequest("nextToken: " + e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("since", since.toString());
        body.put("findings", page.findings());
        body.put("nextToken", page.nextToken());
        return body;
    }

    private static String required(Map<String, String> q, String name) {
        String value = q.get(name);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(name + ": must not be empty");
        }
        return value;
    }

    /**
     * An ISO-8601 instant ({@code 2024-05-01T12:00:00Z}) or a UTC date ({@code 2024-05-01}), in
     * the years 0000 to 9999 that the table's four-digit timestamps hold: past year 9999 the year
     * takes a sign and sorts before every stored time, and Instant's extremes cannot be formatted.
     */
    static Instant since(String value) {
        Instant since;
        try {
            since = value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw badSince();
        }
        if (since.isBefore(FIRST) || since.isAfter(LAST)) {
            throw badSince();
        }
        return since;
    }

    private static ApiException badSince() {
        return ApiException.badRequest("since: expected an ISO-8601 time such as 2024-05-01T00:00:00Z or a "
                + "date such as 2024-05-01, in the years 0000 to 9999");
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("limit: expected a whole number from 1 to " + MAX_LIMIT);
    }
}
