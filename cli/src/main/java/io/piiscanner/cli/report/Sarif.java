package io.piiscanner.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** The SARIF 2.1.0 framing that the reports of {@code scan} and {@code check} share. */
public final class Sarif {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String VERSION = "2.1.0";

    /** Writes a notification's or result's location(s). */
    @FunctionalInterface
    public interface LocationWriter {
        void write(JsonGenerator json) throws IOException;
    }

    private Sarif() {}

    /** Opens the log, its one run and the run's tool driver, which the caller goes on to describe. */
    public static void beginRun(JsonGenerator json, String toolName, String toolVersion) throws IOException {
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", VERSION);
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", toolName);
        json.writeStringField("version", toolVersion);
    }

    /** Closes the invocation, its list, the run, the list of runs and the log, and ends the line. */
    public static void endRun(JsonGenerator json) throws IOException {
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** One tool execution notification with one location. */
    public static void notification(JsonGenerator json, String level, String text, LocationWriter location)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("level", level);
        json.writeObjectFieldStart("message");
        json.writeStringField("text", text);
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        location.write(json);
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }
}
