package io.piiscanner.preflight.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A resource of a template.
 *
 * @param logicalId  its name in the Resources section
 * @param type       its Type, or {@code null} when missing or not a string
 * @param definition the whole entry (Type, Properties, DependsOn, ...)
 */
public record Resource(String logicalId, String type, CfnMap definition) {

    private static final CfnMap EMPTY = new CfnMap(Map.of(), Map.of(), Location.UNKNOWN);

    /** The Properties mapping; empty when absent or not a mapping. */
    public CfnMap properties() {
        CfnMap p = definition.map("Properties");
        return p == null ? EMPTY : p;
    }

    /** The value of a property, or {@code null}. */
    public CfnValue property(String name) {
        return properties().get(name);
    }

    /** Where the resource's name was written. */
    public Location location() {
        return definition.location();
    }

    /** Where a property is written, or the resource's location when it is absent. */
    public Location propertyLocation(String name) {
        CfnMap p = definition.map("Properties");
        return p != null && p.has(name) ? p.keyLocation(name) : location();
    }

    /** The logical ids named by DependsOn (a string or a list of strings). */
    public List<String> dependsOn() {
        CfnValue d = definition.get("DependsOn");
        List<String> names = new ArrayList<>();
        if (d != null && d.text() != null) {
            names.add(d.text());
        } else if (d instanceof CfnList list) {
            for (CfnValue v : list.items()) {
                if (v.text() != null) {
                    names.add(v.text());
                }
            }
        }
        return names;
    }

    /** Whether this is of the given type. */
    public boolean is(String cloudFormationType) {
        return cloudFormationType.equals(type);
    }

    /** Whether this is of one of the given types; a resource without a type is of none. */
    public boolean isOneOf(Set<String> cloudFormationTypes) {
        return type != null && cloudFormationTypes.contains(type);
    }
}
