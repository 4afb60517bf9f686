package io.piiscanner.cli.check;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

/** One JSON document: the templates with their findings (or read errors) and a summary. */
final class JsonCheckWriter implements CheckReportWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(CheckReport report, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("tool", "pii-scanner");
            json.writeStringField("version", report.toolVersion());
            json.writeStringField("schemas", report.schemas());
            json.writeArrayFieldStart("templates");
            for (TemplateResult t : report.templates()) {
                json.writeStartObject();
                json.writeStringField("path", t.path());
                if (!t.readable()) {
                    json.writeObjectFieldStart("error");
                    json.writeStringField("message", t.error());
                    if (t.errorAt().known()) {
                        json.writeNumberField("line", t.errorAt().line());
                        json.writeNumberField("column", t.errorAt().column());
                    }
                    json.writeEndObject();
                }
                json.writeArrayFieldStart("findings");
                for (Finding f : t.findings()) {
                    writeFinding(json, f);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            for (Map.Entry<Impact, Integer> e : report.counts().entrySet()) {
                json.writeNumberField(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
            }
            json.writeBooleanField("failed", report.failed());
            json.writeBooleanField("unreadable", report.hasUnreadable());
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeFinding(JsonGenerator json, Finding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", f.ruleId());
        json.writeStringField("impact", f.impact().label());
        if (f.resourceId() != null) {
            json.writeStringField("resource", f.resourceId());
        }
        if (f.resourceType() != null) {
            json.writeStringField("resourceType", f.resourceType());
        }
        if (f.location().known()) {
            json.writeNumberField("line", f.location().line());
            json.writeNumberField("column", f.location().column());
        }
        json.writeStringField("key", f.key());
        json.writeStringField("problem", f.problem());
        json.writeStringField("consequence", f.consequence());
        json.writeStringField("fix", f.fix());
        json.writeStringField("documentation", f.docUrl());
        json.writeEndObject();
    }
}
