package io.piiscanner.core.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a configuration file into {@link ConfigLoader.FileModel}, so that every mistake is one line
 * naming the file, the line and column where it is, and what is wrong in the user's terms: never
 * a Java class, a parser's internal state or a stack trace.
 *
 * <p>Keys are checked in a first pass over the file's tokens, where each key's own position is
 * known (Jackson reports an unknown key of a record only after the whole object is read); the pass
 * also notes the line each detector starts on, for the messages about its rule.
 */
final class ConfigFile {

    /** Largest file read; a configuration is a few hundred bytes, so a larger file is a mistake. */
    static final int MAX_BYTES = 1 << 20;

    // Jackson reads 2.5 for a whole number as 2 unless told not to.
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    private static final Set<String> FILE_KEYS = keys(ConfigLoader.FileModel.class);
    private static final Set<String> DETECTOR_KEYS = keys(ConfigLoader.DetectorModel.class);

    /**
     * What a file holds.
     *
     * @param model         the settings, or {@code null} for an empty file
     * @param detectorLines the line each entry of {@code detectors} starts on, in order
     */
    record Contents(ConfigLoader.FileModel model, List<Integer> detectorLines) {}

    private ConfigFile() {}

    /**
     * Reads and binds a file.
     *
     * @throws ConfigException with a one-line message when the file cannot be read or is not a
     *                         valid configuration
     */
    static Contents read(Path file) {
        byte[] bytes = bytes(file);
        try {
            List<Integer> detectorLines = checkKeys(file, bytes);
            return new Contents(MAPPER.readValue(bytes, ConfigLoader.FileModel.class), detectorLines);
        } catch (JacksonException e) {
            throw new ConfigException(file + problem(e));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static byte[] bytes(Path file) {
        if (Files.isDirectory(file)) {
            throw new ConfigException(file + ": is a folder, not a configuration file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ConfigException(
                        file + ": is larger than " + MAX_BYTES + " bytes, too large for a" + " configuration file");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new ConfigException(file + ": permission denied");
        } catch (FileSystemException e) {
            throw new ConfigException(file + ": cannot read: " + (e.getReason() != null ? e.getReason() : "error"));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * Refuses the first unknown key, at its position, and returns the line of each detector. Values
     * are left to binding, which reports a value of the wrong kind.
     */
    private static List<Integer> checkKeys(Path file, byte[] bytes) throws IOException {
        List<Integer> detectorLines = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return detectorLines;
            }
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                requireKnown(file, p, FILE_KEYS, seen, "setting");
                JsonToken value = p.nextToken();
                if (key.equals("detectors") && value == JsonToken.START_ARRAY) {
                    for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
                        detectorLines.add(p.currentTokenLocation().getLineNr());
                        if (p.currentToken() == JsonToken.START_OBJECT) {
                            Set<String> detectorSeen = new HashSet<>();
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                requireKnown(file, p, DETECTOR_KEYS, detectorSeen, "detector setting");
                                p.nextToken();
                                p.skipChildren();
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return detectorLines;
    }

    /** Refuses the key the parser is on when it is unknown or given twice in its mapping. */
    private static void requireKnown(Path file, JsonParser p, Set<String> known, Set<String> seen, String what)
            throws IOException {
        String key = p.currentName();
        if (!known.contains(key)) {
            throw new ConfigException(file + at(p.currentTokenLocation()) + ": unknown " + what + " '" + key
                    + "' (known: " + String.join(", ", known) + ")");
        }
        if (!seen.add(key)) {
            throw new ConfigException(
                    file + at(p.currentTokenLocation()) + ": " + what + " '" + key + "' is given twice");
        }
    }

    /** {@code :line:column: what is wrong}, for an error of the YAML syntax or of a value's kind. */
    private static String problem(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException yaml) {
                return syntax(yaml);
            }
            if (t instanceof CharConversionException) {
                // The reader's exception, class name first, at no real position.
                return ": the file is not UTF-8 text";
            }
        }
        String where = at(e.getLocation());
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Expected a field name")) {
            // Jackson's YAML parser names a SnakeYAML event class here ({@code AliasEvent(...)}).
            return where + ": a key must be plain text, not an alias, a list or a mapping";
        }
        if (e instanceof MismatchedInputException m) {
            String path = path(m);
            return where + ": " + (path.isEmpty() ? "" : path + ": ") + "expected " + kind(m.getTargetType());
        }
        String path = e instanceof JsonMappingException m ? path(m) : "";
        return where + ": " + (path.isEmpty() ? "invalid value" : path + ": invalid value");
    }

    /** A YAML (or JSON) syntax error: where it is, what was found, and in what construct. */
    private static String syntax(MarkedYAMLException e) {
        StringBuilder sb = new StringBuilder();
        Mark problemAt = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        if (problemAt != null) {
            sb.append(':').append(problemAt.getLine() + 1).append(':').append(problemAt.getColumn() + 1);
        }
        sb.append(": ").append(plain(e.getProblem() != null ? e.getProblem() : "invalid YAML"));
        if (e.getContext() != null) {
            sb.append(" (").append(e.getContext());
            Mark contextAt = e.getContextMark();
            if (contextAt != null && !contextAt.equals(problemAt)) {
                sb.append(" that starts at ")
                        .append(contextAt.getLine() + 1)
                        .append(':')
                        .append(contextAt.getColumn() + 1);
            }
            sb.append(')');
        }
        return sb.toString();
    }

    private static String plain(String problem) {
        return problem.replace("'<stream end>'", "the end of the file").replace("end of stream", "end of the file");
    }

    /** The path of a value, as a user writes it: {@code detectors[0].score}. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** What a value of this type looks like in the file. */
    private static String kind(Class<?> type) {
        if (type == ConfigLoader.FileModel.class) {
            return "a mapping of settings (" + String.join(", ", FILE_KEYS) + ")";
        }
        if (type == ConfigLoader.DetectorModel.class) {
            return "a detector: a mapping with id, type and pattern";
        }
        if (type != null && List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "text";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? ""
                : ":" + location.getLineNr() + ":" + location.getColumnNr();
    }

    /** The keys of a model: its record components, which are named as users write them. */
    private static Set<String> keys(Class<? extends Record> model) {
        Set<String> names = new TreeSet<>();
        Arrays.stream(model.getRecordComponents()).forEach(c -> names.add(c.getName()));
        return names;
    }
}
