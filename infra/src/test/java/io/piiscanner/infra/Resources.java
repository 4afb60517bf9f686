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
    List<Map<String, Object>> matches =
        ofType(template, type).values().stream()
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
}
