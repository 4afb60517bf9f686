package io.piiscanner.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.piiscanner.core.scan.Finding;
import io.piiscanner.core.scan.ScanOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0, as read by code-scanning services: one run whose tool has a rule per entity type,
 * a result per finding (streamed), and the skipped and failed inputs as tool notifications at the
 * end; a failed input makes the invocation unsuccessful. Columns count Unicode code points, as
 * findings do. A value in a file's own text has a region of that file; one inside an archive
 * member or a structure has a logical location instead (see {@link #writeLogicalLocation}).
 */
final class SarifReportWriter implements ReportWriter {

    /** Key of the HMAC fingerprint in {@code partialFingerprints}; versioned as SARIF recommends. */
    static final String FINGERPRINT_KEY = "piiValueHmacSha256/v1";

    /** Types whose exposure is a direct fraud or breach risk: reported as errors, the rest as warnings. */
    private static final Set<String> ERROR_TYPES = Set.of(
            "CREDIT_CARD", "US_SSN", "US_ITIN", "US_BANK_NUMBER", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "IBAN_CODE");

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("CREDIT_CARD", "Payment card number"),
            Map.entry("US_SSN", "US Social Security number"),
            Map.entry("US_ITIN", "US Individual Taxpayer Identification Number"),
            Map.entry("EMAIL_ADDRESS", "Email address"),
            Map.entry("PHONE_NUMBER", "Phone number"),
            Map.entry("IP_ADDRESS", "IP address"),
            Map.entry("IBAN_CODE", "International Bank Account Number"),
            Map.entry("ABA_ROUTING_NUMBER", "ABA routing number"),
            Map.entry("US_BANK_NUMBER", "US bank account number"),
            Map.entry("AWS_ACCESS_KEY", "AWS access key ID"),
            Map.entry("AWS_SECRET_KEY", "AWS secret access key"),
            Map.entry("CRYPTO", "Cryptocurrency wallet address"),
            Map.entry("US_PASSPORT", "US passport number"),
            Map.entry("US_DRIVER_LICENSE", "US driver's license number"),
            Map.entry("DATE_OF_BIRTH", "Date of birth"));

    private final JsonGenerator json;
    private final RunInfo run;
    private final Map<String, Integer> ruleIndex = new HashMap<>();

    SarifReportWriter(OutputStream out, RunInfo run) throws IOException {
        this.json = JsonOutput.generator(out);
        this.run = run;
    }

    static String level(String type) {
        return ERROR_TYPES.contains(type) ? "error" : "warning";
    }

    @Override
    public void begin() throws IOException {
        Sarif.beginRun(json, "pii-scanner", run.toolVersion());
        writeRules();
        json.writeStringField("columnKind", "unicodeCodePoints");
        json.writeArrayFieldStart("results");
    }

    /** The driver's rules, then closes the driver and the tool that {@link Sarif#beginRun} opened. */
    private void writeRules() throws IOException {
        json.writeArrayFieldStart("rules");
        List<String> types = run.entityTypes();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            ruleIndex.put(type, i);
            json.writeStartObject();
            json.writeStringField("id", type);
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", DESCRIPTIONS.getOrDefault(type, "Sensitive data: " + type));
            json.writeEndObject();
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(type));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void finding(Finding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", f.type());
        Integer index = ruleIndex.get(f.type());
        if (index != null) {
            json.writeNumberField("ruleIndex", index);
        }
        json.writeStringField("level", level(f.type()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", message(f));
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        writeArtifact(f.path());
        if (f.location() == null) {
            writeRegion(f);
        }
        json.writeEndObject();
        if (f.location() != null) {
            writeLogicalLocation(f);
        }
        json.writeEndObject();
        json.writeEndArray();
        if (f.fingerprint() != null) {
            json.writeObjectFieldStart("partialFingerprints");
            json.writeStringField(FINGERPRINT_KEY, f.fingerprint());
            json.writeEndObject();
        }
        json.writeObjectFieldStart("properties");
        json.writeNumberField("confidence", f.confidence());
        json.writeStringField("detector", f.detector());
        if (f.field() != null) {
            json.writeStringField("field", f.field());
        }
        if (f.detail() != null) {
            json.writeStringField("detail", f.detail());
        }
        if (f.location() != null) {
            JsonOutput.writeLocation(json, f.location());
            json.writeNumberField("line", f.line());
            json.writeNumberField("column", f.column());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeRegion(Finding f) throws IOException {
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", f.line());
        json.writeNumberField("startColumn", f.column());
        json.writeNumberField("byteOffset", f.start());
        json.writeNumberField("byteLength", f.end() - f.start());
        json.writeEndObject();
    }

    /**
     * Where inside the file a value read out of its structure is: a region of the file would point
     * into compressed or binary bytes, so the member and piece are a logical location
     * ({@code export.zip!/2024/cards.csv:3:11}, kind {@code resource}; a header, cell or page,
     * kind {@code element}), and the line and column within them are in the result's properties.
     */
    private void writeLogicalLocation(Finding f) throws IOException {
        json.writeArrayFieldStart("logicalLocations");
        json.writeStartObject();
        json.writeStringField("fullyQualifiedName", Locations.full(f));
        json.writeStringField("kind", f.location().piece() ? "element" : "resource");
        json.writeEndObject();
        json.writeEndArray();
    }

    private static String message(Finding f) {
        String what = DESCRIPTIONS.getOrDefault(f.type(), f.type());
        String where = f.field() == null ? "" : " in field " + f.field();
        String at = f.location() == null ? "" : " at " + Locations.full(f);
        return what + " " + f.masked() + where + at;
    }

    private void writeArtifact(String path) throws IOException {
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", ArtifactUri.of(path));
        json.writeEndObject();
    }

    @Override
    public void inputDone(ScanOutcome outcome) {
        // Skipped inputs are listed from the totals at the end.
    }

    @Override
    public void end(ScanTotals totals) throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", totals.failed().isEmpty());
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (ScanTotals.FailedInput f : totals.failed()) {
            notification("error", "failed: " + f.reason(), f.path());
        }
        for (ScanTotals.SkippedInput s : totals.skipped()) {
            notification("warning", "skipped: " + s.reason(), s.path());
        }
        json.writeEndArray();
        Sarif.endRun(json);
        json.flush();
    }

    private void notification(String level, String text, String path) throws IOException {
        Sarif.notification(json, level, text, j -> {
            j.writeObjectFieldStart("physicalLocation");
            writeArtifact(path);
            j.writeEndObject();
        });
    }

    @Override
    public void flush() throws IOException {
        json.flush();
    }
}
