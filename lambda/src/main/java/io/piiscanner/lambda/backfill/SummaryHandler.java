package io.piiscanner.lambda.backfill;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.piiscanner.lambda.ScannerService;
import io.piiscanner.lambda.model.EngineIdentity;
import io.piiscanner.lambda.results.ResultDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * The last step of a backfill: reduces the Distributed Map's result files (written by its result
 * writer under {@value #PREFIX}{@code <execution>/}) into one summary,
 * {@value #PREFIX}{@code <execution>/summary.json}, and tells the state machine whether the
 * share of failed objects is within the run's tolerance.
 *
 * <p>Input: {@code {"manifestKey": "...", "execution": "...", "startedAt": "...", "source": {"prefix": "..."}
 * or {"inventory": {"key": "..."}},
 * "rescan": "none", "toleratedFailurePercentage": 5}}. Result files are read one element at a
 * time, so memory stays bounded however many batches the run had. A child workflow normally ends
 * with its batch's tally, including objects it could not scan; one that failed outright is
 * written by Step Functions with its input, whose items are counted as failed and never copied.
 */
public final class SummaryHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    /** Where a backfill's result files and summary go, in the data bucket. */
    public static final String PREFIX = ResultDocuments.PREFIX + "backfill/";

    private static final Logger LOG = LoggerFactory.getLogger(SummaryHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Execution names as the CLI makes them, and nothing that could leave the prefix. */
    private static final Pattern EXECUTION = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    private final ScannerService service;
    private final Clock clock;

    /** The handler Lambda instantiates, with the service built from the environment. */
    public SummaryHandler() {
        this(ScannerService.shared(), Clock.systemUTC());
    }

    /** A handler with a given service and clock, for tests and local runs. */
    public SummaryHandler(ScannerService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /**
     * @return {@code {"summaryKey", "objects", "scanned", "skipped", "failed", "findings",
     *         "failurePercentage", "withinTolerance"}}
     * @throws IllegalArgumentException when the input or a result file is not what the state machine writes
     */
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return PowertoolsLogging.withLogging(context, () -> handle(JSON.valueToTree(input)));
    }

    private Map<String, Object> handle(JsonNode input) {
        String execution = input.path("execution").asText("");
        if (!EXECUTION.matcher(execution).matches()) {
            throw new IllegalArgumentException("execution must be 1 to 80 letters, digits, '-' or '_'");
        }
        String manifestKey = input.path("manifestKey").asText("");
        String runPrefix = PREFIX + execution + "/";
        if (!manifestKey.startsWith(runPrefix)) {
            throw new IllegalArgumentException("manifestKey must be under " + runPrefix);
        }
        Instant startedAt = instant(input.path("startedAt").asText(""));
        double tolerated = input.path("toleratedFailurePercentage").asDouble(0);

        Tally tally = new Tally();
        JsonNode manifest = readJson(manifestKey);
        JsonNode files = manifest.path("ResultFiles");
        for (JsonNode file : files.path("SUCCEEDED")) {
            forEachElement(resultKey(file, runPrefix), element -> addSucceeded(element, tally));
        }
        for (JsonNode file : files.path("FAILED")) {
            forEachElement(resultKey(file, runPrefix), element -> addFailed(element, tally));
        }
        Instant finishedAt = clock.instant();
        double failurePercentage = tally.objects() == 0 ? 0 : 100.0 * tally.failedTotal() / tally.objects();
        boolean within = failurePercentage <= tolerated;

        String summaryKey = runPrefix + "summary.json";
        ObjectNode summary =
                summary(input, execution, tally, startedAt, finishedAt, failurePercentage, tolerated, within);
        try {
            byte[] body = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(summary);
            service.s3()
                    .putObject(
                            b -> b.bucket(service.config().dataBucket())
                                    .key(summaryKey)
                                    .contentType("application/json"),
                            RequestBody.fromBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info(
                "backfill summarised",
                entry("execution", execution),
                entry("objects", tally.objects()),
                entry("scanned", tally.scanned()),
                entry("skipped", tally.skippedTotal()),
                entry("failed", tally.failedTotal()),
                entry("findings", tally.findings()),
                entry("withinTolerance", within));
        ObjectNode output = JSON.createObjectNode();
        output.put("summaryKey", summaryKey);
        output.put("objects", tally.objects());
        output.put("scanned", tally.scanned());
        output.put("skipped", tally.skippedTotal());
        output.put("failed", tally.failedTotal());
        output.put("findings", tally.findings());
        output.put("failurePercentage", failurePercentage);
        output.put("withinTolerance", within);
        return JSON.convertValue(output, new TypeReference<>() {});
    }

    private ObjectNode summary(
            JsonNode input,
            String execution,
            Tally tally,
            Instant startedAt,
            Instant finishedAt,
            double failurePercentage,
            double tolerated,
            boolean within) {
        ObjectNode summary = JSON.createObjectNode();
        summary.put("execution", execution);
        ObjectNode source = summary.putObject("source");
        JsonNode given = input.path("source");
        if (given.path("inventory").hasNonNull("key")) {
            source.put(
                    "inventory",
                    service.keys().shown(given.path("inventory").path("key").asText()));
        } else {
            source.put("prefix", service.keys().shown(given.path("prefix").asText("")));
        }
        summary.put("rescan", input.path("rescan").asText("none"));
        EngineIdentity engine = EngineIdentity.of(service.engine());
        summary.putObject("engine").put("version", engine.version()).put("detectorSet", engine.detectorSet());
        summary.put("startedAt", startedAt.toString());
        summary.put("finishedAt", finishedAt.toString());
        summary.put(
                "durationSeconds",
                Math.max(0, Duration.between(startedAt, finishedAt).toMillis()) / 1000.0);
        summary.put("failurePercentage", failurePercentage);
        summary.put("toleratedFailurePercentage", tolerated);
        summary.put("withinTolerance", within);
        summary.setAll(tally.toJson());
        return summary;
    }

    /** A child's output: its tally, and for a batch the child could not scan, its unscanned count. */
    private void addSucceeded(JsonNode element, Tally tally) {
        JsonNode output = element.has("Output") ? parse(element.get("Output")) : element;
        tally.merge(Tally.fromJson(output.path("tally")));
        long unscanned = output.path("unscanned").asLong(0);
        if (unscanned > 0) {
            tally.failed(
                    service.keys().shown("batch failed: " + output.path("error").asText("unknown error")), unscanned);
        }
    }

    /** A child that failed outright: its items are counted, never read out. */
    private void addFailed(JsonNode element, Tally tally) {
        JsonNode input = parse(element.path("Input"));
        long items = input.path("Items").size();
        tally.merge(Tally.fromJson(input.path("BatchInput").path("tally")));
        tally.failed(
                service.keys()
                        .shown("child workflow failed: " + element.path("Error").asText("unknown error")),
                items);
    }

    private static JsonNode parse(JsonNode textOrJson) {
        if (!textOrJson.isTextual()) {
            return textOrJson;
        }
        try {
            return JSON.readTree(textOrJson.asText());
        } catch (IOException e) {
            throw new IllegalArgumentException("a result holds text that is not JSON");
        }
    }

    private static String resultKey(JsonNode file, String runPrefix) {
        String key = file.path("Key").asText("");
        if (!key.startsWith(runPrefix)) {
            throw new IllegalArgumentException("a result file is not under " + runPrefix);
        }
        return key;
    }

    private JsonNode readJson(String key) {
        try (InputStream in = service.s3()
                .getObject(b -> b.bucket(service.config().dataBucket()).key(key))) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a backfill result file", e);
        }
    }

    /** Reads a result file (a JSON array, or JSON lines) one element at a time. */
    private void forEachElement(String key, java.util.function.Consumer<JsonNode> action) {
        try (InputStream in = service.s3()
                        .getObject(b -> b.bucket(service.config().dataBucket()).key(key));
                JsonParser parser = JSON.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    action.accept(JSON.readTree(parser));
                }
            } else {
                while (first == JsonToken.START_OBJECT) {
                    action.accept(JSON.readTree(parser));
                    first = parser.nextToken();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a backfill result file", e);
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("startedAt must be an ISO-8601 time");
        }
    }
}
