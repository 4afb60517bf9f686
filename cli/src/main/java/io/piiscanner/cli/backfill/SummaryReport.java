package io.piiscanner.cli.backfill;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.cli.report.Sarif;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A backfill's summary, as {@code backfill report} prints it: a table, the JSON as written, or
 * SARIF with one result per object among those with the most findings and per type. Keys and
 * prefixes are shown masked, as the summary holds them.
 */
public final class SummaryReport {

    /** The report formats of {@code backfill report}. */
    public enum Format {
        TABLE,
        JSON,
        SARIF;

        /**
         * The format of a name, ignoring case.
         *
         * @throws IllegalArgumentException naming the formats
         */
        public static Format parse(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("--format: expected table, json or sarif, got '" + name + "'");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private SummaryReport() {}

    /** Writes a summary in a format; {@code version} is the tool's, for SARIF. */
    public static void write(JsonNode summary, Format format, String bucket, String version, OutputStream out)
            throws IOException {
        switch (format) {
            case JSON -> {
                out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(summary));
                out.write('\n');
            }
            case SARIF -> sarif(summary, bucket, version, out);
            case TABLE -> table(summary, new PrintStream(out, false, StandardCharsets.UTF_8));
        }
        out.flush();
    }

    static void table(JsonNode s, PrintStream out) {
        JsonNode source = s.path("source");
        out.printf(
                Locale.ROOT,
                "backfill %s: %s, rescan %s, engine %s (detectors %s)%n",
                s.path("execution").asText(),
                source.has("inventory")
                        ? "inventory " + source.path("inventory").asText()
                        : "prefix '" + source.path("prefix").asText() + "'",
                s.path("rescan").asText(),
                s.path("engine").path("version").asText(),
                s.path("engine").path("detectorSet").asText());
        out.printf(
                Locale.ROOT,
                "%,d objects: %,d scanned (%,d clean, %,d with findings), %,d skipped, %,d failed"
                        + " (%.1f%%, tolerated %.1f%%)%n",
                s.path("objects").asLong(),
                s.path("scanned").asLong(),
                s.path("clean").asLong(),
                s.path("found").asLong(),
                sum(s.path("skipped")),
                sum(s.path("failed")),
                s.path("failurePercentage").asDouble(),
                s.path("toleratedFailurePercentage").asDouble());
        out.printf(
                Locale.ROOT,
                "%s in %s, %,d findings%n",
                Estimate.bytes(s.path("bytes").asLong()),
                Estimate.duration(java.time.Duration.ofMillis(
                        Math.round(s.path("durationSeconds").asDouble() * 1000))),
                s.path("findings").asLong());
        section(out, "SKIPPED", "OBJECTS", s.path("skipped"));
        section(out, "FAILED", "OBJECTS", s.path("failed"));
        section(out, "TYPE", "FINDINGS", s.path("findingsByType"));
        section(out, "PREFIX", "FINDINGS", s.path("findingsByPrefix"));
        JsonNode top = s.path("topObjects");
        if (!top.isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "%-60s %10s  %s%n", "OBJECT", "FINDINGS", "TYPES");
            for (JsonNode o : top) {
                List<String> types = new ArrayList<>();
                o.path("findingsByType")
                        .properties()
                        .forEach(e -> types.add(e.getKey() + " " + e.getValue().asLong()));
                out.printf(
                        Locale.ROOT,
                        "%-60s %,10d  %s%n",
                        o.path("key").asText(),
                        o.path("findings").asLong(),
                        String.join(", ", types));
            }
        }
        out.flush();
    }

    private static void section(PrintStream out, String heading, String unit, JsonNode counts) {
        if (counts.isEmpty()) {
            return;
        }
        out.println();
        out.printf(Locale.ROOT, "%-60s %10s%n", heading, unit);
        for (Map.Entry<String, JsonNode> e : counts.properties()) {
            out.printf(Locale.ROOT, "%-60s %,10d%n", e.getKey(), e.getValue().asLong());
        }
    }

    private static void sarif(JsonNode s, String bucket, String version, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            Sarif.beginRun(json, "pii-scanner", version);
            TreeSet<String> types = new TreeSet<>();
            s.path("findingsByType").fieldNames().forEachRemaining(types::add);
            json.writeArrayFieldStart("rules");
            for (String type : types) {
                json.writeStartObject();
                json.writeStringField("id", type);
                json.writeObjectFieldStart("shortDescription");
                json.writeStringField("text", type + " found by the backfill");
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (JsonNode o : s.path("topObjects")) {
                for (Map.Entry<String, JsonNode> t : o.path("findingsByType").properties()) {
                    json.writeStartObject();
                    json.writeStringField("ruleId", t.getKey());
                    json.writeStringField("level", "error");
                    json.writeObjectFieldStart("message");
                    json.writeStringField(
                            "text",
                            t.getValue().asLong() + " " + t.getKey() + " findings in "
                                    + o.path("key").asText());
                    json.writeEndObject();
                    json.writeArrayFieldStart("locations");
                    json.writeStartObject();
                    json.writeObjectFieldStart("physicalLocation");
                    json.writeObjectFieldStart("artifactLocation");
                    json.writeStringField(
                            "uri", "s3://" + bucket + "/" + o.path("key").asText());
                    json.writeEndObject();
                    json.writeEndObject();
                    json.writeEndObject();
                    json.writeEndArray();
                    json.writeObjectFieldStart("properties");
                    json.writeStringField("objectId", o.path("objectId").asText());
                    json.writeEndObject();
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("invocations");
            json.writeStartObject();
            json.writeBooleanField("executionSuccessful", sum(s.path("failed")) == 0);
            json.writeEndObject();
            Sarif.endRun(json);
        }
    }

    /** The sum of a summary's counts, such as its failed objects by reason. */
    public static long sum(JsonNode counts) {
        long n = 0;
        for (JsonNode v : counts) {
            n += v.asLong();
        }
        return n;
    }
}
