package io.piiscanner.preflight.template;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a YAML template. Works on SnakeYAML Engine's node graph rather than constructed Java
 * objects, because nodes keep their tags and marks: a short-form tag such as {@code !GetAtt}
 * becomes its {@code Fn::GetAtt} mapping, and every value keeps its line and column.
 */
final class YamlTemplateReader {

    /** Short forms that expand to {@code Fn::<name>}; {@code !Ref} and {@code !Condition} keep their names. */
    private static final Set<String> FUNCTIONS = Set.of("Base64", "Cidr", "FindInMap", "GetAZs", "GetAtt",
            "ImportValue", "Join", "Select", "Split", "Sub", "Transform", "And", "Equals", "If", "Not", "Or",
            "Length", "ToJsonString", "ForEach");

    private YamlTemplateReader() {
    }

    static CfnValue read(String source) throws TemplateSyntaxException {
        // The YAML 1.2 core schema: ~ and empty values are null, as in CloudFormation's YAML.
        LoadSettings settings = LoadSettings.builder().setLabel("template").setSchema(new CoreSchema()).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(source);
            if (root.isEmpty()) {
                throw new TemplateSyntaxException("the template is empty", Location.UNKNOWN);
            }
            return convert(root.get());
        } catch (MarkedYamlEngineException e) {
            Location at = e.getProblemMark().or(e::getContextMark).map(YamlTemplateReader::location)
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

    private static CfnValue convert(Node node) throws TemplateSyntaxException {
        Location at = node.getStartMark().map(YamlTemplateReader::location).orElse(Location.UNKNOWN);
        String tag = node.getTag().getValue();
        if (tag.startsWith("!") && !tag.startsWith("!!")) {
            return shortForm(tag.substring(1), node, at);
        }
        return plain(node, at);
    }

    private static CfnValue plain(Node node, Location at) throws TemplateSyntaxException {
        if (node instanceof ScalarNode s) {
            return new CfnScalar(s.getValue(), kind(s), at);
        }
        if (node instanceof SequenceNode seq) {
            List<CfnValue> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                items.add(convert(item));
            }
            return new CfnList(items, at);
        }
        MappingNode map = (MappingNode) node;
        Map<String, CfnValue> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node keyNode = t.getKeyNode();
            Location keyAt = keyNode.getStartMark().map(YamlTemplateReader::location).orElse(at);
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                throw new TemplateSyntaxException("a mapping key must be a plain string", keyAt);
            }
            String key = keyScalar.getValue();
            if (entries.containsKey(key)) {
                throw new TemplateSyntaxException("duplicate key '" + key + "'", keyAt);
            }
            keys.put(key, keyAt);
            entries.put(key, convert(t.getValueNode()));
        }
        return new CfnMap(entries, keys, at);
    }

    private static CfnValue shortForm(String name, Node node, Location at) throws TemplateSyntaxException {
        String key;
        if (name.equals("Ref") || name.equals("Condition")) {
            key = name;
        } else if (FUNCTIONS.contains(name)) {
            key = "Fn::" + name;
        } else {
            throw new TemplateSyntaxException("unknown tag !" + name, at);
        }
        CfnValue argument = plain(node, at);
        if (name.equals("GetAtt") && argument instanceof CfnScalar s) {
            // !GetAtt Resource.Attribute; the attribute itself may contain dots (Endpoint.Address).
            int dot = s.value().indexOf('.');
            if (dot <= 0 || dot == s.value().length() - 1) {
                throw new TemplateSyntaxException("!GetAtt needs Resource.Attribute, got '" + s.value() + "'", at);
            }
            argument = new CfnList(List.of(CfnScalar.string(s.value().substring(0, dot), at),
                    CfnScalar.string(s.value().substring(dot + 1), at)), at);
        }
        return new CfnMap(Map.of(key, argument), Map.of(key, at), at);
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

    private static Location location(Mark mark) {
        return new Location(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
