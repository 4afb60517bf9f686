package io.piiscanner.preflight.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The CloudFormation resource schemas shipped inside the tool: every resource type's properties,
 * their types and which are required, and its GetAtt attributes. Derived from the AWS CDK's
 * service specification database (npm {@code @aws-cdk/aws-service-spec}) by
 * {@code preflight/tools/cfn-schema/generate.sh}; no network is used at run time.
 */
public final class ResourceSchemas {

    /** Classpath location of the shipped schema. */
    static final String RESOURCE = "/io/piiscanner/preflight/schema/cfn-resources.json.gz";

    private static volatile ResourceSchemas bundled;

    private final String source;
    private final Map<String, ResourceSchema> resources;
    private final PropertyTypes propertyTypes;

    private ResourceSchemas(String source, Map<String, ResourceSchema> resources, PropertyTypes propertyTypes) {
        this.source = source;
        this.resources = resources;
        this.propertyTypes = propertyTypes;
    }

    /** The schemas shipped with the tool, read once. */
    public static ResourceSchemas bundled() {
        ResourceSchemas b = bundled;
        if (b == null) {
            synchronized (ResourceSchemas.class) {
                b = bundled;
                if (b == null) {
                    try (InputStream in = ResourceSchemas.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("schema resource missing: " + RESOURCE);
                        }
                        b = read(new GZIPInputStream(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE, e);
                    }
                    bundled = b;
                }
            }
        }
        return b;
    }

    /** Reads schemas in the shipped format (uncompressed JSON) from {@code in}. */
    static ResourceSchemas read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<Map<String, PropertyDefinition>> types = new ArrayList<>();
        for (JsonNode t : root.path("types")) {
            types.add(properties(t));
        }
        Map<String, ResourceSchema> resources = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("resources").properties()) {
            Set<String> attributes = new HashSet<>();
            e.getValue().path("a").forEach(a -> attributes.add(a.asText()));
            resources.put(
                    e.getKey(),
                    new ResourceSchema(e.getKey(), properties(e.getValue().path("p")), attributes));
        }
        return new ResourceSchemas(root.path("source").asText(), resources, new PropertyTypes(types));
    }

    private static Map<String, PropertyDefinition> properties(JsonNode node) {
        Map<String, PropertyDefinition> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.put(
                    e.getKey(),
                    PropertyDefinition.parse(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    /** Where the schemas come from, e.g. {@code @aws-cdk/aws-service-spec@0.1.216}. */
    public String source() {
        return source;
    }

    /** The schema of {@code type}, or {@code null} when unknown. */
    public ResourceSchema resource(String type) {
        return resources.get(type);
    }

    /** All known resource type names. */
    public Set<String> resourceTypes() {
        return resources.keySet();
    }

    /** The structured property types that resource properties refer to. */
    public PropertyTypes propertyTypes() {
        return propertyTypes;
    }
}
