package io.piiscanner.preflight.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** A parsed CloudFormation template and lookups over its sections. */
public final class Template {

    /** The pseudo parameters, which Ref accepts without a declaration. */
    public static final Set<String> PSEUDO_PARAMETERS = Set.of(
            "AWS::AccountId",
            "AWS::NotificationARNs",
            "AWS::NoValue",
            "AWS::Partition",
            "AWS::Region",
            "AWS::StackId",
            "AWS::StackName",
            "AWS::URLSuffix");

    private final CfnMap root;
    private final Map<String, Resource> resources = new LinkedHashMap<>();

    /** A template with the given top-level mapping. */
    public Template(CfnMap root) {
        this.root = root;
        CfnMap section = root.map("Resources");
        if (section != null) {
            for (Map.Entry<String, CfnValue> e : section.entries().entrySet()) {
                CfnMap def = e.getValue().asMap();
                if (def != null) {
                    resources.put(e.getKey(), new Resource(e.getKey(), def.text("Type"), def));
                }
            }
        }
    }

    /** The top-level mapping. */
    public CfnMap root() {
        return root;
    }

    /** The resources whose definition is a mapping, in file order. */
    public Iterable<Resource> resources() {
        return resources.values();
    }

    /** The resources of one type. */
    public Stream<Resource> resourcesOfType(String type) {
        return resources.values().stream().filter(r -> r.is(type));
    }

    /** A resource by logical id, or {@code null}. */
    public Resource resource(String logicalId) {
        return resources.get(logicalId);
    }

    /** A top-level section as a mapping; empty when absent. */
    public CfnMap section(String name) {
        CfnMap m = root.map(name);
        return m == null ? new CfnMap(Map.of(), Map.of(), root.location()) : m;
    }

    /** Whether {@code name} is a declared parameter. */
    public boolean isParameter(String name) {
        return section("Parameters").has(name);
    }

    /** Whether Ref may name {@code name}: a parameter, a resource or a pseudo parameter. */
    public boolean isReferable(String name) {
        return isParameter(name) || resources.containsKey(name) || PSEUDO_PARAMETERS.contains(name);
    }

    /**
     * Whether a Transform (AWS::Serverless, a macro) will rewrite the template before deployment:
     * it may add resources, so names this template does not declare cannot be judged.
     */
    public boolean hasTransform() {
        return root.has("Transform");
    }

    /** The resource logical ids. */
    public List<String> resourceIds() {
        return List.copyOf(resources.keySet());
    }
}
