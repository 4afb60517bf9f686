package io.piiscanner.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.assertions.Template;

/** Reads a synthesized template as plain maps, for assertions that span many resources. */
final class Resources {

    private Resources() {}

    /** Returns the resources of one type, by logical id. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> ofType(Template template, String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        all(template).forEach((id, resource) -> {
            if (type.equals(resource.get("Type"))) {
                found.put(id, resource);
            }
        });
        return found;
    }

    /** Returns every resource, by logical id. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> all(Template template) {
        return (Map<String, Map<String, Object>>) template.toJSON().get("Resources");
    }

    /** Returns a resource's properties. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> resource) {
        return (Map<String, Object>) resource.getOrDefault("Properties", Map.of());
    }

    /** Returns the one resource of a type whose property has the given value. */
    static Map<String, Object> only(Template template, String type, String property, Object value) {
        List<Map<String, Object>> matches = ofType(template, type).values().stream()
                .filter(r -> value.equals(properties(r).get(property)))
                .toList();
        if (matches.size() != 1) {
            throw new AssertionError(
                    "expected one " + type + " with " + property + "=" + value + ", found " + matches.size());
        }
        return properties(matches.get(0));
    }

    /** Returns the value as a list, treating a single value as a list of one (IAM's shorthand). */
    @SuppressWarnings("unchecked")
    static List<Object> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? (List<Object>) list : List.of(value);
    }

    /** Returns a {@code {"Ref": id}} map. */
    static Map<String, Object> ref(String logicalId) {
        return Map.of("Ref", logicalId);
    }

    /** Returns the logical id of the one resource of a type. */
    static String logicalIdOf(Template template, String type) {
        var ids = ofType(template, type).keySet();
        if (ids.size() != 1) {
            throw new AssertionError("expected one " + type + ", found " + ids);
        }
        return ids.iterator().next();
    }

    /** Returns what {@link ResourceNames#stackIdPart()} renders to: the first group of the stack's UUID. */
    static Map<String, Object> stackIdPart() {
        return Map.of(
                "Fn::Select",
                List.of(
                        0,
                        Map.of(
                                "Fn::Split",
                                List.of(
                                        "-",
                                        Map.of(
                                                "Fn::Select",
                                                List.of(
                                                        2,
                                                        Map.of(
                                                                "Fn::Split",
                                                                List.of("/", Map.of("Ref", "AWS::StackId")))))))));
    }

    /** Returns how the template writes the bucket name {@code <name>-<stack part>}. */
    static Map<String, Object> bucketName(String name) {
        return Map.of("Fn::Join", List.of("", List.of(name + "-", stackIdPart())));
    }

    /** Returns the logical id of the bucket named {@code <name>-<stack part>}. */
    static String bucketId(Template template, String name) {
        List<String> ids = ofType(template, "AWS::S3::Bucket").entrySet().stream()
                .filter(e -> bucketName(name).equals(properties(e.getValue()).get("BucketName")))
                .map(Map.Entry::getKey)
                .toList();
        if (ids.size() != 1) {
            throw new AssertionError("expected one bucket named " + name + "-<stack part>, found " + ids);
        }
        return ids.get(0);
    }

    /** Returns the properties of the bucket named {@code <name>-<stack part>}. */
    static Map<String, Object> bucket(Template template, String name) {
        return properties(all(template).get(bucketId(template, name)));
    }

    /** Returns the logical id of the one resource of a type whose {@code LogGroupName} or name property has the value. */
    static String logicalIdOf(Template template, String type, String name) {
        List<String> ids = ofType(template, type).entrySet().stream()
                .filter(e -> properties(e.getValue()).containsValue(name))
                .map(Map.Entry::getKey)
                .toList();
        if (ids.size() != 1) {
            throw new AssertionError("expected one " + type + " named " + name + ", found " + ids);
        }
        return ids.get(0);
    }
}
