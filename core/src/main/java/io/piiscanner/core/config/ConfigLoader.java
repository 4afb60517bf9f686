package io.piiscanner.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.re2j.Pattern;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.scan.EngineConfig;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a user's configuration file (YAML or JSON; JSON is valid YAML) that adds custom detectors
 * and changes settings without recompiling:
 *
 * <pre>{@code
 * minConfidence: 0.6
 * defaultRegion: GB
 * disable: [us-driver-license, DATE_OF_BIRTH]
 * detectors:
 *   - id: employee-id
 *     type: EMPLOYEE_ID
 *     pattern: 'EMP-\d{6}'
 *     validator: luhn          # luhn, aba, mod97 or none
 *     score: 0.7
 *     context: [employee, staff]
 *     contextRequired: false
 *     negativeContext: [example]
 *     keepLast: 2              # characters left visible in the masked value
 *     ignoreCase: false
 * }</pre>
 *
 * <p>Patterns are RE2 syntax, matched in linear time (see {@link UserPatterns}).
 */
public final class ConfigLoader {

    /** Longest pattern source accepted; a longer one is almost certainly a mistake. */
    private static final int MAX_PATTERN_LENGTH = 2000;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private ConfigLoader() {
    }

    /** The file's layout; field names are the keys users write. */
    record FileModel(@JsonProperty("minConfidence") Double minConfidence,
                     @JsonProperty("defaultRegion") String defaultRegion,
                     @JsonProperty("disable") List<String> disable,
                     @JsonProperty("detectors") List<DetectorModel> detectors) {
    }

    record DetectorModel(@JsonProperty("id") String id,
                         @JsonProperty("type") String type,
                         @JsonProperty("pattern") LineString pattern,
                         @JsonProperty("validator") String validator,
                         @JsonProperty("score") Double score,
                         @JsonProperty("context") List<String> context,
                         @JsonProperty("contextRequired") Boolean contextRequired,
                         @JsonProperty("negativeContext") List<String> negativeContext,
                         @JsonProperty("keepLast") Integer keepLast,
                         @JsonProperty("ignoreCase") Boolean ignoreCase) {
    }

    /** A string with the line of the file it is on, so that a message about it can name the line. */
    @JsonDeserialize(using = LineString.Reader.class)
    record LineString(String value, int line) {

        static final class Reader extends JsonDeserializer<LineString> {
            @Override
            public LineString deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.currentToken().isScalarValue()) {
                    return (LineString) ctxt.handleUnexpectedToken(LineString.class, p);
                }
                return new LineString(p.getValueAsString(), p.currentTokenLocation().getLineNr());
            }
        }
    }

    /**
     * Applies the file's settings and detectors to the builder.
     *
     * @throws ConfigException with a one-line message when the file is missing or invalid
     */
    public static void load(Path file, EngineConfig.Builder builder) {
        FileModel model = read(file);
        String where = file.toString();
        if (model == null) {
            throw new ConfigException(where + ": the file is empty");
        }
        if (model.minConfidence() != null) {
            double v = model.minConfidence();
            if (!(v >= 0 && v <= 1)) {
                throw new ConfigException(where + ": minConfidence must be between 0 and 1, got " + v);
            }
            builder.minConfidence(v);
        }
        if (model.defaultRegion() != null) {
            if (!model.defaultRegion().matches("[A-Za-z]{2}")) {
                throw new ConfigException(where + ": defaultRegion must be a two-letter region code such as US, got '"
                        + model.defaultRegion() + "'");
            }
            builder.detectorSettings(new DetectorSettings(model.defaultRegion()));
        }
        if (model.disable() != null) {
            builder.disable(Set.copyOf(model.disable()));
        }
        if (model.detectors() != null) {
            List<Detector> detectors = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < model.detectors().size(); i++) {
                Detector d = toDetector(where, i, model.detectors().get(i));
                if (!ids.add(d.id())) {
                    throw new ConfigException(where + detectorAt(i) + ": duplicate id '" + d.id() + "'");
                }
                detectors.add(d);
            }
            builder.addDetectors(detectors);
        }
    }

    private static FileModel read(Path file) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // A setting given twice is a mistake; without this, records fail on it naming their classes.
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try (InputStream in = Files.newInputStream(file)) {
            return mapper.readValue(in, FileModel.class);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(file + location(e.getLocation()) + ": unknown setting '" + e.getPropertyName()
                    + "' (known: " + String.join(", ", knownNames(e)) + ")");
        } catch (MismatchedInputException e) {
            // Jackson's own message names Java types (`java.lang.Double`): say which setting and what it takes.
            throw new ConfigException(file + location(e.getLocation()) + ": " + settingPath(e.getPath())
                    + "expected " + expected(e.getTargetType()));
        } catch (JacksonException e) {
            throw new ConfigException(file + syntaxProblem(e));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * Where and what the parser found wrong: its message's first line. Two messages are said in
     * the file's terms instead: bytes that are not UTF-8 come as the reader's exception, class
     * name first, at no real position; and for a key that is not text, Jackson's YAML parser names
     * a SnakeYAML event class ({@code <org.yaml.snakeyaml.events.AliasEvent(...)>}).
     */
    private static String syntaxProblem(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharConversionException) {
                return ": the file is not UTF-8 text";
            }
        }
        String message = e.getOriginalMessage();
        return location(e.getLocation()) + ": " + (message != null && message.startsWith("Expected a field name")
                ? "a key must be plain text, not an alias, a list or a mapping" : firstLine(message));
    }

    /** The setting a mismatch is at, as the file names it ({@code detectors[1].score: }), or nothing at the top. */
    private static String settingPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            if (r.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "" : out + ": ";
    }

    /** What a value of the model's type is, in the file's terms. */
    private static String expected(Class<?> type) {
        if (type == FileModel.class) {
            return "a mapping of settings (minConfidence, defaultRegion, disable, detectors)";
        }
        if (type == DetectorModel.class) {
            return "a detector: a mapping with id, type, pattern and optional settings";
        }
        if (type == Double.class || type == Double.TYPE) {
            return "a number";
        }
        if (type == Integer.class || type == Integer.TYPE) {
            return "a whole number";
        }
        if (type == Boolean.class || type == Boolean.TYPE) {
            return "true or false";
        }
        if (type != null && Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "text";
    }

    private static List<String> knownNames(UnrecognizedPropertyException e) {
        List<String> names = new ArrayList<>();
        if (e.getKnownPropertyIds() != null) {
            e.getKnownPropertyIds().forEach(o -> names.add(String.valueOf(o)));
        }
        names.sort(null);
        return names;
    }

    private static Detector toDetector(String where, int index, DetectorModel m) {
        String at = where + detectorAt(index);
        if (m == null) {
            throw new ConfigException(at + ": empty detector");
        }
        String id = require(at, "id", m.id());
        if (!ID.matcher(id).matches()) {
            throw new ConfigException(at + ": id '" + id + "' must be lower-case letters, digits and dashes");
        }
        String type = require(at, "type", m.type());
        if (!TYPE.matcher(type).matches()) {
            throw new ConfigException(at + ": type '" + type + "' must be upper-case letters, digits and underscores,"
                    + " like EMPLOYEE_ID");
        }
        String source = require(at, "pattern", m.pattern() == null ? null : m.pattern().value());
        String patternAt = where + ":" + m.pattern().line() + detectorAt(index);
        if (source.length() > MAX_PATTERN_LENGTH) {
            throw new ConfigException(patternAt + ": pattern is longer than " + MAX_PATTERN_LENGTH + " characters");
        }
        Pattern pattern;
        try {
            pattern = UserPatterns.compile(source, Boolean.TRUE.equals(m.ignoreCase()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(patternAt + ": " + firstLine(e.getMessage()));
        }
        if (pattern.matches("")) {
            throw new ConfigException(patternAt + ": pattern matches the empty string");
        }
        Predicate<CharSequence> validator = Validators.byName(m.validator() == null ? "none" : m.validator());
        if (validator == null) {
            throw new ConfigException(at + ": unknown validator '" + m.validator() + "' (known: "
                    + Validators.names() + ")");
        }
        double score = m.score() == null ? 0.6 : m.score();
        if (!(score >= 0 && score <= 1)) {
            throw new ConfigException(at + ": score must be between 0 and 1, got " + score);
        }
        List<String> words = m.context() == null ? List.of() : m.context();
        List<String> negative = m.negativeContext() == null ? List.of() : m.negativeContext();
        boolean required = Boolean.TRUE.equals(m.contextRequired());
        if (required && words.isEmpty()) {
            throw new ConfigException(at + ": contextRequired needs at least one context word");
        }
        int keepLast = m.keepLast() == null ? 4 : m.keepLast();
        if (keepLast < 0 || keepLast > 4) {
            throw new ConfigException(at + ": keepLast must be between 0 and 4, got " + keepLast);
        }
        ContextRule rule = new ContextRule(words, negative, ContextRule.DEFAULT_BOOST, ContextRule.DEFAULT_PENALTY,
                required, ContextRule.DEFAULT_BEFORE, ContextRule.DEFAULT_AFTER);
        return new PatternDetector(id, type.toUpperCase(Locale.ROOT), pattern, score, validator, rule, keepLast);
    }

    private static String detectorAt(int index) {
        return ": detectors[" + index + "]";
    }

    private static String require(String at, String name, String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(at + ": missing '" + name + "'");
        }
        return value;
    }

    private static String location(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
