package io.piiscanner.preflight.schema;

import java.util.Map;
import java.util.Set;

/**
 * What CloudFormation accepts for one resource type.
 *
 * @param type       e.g. {@code AWS::S3::Bucket}
 * @param properties its properties by name
 * @param attributes the names Fn::GetAtt accepts
 */
public record ResourceSchema(String type, Map<String, PropertyDefinition> properties, Set<String> attributes) {

    public ResourceSchema {
        properties = Map.copyOf(properties);
        attributes = Set.copyOf(attributes);
    }
}
