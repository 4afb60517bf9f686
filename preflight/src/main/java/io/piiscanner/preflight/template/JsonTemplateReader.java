package io.piiscanner.preflight.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads a JSON template with the position of every value and key. */
final class JsonTemplateReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern SOURCE_NOTE =
            Pattern.compile("start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)]");

    private JsonTemplateReader() {
    }

    static CfnValue read(String source) throws TemplateSyntaxException {
        try (JsonParser parser = FACTORY.createParser(source)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new TemplateSyntaxException("the template is empty", Location.UNKNOWN);
            }
            CfnValue root = value(parser);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new TemplateSyntaxException("unexpected content after the template",
                        location(parser.currentTokenLocation()));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new TemplateSyntaxException(readable(e.getOriginalMessage().lines().findFirst().orElse("invalid JSON")),
                    location(e.getLocation()));
        } catch (IOException e) {
            // Reading from a string fails only on malformed input, reported above.
            throw new TemplateSyntaxException(e.getMessage(), Location.UNKNOWN);
        }
    }

    private static CfnValue value(JsonParser p) throws IOException {
        Location at = location(p.currentTokenLocation());
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p, at);
            case START_ARRAY -> array(p, at);
            case VALUE_STRING -> new CfnScalar(p.getText(), CfnScalar.Kind.STRING, at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new CfnScalar(p.getText(), CfnScalar.Kind.NUMBER, at);
            case VALUE_TRUE, VALUE_FALSE -> new CfnScalar(p.getText(), CfnScalar.Kind.BOOLEAN, at);
            case VALUE_NULL -> new CfnScalar("null", CfnScalar.Kind.NULL, at);
            default -> throw new JsonParseProblem("unexpected " + p.currentToken(), p);
        };
    }

    private static CfnMap object(JsonParser p, Location at) throws IOException {
        Map<String, CfnValue> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            keys.put(name, location(p.currentTokenLocation()));
            p.nextToken();
            entries.put(name, value(p));
        }
        return new CfnMap(entries, keys, at);
    }

    private static CfnList array(JsonParser p, Location at) throws IOException {
        List<CfnValue> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(p));
        }
        return new CfnList(items, at);
    }

    /**
     * Jackson's message without its notes on where the source is, which name a Jackson setting:
     * {@code (start marker at [Source: REDACTED (...); line: 1, column: 15])} reads
     * {@code (opened at line 1, column 15)}.
     */
    static String readable(String message) {
        return SOURCE_NOTE.matcher(message).replaceAll("opened at line $1, column $2");
    }

    private static Location location(JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? Location.UNKNOWN : new Location(l.getLineNr(), l.getColumnNr());
    }

    /** A token the tree cannot hold; Jackson reports everything else itself. */
    private static final class JsonParseProblem extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        JsonParseProblem(String message, JsonParser p) {
            super(message, p.currentTokenLocation());
        }
    }
}
