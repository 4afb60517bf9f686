package io.piiscanner.preflight.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a JSON template with the position of every value and key. Jackson's read constraints are
 * set to {@link TemplateLimits}, so that a file nested too deep or too long stops with an error.
 */
final class JsonTemplateReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(TemplateLimits.MAX_DEPTH)
                    .maxDocumentLength(TemplateLimits.MAX_BYTES)
                    .maxStringLength(TemplateLimits.MAX_BYTES)
                    .maxNameLength(TemplateLimits.MAX_BYTES)
                    .build())
            .build();
    /** Jackson's positions in its messages: the source is never included, the line and column are. */
    private static final Pattern SOURCE_POSITION = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]");
    /** Where a constraint is configured, which means nothing to the reader of a template. */
    private static final Pattern CONSTRAINT_ORIGIN = Pattern.compile(", from `[^`]*`\\)");

    private static final Pattern SOURCE_NOTE =
            Pattern.compile("start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)]");

    private JsonTemplateReader() {}

    static CfnValue read(String source) throws TemplateSyntaxException {
        JsonParser parser;
        try {
            parser = FACTORY.createParser(source);
        } catch (IOException e) {
            // Creating a parser over a string reads nothing yet.
            throw new TemplateSyntaxException(readable(e.getMessage()), Location.UNKNOWN);
        }
        // The parser is still open in the handlers: its context says what the end of input left open.
        try (parser) {
            try {
                return document(parser);
            } catch (JsonEOFException e) {
                throw new TemplateSyntaxException(endedEarly(e, parser.getParsingContext()), location(e.getLocation()));
            } catch (JsonProcessingException e) {
                Location at = location(e.getLocation());
                throw new TemplateSyntaxException(
                        readable(e.getOriginalMessage()), at.known() ? at : location(parser.currentLocation()));
            }
        } catch (IOException e) {
            // Reading from a string fails only on malformed input, reported above.
            throw new TemplateSyntaxException(readable(e.getMessage()), Location.UNKNOWN);
        }
    }

    private static CfnValue document(JsonParser parser) throws IOException, TemplateSyntaxException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new TemplateSyntaxException("the template is empty", Location.UNKNOWN);
        }
        CfnValue root = value(parser);
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new TemplateSyntaxException(
                    "unexpected content after the template", location(parser.currentTokenLocation()));
        }
        return root;
    }

    /** What an end of input in the middle of the template leaves open. */
    private static String endedEarly(JsonEOFException e, JsonStreamContext open) {
        if (e.getTokenBeingDecoded() == JsonToken.VALUE_STRING || e.getTokenBeingDecoded() == JsonToken.FIELD_NAME) {
            return "the template ends inside a string";
        }
        if (open == null || open.inRoot()) {
            return "the template ends early";
        }
        Location start = location(open.startLocation(ContentReference.unknown()));
        return "the template ends before the " + (open.inObject() ? "object" : "array") + " opened at " + start
                + " is closed";
    }

    /**
     * Jackson's message on one line, with positions as {@code line:column} and no configuration
     * names: {@code (start marker at [Source: REDACTED (...); line: 1, column: 15])} reads
     * {@code (opened at line 1, column 15)}.
     */
    static String readable(String message) {
        String first =
                message == null ? "invalid JSON" : message.lines().findFirst().orElse("invalid JSON");
        String opened = SOURCE_NOTE.matcher(first).replaceAll("opened at line $1, column $2");
        String positions = SOURCE_POSITION.matcher(opened).replaceAll("$1:$2");
        return CONSTRAINT_ORIGIN.matcher(positions).replaceAll(")");
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
