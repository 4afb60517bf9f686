package io.piiscanner.preflight.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The Lambda runtimes with their operating system and deprecation dates, shipped as
 * {@code lambda/runtimes.json} and copied from the AWS Lambda Developer Guide on the date it names.
 */
public final class RuntimeTable {

    private final Map<String, LambdaRuntime> runtimes;
    private final String source;
    private final LocalDate amazonLinux2EndOfLife;

    private RuntimeTable(Map<String, LambdaRuntime> runtimes, String source, LocalDate amazonLinux2EndOfLife) {
        this.runtimes = Map.copyOf(runtimes);
        this.source = source;
        this.amazonLinux2EndOfLife = amazonLinux2EndOfLife;
    }

    /** The table shipped with the tool. */
    public static RuntimeTable bundled() {
        try (InputStream in = RuntimeTable.class.getResourceAsStream("/io/piiscanner/preflight/lambda/runtimes.json")) {
            if (in == null) {
                throw new IllegalStateException("runtimes.json missing from the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, LambdaRuntime> map = new HashMap<>();
            for (JsonNode r : root.path("runtimes")) {
                map.put(
                        r.path("id").asText(),
                        new LambdaRuntime(
                                r.path("id").asText(),
                                r.path("os").asText(),
                                date(r, "deprecated"),
                                date(r, "blockCreate"),
                                date(r, "blockUpdate"),
                                r.path("successor").isTextual()
                                        ? r.path("successor").asText()
                                        : null));
            }
            return new RuntimeTable(
                    map,
                    root.path("source").asText(),
                    LocalDate.parse(root.path("amazonLinux2EndOfLife").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read runtimes.json", e);
        }
    }

    private static LocalDate date(JsonNode r, String field) {
        JsonNode d = r.path(field);
        return d.isTextual() ? LocalDate.parse(d.asText()) : null;
    }

    /** The runtime with this identifier, or {@code null} when the table does not know it. */
    public LambdaRuntime runtime(String id) {
        return runtimes.get(id);
    }

    /** Where and when the dates were read. */
    public String source() {
        return source;
    }

    /** When Amazon Linux 2 reached its end of life. */
    public LocalDate amazonLinux2EndOfLife() {
        return amazonLinux2EndOfLife;
    }
}
