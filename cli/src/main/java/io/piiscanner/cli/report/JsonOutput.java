package io.piiscanner.cli.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import io.piiscanner.core.read.Location;
import io.piiscanner.core.scan.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** Jackson streaming output shared by the JSON-based report formats. */
final class JsonOutput {

    // No separator between root values: JSON Lines writers add their own newline.
    private static final JsonFactory FACTORY =
            new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    private JsonOutput() {}

    /** A UTF-8 generator that leaves the output open when closed. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return json;
    }

    /** Writes a finding as an object; fields without a value are left out. */
    static void writeFinding(JsonGenerator json, Finding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", f.path());
        json.writeStringField("type", f.type());
        json.writeNumberField("start", f.start());
        json.writeNumberField("end", f.end());
        json.writeNumberField("line", f.line());
        json.writeNumberField("column", f.column());
        json.writeNumberField("confidence", f.confidence());
        json.writeStringField("masked", f.masked());
        json.writeStringField("detector", f.detector());
        writeIfPresent(json, "field", f.field());
        writeIfPresent(json, "fingerprint", f.fingerprint());
        writeIfPresent(json, "detail", f.detail());
        writeLocation(json, f.location());
        json.writeEndObject();
    }

    /** A finding's {@code location} object, with what its format knows; nothing for a value in an input's own text. */
    static void writeLocation(JsonGenerator json, Location l) throws IOException {
        if (l == null) {
            return;
        }
        json.writeObjectFieldStart("location");
        writeIfPresent(json, "entry", l.entry());
        writeIfPresent(json, "part", l.part());
        writeIfPresent(json, "sheet", l.sheet());
        writeIfPresent(json, "cell", l.cell());
        writeIfPresent(json, "record", l.record());
        writeIfPresent(json, "row", l.row());
        writeIfPresent(json, "column", l.column());
        writeIfPresent(json, "page", l.page());
        json.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator json, String name, Long value) throws IOException {
        if (value != null) {
            json.writeNumberField(name, value);
        }
    }

    /** Writes counts per entity type as an object. */
    static void writeCounts(JsonGenerator json, String name, Map<String, Long> counts) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
