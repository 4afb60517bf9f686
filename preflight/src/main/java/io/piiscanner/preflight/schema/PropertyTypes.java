package io.piiscanner.preflight.schema;

import java.util.List;
import java.util.Map;

/** The structured property types (such as {@code AWS::S3::Bucket.VersioningConfiguration}) by index. */
public final class PropertyTypes {

    private final List<Map<String, PropertyDefinition>> types;

    PropertyTypes(List<Map<String, PropertyDefinition>> types) {
        this.types = List.copyOf(types);
    }

    /** The properties of the type at {@code index}. */
    public Map<String, PropertyDefinition> properties(int index) {
        return types.get(index);
    }

    /** Number of property types. */
    public int size() {
        return types.size();
    }
}
