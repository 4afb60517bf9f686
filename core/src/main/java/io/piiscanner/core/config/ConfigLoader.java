package io.piiscanner.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.scan.EngineConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

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
                     @JsonProperty("defaultRegions") List<String> defaultRegions,
                     @JsonProperty("disable") List<String> disable,
                     @JsonProperty("detectors") List<DetectorModel> detectors) {
    }

    record DetectorModel(@JsonProperty("id") String id,
                         @JsonProperty("type") String type,
                         @JsonProperty("pattern") String pattern,
                         @JsonProperty("validator") String validator,
                         @JsonProperty("score") Double score,
                         @JsonProperty("context") List<String> context,
                         @JsonProperty("contextRequired") Boolean contextRequired,
                         @JsonProperty("negativeContext") List<String> negativeContext,
                         @JsonProperty("keepLast") Integer keepLast,
                         @JsonProperty("ignoreCase") Boolean ignoreCase) {
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
        DetectorSettings regions = regions(where, model);
        if (regions != null) {
            builder.detectorSettings(regions);
        }
        if (model.disable() != null) {
            builder.disable(Set.copyOf(model.disable()));
        }
        if (model.detectors() != null) {
            List<Detector> detectors = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < model.detectors().size(); i++) {
                String at = where + ": detectors[" + i + "]";
                Detector d = toDetector(at, model.detectors().get(i));
                if (!ids.add(d.id())) {
                    throw new ConfigException(at + ": duplicate id '" + d.id() + "'");
                }
                detectors.add(d);
            }
            builder.addDetectors(detectors);
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
            throw new ConfigException(where + ": " + name + ": " + e.getMessage());
        }
    }

    private static FileModel read(Path file) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        try (InputStream in = Files.newInputStream(file)) {
            return mapper.readValue(in, FileModel.class);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(file + location(e.getLocation()) + ": unknown setting '" + e.getPropertyName()
                    + "' (known: " + String.join(", ", knownNames(e)) + ")");
        } catch (JacksonException e) {
            throw new ConfigException(file + location(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static List<String> knownNames(UnrecognizedPropertyException e) {
        List<String> names = new ArrayList<>();
        if (e.getKnownPropertyIds() != null) {
            e.getKnownPropertyIds().forEach(o -> names.add(String.valueOf(o)));
        }
        names.sort(null);
        return names;
    }

    private static Detector toDetector(String at, DetectorModel m) {
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
        String source = require(at, "pattern", m.pattern());
        if (source.length() > MAX_PATTERN_LENGTH) {
            throw new ConfigException(at + ": pattern is longer than " + MAX_PATTERN_LENGTH + " characters");
        }
        Pattern pattern;
        try {
            int flags = Boolean.TRUE.equals(m.ignoreCase()) ? Pattern.CASE_INSENSITIVE : 0;
            pattern = Pattern.compile(source, flags);
        } catch (PatternSyntaxException e) {
            throw new ConfigException(at + ": pattern is not a valid regular expression: "
                    + firstLine(e.getDescription()) + " near index " + e.getIndex());
        }
        if (pattern.matcher("").matches()) {
            throw new ConfigException(at + ": pattern matches the empty string");
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
