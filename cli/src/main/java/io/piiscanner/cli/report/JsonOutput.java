package io.piiscanner.cli.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.piiscanner.core.read.Location;
import io.piiscanner.core.scan.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Jackson streaming output shared by the JSON-based report formats. */
final class JsonOutput {

    // No separator between root values: JSON Lines writers add their own newline.
    private static final JsonFactory FACTORY =
            new JsonFactoryBuilder().rootValueSeparator((String) null).build();

    // A finding's field names, encoded once: a scan of logs writes a few hundred thousand findings,
    // and names written as strings are checked for escapes character by character each time.
    private static final SerializableString PATH = new SerializedString("path");
    private static final SerializableString TYPE = new SerializedString("type");
    private static final SerializableString START = new SerializedString("start");
    private static final SerializableString END = new SerializedString("end");
    private static final SerializableString LINE = new SerializedString("line");
    private static final SerializableString COLUMN = new SerializedString("column");
    private static final SerializableString CONFIDENCE = new SerializedString("confidence");
    private static final SerializableString MASKED = new SerializedString("masked");
    private static final SerializableString DETECTOR = new SerializedString("detector");
    private static final SerializableString FIELD = new SerializedString("field");
    private static final SerializableString FINGERPRINT = new SerializedString("fingerprint");
    private static final SerializableString DETAIL = new SerializedString("detail");

    /**
     * Confidences as {@link JsonGenerator#writeNumber(double)} writes them ({@link Double#toString}),
     * formatted once each: a scan's findings share a few dozen scores, and formatting a double
     * was a seventh of the cost of writing a finding. Bounded, since a configuration can add scores.
     */
    private static final Map<Double, String> CONFIDENCE_TEXT = new ConcurrentHashMap<>();

    private static final int MAX_CONFIDENCE_TEXTS = 1024;

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
        writeString(json, PATH, f.path());
        writeString(json, TYPE, f.type());
        writeNumber(json, START, f.start());
        writeNumber(json, END, f.end());
        writeNumber(json, LINE, f.line());
        writeNumber(json, COLUMN, f.column());
        json.writeFieldName(CONFIDENCE);
        json.writeNumber(confidenceText(f.confidence()));
        writeString(json, MASKED, f.masked());
        writeString(json, DETECTOR, f.detector());
        writeIfPresent(json, FIELD, f.field());
        writeIfPresent(json, FINGERPRINT, f.fingerprint());
        writeIfPresent(json, DETAIL, f.detail());
        writeLocation(json, f.location());
        json.writeEndObject();
    }

    private static void writeString(JsonGenerator json, SerializableString name, String value) throws IOException {
        json.writeFieldName(name);
        json.writeString(value);
    }

    private static void writeIfPresent(JsonGenerator json, SerializableString name, String value) throws IOException {
        if (value != null) {
            writeString(json, name, value);
        }
    }

    private static void writeNumber(JsonGenerator json, SerializableString name, long value) throws IOException {
        json.writeFieldName(name);
        json.writeNumber(value);
    }

    private static String confidenceText(double confidence) {
        String text = CONFIDENCE_TEXT.get(confidence);
        if (text == null) {
            text = Double.toString(confidence);
            if (CONFIDENCE_TEXT.size() < MAX_CONFIDENCE_TEXTS) {
                CONFIDENCE_TEXT.put(confidence, text);
            }
        }
        return text;
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
