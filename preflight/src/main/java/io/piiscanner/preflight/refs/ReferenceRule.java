package io.piiscanner.preflight.refs;

import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.schema.NameSuggester;
import io.piiscanner.preflight.schema.ResourceSchema;
import io.piiscanner.preflight.schema.ResourceSchemas;
import io.piiscanner.preflight.template.CfnList;
import io.piiscanner.preflight.template.CfnMap;
import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Intrinsics;
import io.piiscanner.preflight.template.Location;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * References to things that do not exist: Ref, Fn::GetAtt and Fn::Sub names that are not
 * parameters, resources or pseudo parameters; GetAtt attributes the resource type does not have;
 * DependsOn targets; conditions; mappings and their keys. CloudFormation rejects the template
 * ("Template format error: Unresolved resource dependencies").
 */
public final class ReferenceRule implements Rule {

    private static final String DOC =
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html";
    private static final String REJECTED = "CloudFormation rejects the template before creating anything "
            + "(\"Template format error: %s\"), so the stack never deploys.";

    private final ResourceSchemas schemas;

    /** A rule that checks GetAtt attributes against the given schemas. */
    public ReferenceRule(ResourceSchemas schemas) {
        this.schemas = schemas;
    }

    @Override
    public String id() {
        return "broken-reference";
    }

    @Override
    public String title() {
        return "References name parameters, resources, attributes, conditions and mappings that exist";
    }

    @Override
    public String description() {
        return "Ref, Fn::GetAtt (with the attribute names of each resource type), Fn::Sub variables, DependsOn, "
                + "Condition, Fn::If and Fn::FindInMap must name something the template declares; otherwise "
                + "CloudFormation rejects the template.";
    }

    @Override
    public List<Finding> check(Template template) {
        List<Finding> out = new ArrayList<>();
        // A transform (SAM, a macro) adds resources and parameters this template does not declare.
        boolean namesKnown = !template.hasTransform();
        Declared names = Declared.of(template);
        for (Resource r : template.resources()) {
            for (Reference ref : References.of(r)) {
                checkReference(template, names, r, ref, namesKnown, out);
            }
            checkConditionName(names, r, r.definition().get("Condition"), out);
            walkFunctions(names, r, r.definition().get("Properties"), out);
        }
        CfnMap outputs = template.section("Outputs");
        for (Map.Entry<String, CfnValue> e : outputs.entries().entrySet()) {
            for (Reference ref : References.in(e.getValue())) {
                checkReference(template, names, null, ref, namesKnown, out);
            }
            CfnMap output = e.getValue().asMap();
            if (output != null) {
                checkConditionName(names, null, output.get("Condition"), out);
                walkFunctions(names, null, output, out);
            }
        }
        CfnMap conditions = template.section("Conditions");
        for (CfnValue expression : conditions.entries().values()) {
            for (Reference ref : References.in(expression)) {
                if (template.resource(ref.name()) != null) {
                    out.add(finding(
                            null,
                            ref.location(),
                            "Conditions." + ref.name(),
                            "Conditions use " + ref.describe() + ", a resource; conditions may use only parameters "
                                    + "and pseudo parameters.",
                            "Conditions can only be boolean operations on parameters and other conditions",
                            "# compare a parameter instead, e.g.\nIsProd: !Equals [!Ref Environment, prod]"));
                } else {
                    checkReference(template, names, null, ref, namesKnown, out);
                }
            }
            walkFunctions(names, null, expression, out);
        }
        return out;
    }

    private void checkReference(
            Template template, Declared names, Resource from, Reference ref, boolean namesKnown, List<Finding> out) {
        String name = ref.name();
        boolean attributeForm = ref.attribute() != null;
        if (ref.via().equals("DependsOn")) {
            if (template.resource(name) == null && namesKnown) {
                out.add(unresolved(from, ref, names.resources()));
            }
            return;
        }
        if (!attributeForm) {
            if (!template.isReferable(name) && namesKnown) {
                out.add(unresolved(from, ref, names.referable()));
            }
            return;
        }
        Resource target = template.resource(name);
        if (target == null) {
            if (namesKnown) {
                out.add(unresolved(from, ref, names.resources()));
            }
            return;
        }
        checkAttribute(target, from, ref, out);
    }

    private void checkAttribute(Resource target, Resource from, Reference ref, List<Finding> out) {
        String type = target.type();
        if (type == null
                || type.startsWith("Custom::")
                || type.equals("AWS::CloudFormation::CustomResource")
                || type.equals("AWS::CloudFormation::Stack") && ref.attribute().startsWith("Outputs.")) {
            return;
        }
        ResourceSchema schema = schemas.resource(type);
        if (schema == null || schema.attributes().contains(ref.attribute())) {
            return;
        }
        String near = NameSuggester.nearest(ref.attribute(), schema.attributes());
        String valid = schema.attributes().isEmpty()
                ? "it has none; use Ref"
                : "valid: " + String.join(", ", new TreeSet<>(schema.attributes()));
        out.add(finding(
                from,
                ref.location(),
                "GetAtt." + ref.name() + "." + ref.attribute(),
                ref.describe() + ": " + type + " has no attribute `" + ref.attribute() + "` (" + valid + ")"
                        + (near == null ? "." : "; did you mean `" + near + "`?"),
                "Template error: resource " + ref.name() + " does not support attribute type " + ref.attribute()
                        + " in Fn::GetAtt",
                near == null ? "!Ref " + ref.name() : "!GetAtt " + ref.name() + "." + near));
    }

    private Finding unresolved(Resource from, Reference ref, Suggestions names) {
        String near = names.nearest(ref.name());
        String what = ref.via().equals("DependsOn")
                ? "a resource"
                : ref.attribute() != null ? "a resource" : "a parameter, resource or pseudo parameter";
        return finding(
                from,
                ref.location(),
                ref.via() + "." + ref.name(),
                ref.describe() + " names `" + ref.name() + "`, which is not " + what + " of this template"
                        + (near == null ? "." : "; did you mean `" + near + "`?"),
                "Unresolved resource dependencies [" + ref.name() + "] in the Resources block of the template",
                near == null
                        ? "# declare " + ref.name() + " under Resources or Parameters, or remove the reference"
                        : "# use the declared name\n" + ref.describe().replace(ref.name(), near));
    }

    private void checkConditionName(Declared names, Resource from, CfnValue condition, List<Finding> out) {
        if (condition == null || condition.text() == null) {
            return;
        }
        String name = condition.text();
        if (!names.template().section("Conditions").has(name)) {
            String near = names.conditions().nearest(name);
            out.add(finding(
                    from,
                    condition.location(),
                    "Condition." + name,
                    "Condition `" + name + "` is not declared under Conditions"
                            + (near == null ? "." : "; did you mean `" + near + "`?"),
                    "Unresolved dependencies [" + name + "]. Cannot reference resources in the Conditions block",
                    near == null
                            ? "Conditions:\n  " + name + ": !Equals [!Ref Environment, prod]"
                            : "Condition: " + near));
        }
    }

    /** Checks Fn::If condition names and Fn::FindInMap map and key names at any depth. */
    private void walkFunctions(Declared names, Resource from, CfnValue value, List<Finding> out) {
        if (value == null) {
            return;
        }
        String fn = Intrinsics.function(value);
        if (fn != null) {
            CfnValue arg = Intrinsics.argument(value);
            if (fn.equals("Fn::If") && arg instanceof CfnList l && l.size() == 3) {
                checkConditionName(names, from, l.get(0), out);
            } else if (fn.equals("Condition")) {
                checkConditionName(names, from, arg, out);
            } else if (fn.equals("Fn::FindInMap") && arg instanceof CfnList l && l.size() == 3) {
                checkFindInMap(names, from, l, value.location(), out);
            }
        }
        if (value instanceof CfnMap m) {
            for (CfnValue v : m.entries().values()) {
                walkFunctions(names, from, v, out);
            }
        } else if (value instanceof CfnList l) {
            for (CfnValue v : l.items()) {
                walkFunctions(names, from, v, out);
            }
        }
    }

    private void checkFindInMap(Declared names, Resource from, CfnList args, Location at, List<Finding> out) {
        String mapName = args.get(0).text();
        if (mapName == null) {
            return;
        }
        CfnMap mapping = names.template().section("Mappings").map(mapName);
        if (mapping == null) {
            String near = names.mappings().nearest(mapName);
            out.add(finding(
                    from,
                    at,
                    "FindInMap." + mapName,
                    "Fn::FindInMap names mapping `" + mapName + "`, which is not declared under Mappings"
                            + (near == null ? "." : "; did you mean `" + near + "`?"),
                    "Mappings attribute name '" + mapName + "' used in Fn::FindInMap is not defined",
                    near == null
                            ? "Mappings:\n  " + mapName + ":\n    TopKey:\n      SecondKey: value"
                            : "!FindInMap [" + near + ", ...]"));
            return;
        }
        String top = args.get(1).text();
        if (top == null || mapping.size() == 0) {
            // A mapping with no keys is one whose contents are not known (built from a CDK app).
            return;
        }
        CfnMap second = mapping.map(top);
        String key = args.get(2).text();
        if (second == null || key != null && !second.has(key)) {
            String missing = second == null ? top : key;
            out.add(finding(
                    from,
                    at,
                    "FindInMap." + mapName + "." + missing,
                    "Mapping `" + mapName + "` has no key `" + missing + "`.",
                    "Template error: Unable to get mapping for " + mapName + "::" + top
                            + (key == null ? "" : "::" + key),
                    "Mappings:\n  " + mapName + ":\n    " + top + ":\n      " + (key == null ? "SecondKey" : key)
                            + ": value"));
        }
    }

    /**
     * What the template declares, for suggestions: each list is built once per template, not once
     * per broken reference.
     */
    private record Declared(
            Template template,
            Suggestions resources,
            Suggestions referable,
            Suggestions conditions,
            Suggestions mappings) {

        static Declared of(Template template) {
            List<String> referable = new ArrayList<>(template.resourceIds());
            referable.addAll(template.section("Parameters").keys());
            referable.addAll(Template.PSEUDO_PARAMETERS);
            return new Declared(
                    template,
                    new Suggestions(template.resourceIds()),
                    new Suggestions(referable),
                    new Suggestions(template.section("Conditions").keys()),
                    new Suggestions(template.section("Mappings").keys()));
        }
    }

    private Finding finding(Resource from, Location at, String key, String problem, String error, String fix) {
        return Finding.of(this, Impact.CRITICAL, from)
                .at(at)
                .key(key)
                .problem(problem)
                .consequence(String.format(REJECTED, error))
                .fix(fix)
                .doc(DOC)
                .build();
    }
}
