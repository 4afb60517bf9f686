package io.piiscanner.preflight.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a YAML template. Works on SnakeYAML Engine's node graph rather than constructed Java
 * objects, because nodes keep their tags and marks: a short-form tag such as {@code !GetAtt}
 * becomes its {@code Fn::GetAtt} mapping, and every value keeps its line and column. Aliases are
 * followed within {@link TemplateLimits}: an alias inside the node it names, or a chain of them
 * that would expand past the size or depth limits, is a syntax error.
 */
final class YamlTemplateReader {

    /** Short forms that expand to {@code Fn::<name>}; {@code !Ref} and {@code !Condition} keep their names. */
    private static final Set<String> FUNCTIONS = Set.of(
            "Base64",
            "Cidr",
            "FindInMap",
            "GetAZs",
            "GetAtt",
            "ImportValue",
            "Join",
            "Select",
            "Split",
            "Sub",
            "Transform",
            "And",
            "Equals",
            "If",
            "Not",
            "Or",
            "Length",
            "ToJsonString",
            "ForEach");

    private static final String TOO_DEEP = "mappings and lists nested more than " + TemplateLimits.MAX_DEPTH + " deep";

    /**
     * Each node converted once: an alias yields the very node its anchor names, so the value is
     * shared wherever it repeats, and its expanded size and height are counted without expanding it.
     */
    @SuppressWarnings("IdentityHashMapUsage") // nodes are told apart by identity: equal ones may be distinct
    private final Map<Node, Expanded> converted = new IdentityHashMap<>();
    /** The nodes being converted, outermost first: an alias to one of them would repeat forever. */
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * A converted node.
     *
     * @param value  the template value
     * @param size   its size once aliases are expanded, as {@link TemplateLimits#MAX_EXPANDED_SIZE} counts it
     * @param height how many levels of mappings and lists it holds (0 for a scalar)
     */
    private record Expanded(CfnValue value, long size, int height) {}

    private YamlTemplateReader() {}

    static CfnValue read(String source) throws TemplateSyntaxException {
        // The YAML 1.2 core schema: ~ and empty values are null, as in CloudFormation's YAML.
        LoadSettings settings = LoadSettings.builder()
                .setLabel("template")
                .setSchema(new CoreSchema())
                .setCodePointLimit(TemplateLimits.MAX_BYTES)
                .build();
        try {
            Parser parser = new DepthLimitedParser(new ParserImpl(settings, new StreamReader(settings, source)));
            Optional<Node> root = new Composer(settings, parser).getSingleNode();
            if (root.isEmpty()) {
                throw new TemplateSyntaxException("the template is empty", Location.UNKNOWN);
            }
            Node node = root.get();
            return new YamlTemplateReader()
                    .expand(node, location(node, Location.UNKNOWN), 0)
                    .value();
        } catch (MarkedYamlEngineException e) {
            Location at = e.getProblemMark()
                    .or(e::getContextMark)
                    .map(YamlTemplateReader::location)
                    .orElse(Location.UNKNOWN);
            throw new TemplateSyntaxException(problem(e), at);
        } catch (YamlEngineException e) {
            throw new TemplateSyntaxException(firstLine(e.getMessage()), Location.UNKNOWN);
        }
    }

    private static String problem(MarkedYamlEngineException e) {
        String context = e.getContext();
        String problem = e.getProblem();
        if (problem == null) {
            return firstLine(context == null ? "invalid YAML" : context);
        }
        return context == null ? firstLine(problem) : firstLine(context) + ": " + firstLine(problem);
    }

    private static String firstLine(String s) {
        return s == null ? "invalid YAML" : s.lines().findFirst().orElse(s).strip();
    }

    /**
     * The value of {@code node}, which {@code enclosing} mappings and lists hold.
     *
     * @param at where this occurrence is: an alias's node carries its anchor's position, so the
     *           caller passes the key it is the value of when there is one
     */
    private Expanded expand(Node node, Location at, int enclosing) throws TemplateSyntaxException {
        Expanded done = converted.get(node);
        if (done == null) {
            if (!open.add(node)) {
                String anchor = node.getAnchor().map(a -> " *" + a.getValue()).orElse("");
                throw new TemplateSyntaxException(
                        "the alias" + anchor + " is inside the node it names, so it " + "never ends", at);
            }
            done = convert(node, enclosing);
            open.remove(node);
            converted.put(node, done);
        }
        if (enclosing + done.height() > TemplateLimits.MAX_DEPTH) {
            throw new TemplateSyntaxException(TOO_DEEP, at);
        }
        return done;
    }

    /** Whether {@code node} was met before: this is an alias, and the node's position is its anchor's. */
    private boolean repeated(Node node) {
        return converted.containsKey(node) || open.contains(node);
    }

    private Expanded convert(Node node, int enclosing) throws TemplateSyntaxException {
        Location at = location(node, Location.UNKNOWN);
        String tag = node.getTag().getValue();
        if (tag.startsWith("!") && !tag.startsWith("!!")) {
            return shortForm(tag.substring(1), node, at, enclosing);
        }
        return plain(node, at, enclosing);
    }

    private Expanded plain(Node node, Location at, int enclosing) throws TemplateSyntaxException {
        if (node instanceof ScalarNode s) {
            return new Expanded(
                    new CfnScalar(s.getValue(), kind(s), at), 1 + s.getValue().length(), 0);
        }
        if (enclosing >= TemplateLimits.MAX_DEPTH) {
            throw new TemplateSyntaxException(TOO_DEEP, at);
        }
        Tally tally = new Tally();
        if (node instanceof SequenceNode seq) {
            List<CfnValue> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                Location itemAt = repeated(item) ? at : location(item, at);
                items.add(tally.add(expand(item, itemAt, enclosing + 1), itemAt));
            }
            return tally.of(new CfnList(items, at));
        }
        MappingNode map = (MappingNode) node;
        Map<String, CfnValue> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node keyNode = t.getKeyNode();
            Location keyAt = location(keyNode, at);
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                throw new TemplateSyntaxException("a mapping key must be a plain string", keyAt);
            }
            String key = keyScalar.getValue();
            if (entries.containsKey(key)) {
                throw new TemplateSyntaxException("duplicate key '" + key + "'", keyAt);
            }
            keys.put(key, keyAt);
            tally.key(key, keyAt);
            entries.put(key, tally.add(expand(t.getValueNode(), keyAt, enclosing + 1), keyAt));
        }
        return tally.of(new CfnMap(entries, keys, at));
    }

    private Expanded shortForm(String name, Node node, Location at, int enclosing) throws TemplateSyntaxException {
        String key;
        if (name.equals("Ref") || name.equals("Condition")) {
            key = name;
        } else if (FUNCTIONS.contains(name)) {
            key = "Fn::" + name;
        } else {
            throw new TemplateSyntaxException("unknown tag !" + name, at);
        }
        if (enclosing >= TemplateLimits.MAX_DEPTH) {
            throw new TemplateSyntaxException(TOO_DEEP, at);
        }
        Expanded argument = plain(node, at, enclosing + 1);
        if (name.equals("GetAtt") && argument.value() instanceof CfnScalar s) {
            // !GetAtt Resource.Attribute; the attribute itself may contain dots (Endpoint.Address).
            int dot = s.value().indexOf('.');
            if (dot <= 0 || dot == s.value().length() - 1) {
                throw new TemplateSyntaxException("!GetAtt needs Resource.Attribute, got '" + s.value() + "'", at);
            }
            argument = new Expanded(
                    new CfnList(
                            List.of(
                                    CfnScalar.string(s.value().substring(0, dot), at),
                                    CfnScalar.string(s.value().substring(dot + 1), at)),
                            at),
                    argument.size() + 1,
                    1);
        }
        // The tag becomes a one-key mapping around the tagged node.
        Tally tally = new Tally();
        tally.key(key, at);
        tally.add(argument, at);
        return tally.of(new CfnMap(Map.of(key, argument.value()), Map.of(key, at), at));
    }

    /** Adds up a collection's expanded size and height, refusing it once aliases make it too large. */
    private static final class Tally {
        private long size = 1;
        private int height;

        void key(String key, Location at) throws TemplateSyntaxException {
            count(1 + key.length(), at);
        }

        /** Adds a child, which is {@code at}; returns its value. */
        CfnValue add(Expanded child, Location at) throws TemplateSyntaxException {
            count(child.size(), at);
            height = Math.max(height, child.height());
            return child.value();
        }

        private void count(long more, Location at) throws TemplateSyntaxException {
            size += more;
            if (size > TemplateLimits.MAX_EXPANDED_SIZE) {
                throw new TemplateSyntaxException(
                        String.format(
                                Locale.ROOT,
                                "aliases expand the template past " + "%,d values and characters",
                                TemplateLimits.MAX_EXPANDED_SIZE),
                        at);
            }
        }

        Expanded of(CfnValue value) {
            return new Expanded(value, size, height + 1);
        }
    }

    /**
     * Passes the parser's events on, refusing mappings and lists nested deeper than
     * {@link TemplateLimits#MAX_DEPTH}: the composer recurses once per level and would otherwise
     * overflow the stack on a deep enough file.
     */
    private static final class DepthLimitedParser implements Parser {
        private final Parser parser;
        private int depth;

        DepthLimitedParser(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > TemplateLimits.MAX_DEPTH) {
                        throw new NestingTooDeep(event.getStartMark());
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                    // Scalars, aliases, documents and comments do not nest.
                }
            }
            return event;
        }
    }

    /** Nesting past the limit, at the mapping or list that goes one level too deep. */
    private static final class NestingTooDeep extends MarkedYamlEngineException {
        private static final long serialVersionUID = 1L;

        NestingTooDeep(Optional<Mark> mark) {
            super(null, Optional.empty(), TOO_DEEP, mark);
        }
    }

    private static CfnScalar.Kind kind(ScalarNode s) {
        if (s.getScalarStyle() != ScalarStyle.PLAIN) {
            return CfnScalar.Kind.STRING;
        }
        Tag tag = s.getTag();
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return CfnScalar.Kind.NUMBER;
        }
        if (Tag.BOOL.equals(tag)) {
            return CfnScalar.Kind.BOOLEAN;
        }
        if (Tag.NULL.equals(tag)) {
            return CfnScalar.Kind.NULL;
        }
        return CfnScalar.Kind.STRING;
    }

    private static Location location(Node node, Location orElse) {
        return node.getStartMark().map(YamlTemplateReader::location).orElse(orElse);
    }

    private static Location location(Mark mark) {
        return new Location(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
