package io.piiscanner.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.re2j.Pattern;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.DerivedStart;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.EngineConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Reads a user's configuration file (YAML or JSON; JSON is valid YAML) that adds custom detectors
 * and changes settings without recompiling:
 *
 * <pre>{@code
 * minConfidence: 0.6
 * defaultRegions: [GB, US, DE]   # phone regions; national numbers of the first need no context
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

    private ConfigLoader() {}

    /** The file's layout; field names are the keys users write. */
    record FileModel(
            @JsonProperty("minConfidence") Double minConfidence,
            @JsonProperty("defaultRegion") String defaultRegion,
            @JsonProperty("defaultRegions") List<String> defaultRegions,
            @JsonProperty("disable") List<LineString> disable,
            @JsonProperty("detectors") List<DetectorModel> detectors) {}

    record DetectorModel(
            @JsonProperty("id") String id,
            @JsonProperty("type") String type,
            @JsonProperty("pattern") LineString pattern,
            @JsonProperty("validator") String validator,
            @JsonProperty("score") Double score,
            @JsonProperty("context") List<String> context,
            @JsonProperty("contextRequired") Boolean contextRequired,
            @JsonProperty("negativeContext") List<String> negativeContext,
            @JsonProperty("keepLast") Integer keepLast,
            @JsonProperty("ignoreCase") Boolean ignoreCase) {}

    /** A string with the line of the file it is on, so that a message about it can name the line. */
    @JsonDeserialize(using = LineString.Reader.class)
    record LineString(String value, int line) {

        static final class Reader extends JsonDeserializer<LineString> {
            @Override
            public LineString deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.currentToken().isScalarValue()) {
                    return (LineString) ctxt.handleUnexpectedToken(LineString.class, p);
                }
                return new LineString(
                        p.getValueAsString(), p.currentTokenLocation().getLineNr());
            }
        }
    }

    /**
     * Applies the file's settings and detectors to the builder.
     *
     * @throws ConfigException with a one-line message when the file is missing or invalid
     */
    public static void load(Path file, EngineConfig.Builder builder) {
        ConfigFile.Contents contents = ConfigFile.read(file);
        FileModel model = contents.model();
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
        DetectorSettings regions = regions(where, model);
        if (regions != null) {
            builder.detectorSettings(regions);
        }
        List<Detector> builtIn = Engine.withDefaults().detectors();
        List<Detector> detectors = new ArrayList<>();
        if (model.detectors() != null) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < model.detectors().size(); i++) {
                String at = where + ":" + contents.detectorLines().get(i) + detectorAt(i);
                Detector d = toDetector(where, at, i, model.detectors().get(i));
                if (builtIn.stream().anyMatch(b -> b.id().equals(d.id()))) {
                    // Else --disable and disable: would switch off both under the one id.
                    throw new ConfigException(at + ": id '" + d.id() + "' is a built-in detector's; choose another");
                }
                if (!ids.add(d.id())) {
                    throw new ConfigException(at + ": duplicate id '" + d.id() + "'");
                }
                detectors.add(d);
            }
            builder.addDetectors(detectors);
        }
        if (model.disable() != null) {
            builder.disable(knownIdsOrTypes(where, model.disable(), builtIn, detectors));
        }
    }

    /**
     * The phone regions: {@code defaultRegions}, or {@code defaultRegion}, the older setting, which
     * puts one region before the other defaults; null when the file sets neither.
     */
    private static DetectorSettings regions(String where, FileModel model) {
        if (model.defaultRegion() != null && model.defaultRegions() != null) {
            throw new ConfigException(where + ": set defaultRegions or defaultRegion, not both");
        }
        try {
            if (model.defaultRegions() != null) {
                return new DetectorSettings(model.defaultRegions());
            }
            return model.defaultRegion() == null ? null : DetectorSettings.withFirstRegion(model.defaultRegion());
        } catch (IllegalArgumentException e) {
            String name = model.defaultRegions() != null ? "defaultRegions" : "defaultRegion";
            throw new ConfigException(where + ": " + name + " " + e.getMessage());
        }
    }

    /**
     * The detector ids and entity types that {@code disable} names, each checked against the
     * detectors there are, so that a typo is an error rather than a detector left on.
     */
    private static Set<String> knownIdsOrTypes(
            String where, List<LineString> names, List<Detector> builtIn, List<Detector> custom) {
        Set<String> known = new TreeSet<>();
        Set<String> ids = new TreeSet<>();
        for (List<Detector> list : List.of(builtIn, custom)) {
            list.forEach(d -> {
                ids.add(d.id());
                known.add(d.id());
                known.add(d.type());
            });
        }
        Set<String> selected = new LinkedHashSet<>();
        for (LineString name : names) {
            if (name == null || !known.contains(name.value().strip())) {
                throw new ConfigException(where + (name == null ? "" : ":" + name.line()) + ": disable: no detector"
                        + " has id or type '" + (name == null ? "" : name.value()) + "'; detectors: "
                        + String.join(", ", ids));
            }
            selected.add(name.value().strip());
        }
        return selected;
    }

    /**
     * Builds a detector from its entry.
     *
     * @param at where its messages point: the file, the line the entry starts on, and its index
     */
    private static Detector toDetector(String where, String at, int index, DetectorModel m) {
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
        String source =
                require(at, "pattern", m.pattern() == null ? null : m.pattern().value());
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
            throw new ConfigException(
                    at + ": unknown validator '" + m.validator() + "' (known: " + Validators.names() + ")");
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
        ContextRule rule = ContextRule.of(words, negative, List.of(), required);
        return new PatternDetector(
                id,
                type.toUpperCase(Locale.ROOT),
                pattern,
                DerivedStart.ofRe2(source, Boolean.TRUE.equals(m.ignoreCase())),
                score,
                validator,
                rule,
                keepLast);
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

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
