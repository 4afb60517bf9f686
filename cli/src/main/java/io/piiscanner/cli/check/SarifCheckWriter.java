package io.piiscanner.cli.check;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.piiscanner.cli.report.Sarif;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.template.Location;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SARIF 2.1.0: one run with a rule per preflight rule and a result per finding. Critical and
 * High are errors, Medium warnings, Low notes; unreadable templates are tool notifications.
 */
final class SarifCheckWriter implements CheckReportWriter {

    private static final JsonFactory FACTORY = new JsonFactory();
    /** Key of the finding fingerprint in partialFingerprints; versioned as SARIF recommends. */
    static final String FINGERPRINT_KEY = "preflightFinding/v1";

    @Override
    public void write(CheckReport report, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            Sarif.beginRun(json, "pii-scanner check", report.toolVersion());
            writeRules(json, report);
            json.writeStringField("columnKind", "unicodeCodePoints");
            json.writeArrayFieldStart("results");
            for (CheckReport.Located l : report.findings()) {
                writeResult(json, report, l);
            }
            json.writeEndArray();
            writeInvocation(json, report);
            Sarif.endRun(json);
        }
    }

    /** The driver's rules, then closes the driver and the tool that {@link Sarif#beginRun} opened. */
    private static void writeRules(JsonGenerator json, CheckReport report) throws IOException {
        json.writeArrayFieldStart("rules");
        for (Rule r : report.rules()) {
            json.writeStartObject();
            json.writeStringField("id", r.id());
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", r.title());
            json.writeEndObject();
            json.writeObjectFieldStart("fullDescription");
            json.writeStringField("text", r.description());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, CheckReport report, CheckReport.Located l) throws IOException {
        Finding f = l.finding();
        json.writeStartObject();
        json.writeStringField("ruleId", f.ruleId());
        int index = report.ruleIndex(f.ruleId());
        if (index >= 0) {
            json.writeNumberField("ruleIndex", index);
        }
        json.writeStringField("level", level(f.impact()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", f.problem() + " " + f.consequence());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        writePhysicalLocation(json, l.path(), f.location());
        if (f.resourceId() != null) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("name", f.resourceId());
            json.writeStringField("kind", "resource");
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT_KEY, fingerprint(f));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("impact", f.impact().label());
        if (f.resourceType() != null) {
            json.writeStringField("resourceType", f.resourceType());
        }
        json.writeStringField("fix", f.fix());
        json.writeStringField("documentation", f.docUrl());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeInvocation(JsonGenerator json, CheckReport report) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", !report.hasUnreadable());
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (TemplateResult t : report.templates()) {
            if (!t.readable()) {
                Sarif.notification(
                        json,
                        "error",
                        "unreadable template: " + t.error(),
                        j -> writePhysicalLocation(j, t.path(), t.errorAt()));
            }
        }
        json.writeEndArray();
    }

    private static void writePhysicalLocation(JsonGenerator json, String path, Location at) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(path));
        json.writeEndObject();
        if (at.known()) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", at.line());
            json.writeNumberField("startColumn", at.column());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    static String level(Impact impact) {
        return switch (impact) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "note";
        };
    }

    /** Stable across runs and line moves: the rule, the resource and what is wrong in it. */
    private static String fingerprint(Finding f) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest =
                    sha.digest((f.ruleId() + "|" + f.resourceId() + "|" + f.key()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * A relative URI with forward slashes for templates under the working directory, which
     * code-scanning services resolve against the repository root; a {@code file:} URI otherwise.
     */
    static String uri(String path) {
        if (path.equals("-")) {
            return "stdin";
        }
        try {
            Path p = Path.of(path).normalize();
            Path cwd = Path.of("").toAbsolutePath();
            if (p.isAbsolute()) {
                if (!p.startsWith(cwd)) {
                    return p.toUri().toASCIIString();
                }
                p = cwd.relativize(p);
            }
            String relative = p.toString().replace(File.separatorChar, '/');
            return new URI(null, null, relative.contains(":") ? "./" + relative : relative, null).toASCIIString();
        } catch (InvalidPathException | URISyntaxException e) {
            return path;
        }
    }
}
