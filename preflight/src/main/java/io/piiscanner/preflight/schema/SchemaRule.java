package io.piiscanner.preflight.schema;

import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.template.CfnMap;
import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Intrinsics;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a template's structure and every resource's properties against the CloudFormation
 * resource schemas: unknown sections and resource attributes, unknown resource types, properties
 * a type does not have (with the nearest valid name), missing required properties and values of
 * the wrong type. CloudFormation rejects all of these before it creates anything.
 */
public final class SchemaRule implements Rule {

    static final String TEMPLATE_ANATOMY =
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html";
    private static final String RESOURCES_SECTION =
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html";
    private static final String RESOURCE_TYPES =
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html";
    private static final String REJECTED = "CloudFormation validates the template before creating anything and "
            + "rejects it: the stack fails to create (or the change set to update) on the first attempt.";

    private static final Set<String> SECTIONS = Set.of(
            "AWSTemplateFormatVersion",
            "Description",
            "Metadata",
            "Parameters",
            "Rules",
            "Mappings",
            "Conditions",
            "Transform",
            "Resources",
            "Outputs");
    private static final Set<String> RESOURCE_KEYS = Set.of(
            "Type",
            "Properties",
            "DependsOn",
            "Condition",
            "Metadata",
            "DeletionPolicy",
            "UpdateReplacePolicy",
            "UpdatePolicy",
            "CreationPolicy");
    /** Types the CDK emits that CloudFormation accepts but the resource specification does not list. */
    private static final Set<String> FREE_FORM_TYPES = Set.of("AWS::CDK::Metadata");

    private final ResourceSchemas schemas;
    private final ValueChecker checker;
    private final Skeleton skeleton;

    /** A rule over the given schemas. */
    public SchemaRule(ResourceSchemas schemas) {
        this.schemas = schemas;
        this.checker = new ValueChecker(schemas.propertyTypes());
        this.skeleton = new Skeleton(schemas.propertyTypes());
    }

    @Override
    public String id() {
        return "resource-schema";
    }

    @Override
    public String title() {
        return "Template structure and resource properties match the CloudFormation schemas";
    }

    @Override
    public String description() {
        return "Unknown sections, resource types and properties, missing required properties and values of the "
                + "wrong type, checked against the CloudFormation resource schemas (" + schemas.source() + "). "
                + "CloudFormation rejects each of them before creating anything.";
    }

    @Override
    public List<Finding> check(Template template) {
        List<Finding> out = new ArrayList<>();
        checkSections(template, out);
        CfnMap resources = template.root().map("Resources");
        if (resources != null) {
            for (Map.Entry<String, CfnValue> e : resources.entries().entrySet()) {
                if (e.getValue().asMap() == null) {
                    out.add(Finding.of(this, Impact.CRITICAL, null)
                            .at(resources.keyLocation(e.getKey()))
                            .key("Resources." + e.getKey())
                            .problem("Resource `" + e.getKey() + "` is not a mapping with a Type.")
                            .consequence(REJECTED)
                            .fix(e.getKey() + ":\n  Type: AWS::Service::Resource\n  Properties: {}")
                            .doc(RESOURCES_SECTION)
                            .build());
                }
            }
        }
        for (Resource r : template.resources()) {
            checkResource(r, out);
        }
        return out;
    }

    private void checkSections(Template template, List<Finding> out) {
        CfnMap root = template.root();
        for (String section : root.keys()) {
            if (!SECTIONS.contains(section)) {
                String near = NameSuggester.nearest(section, SECTIONS);
                out.add(Finding.of(this, Impact.CRITICAL, null)
                        .at(root.keyLocation(section))
                        .key(section)
                        .problem("`" + section + "` is not a template section"
                                + (near == null ? "." : "; did you mean `" + near + "`?"))
                        .consequence(REJECTED + " (\"Template format error: Invalid template property or "
                                + "properties [" + section + "]\")")
                        .fix(
                                near == null
                                        ? "# remove " + section
                                        : "# rename " + section + " to " + near + "\n" + near + ":")
                        .doc(TEMPLATE_ANATOMY)
                        .build());
            }
        }
        String version = root.text("AWSTemplateFormatVersion");
        if (root.has("AWSTemplateFormatVersion") && !"2010-09-09".equals(version)) {
            out.add(Finding.of(this, Impact.CRITICAL, null)
                    .at(root.get("AWSTemplateFormatVersion").location())
                    .key("AWSTemplateFormatVersion")
                    .problem("AWSTemplateFormatVersion is `" + version + "`; the only valid value is `2010-09-09`.")
                    .consequence(REJECTED)
                    .fix("AWSTemplateFormatVersion: '2010-09-09'")
                    .doc(TEMPLATE_ANATOMY)
                    .build());
        }
        CfnMap resources = root.map("Resources");
        if (resources == null || resources.size() == 0) {
            out.add(Finding.of(this, Impact.CRITICAL, null)
                    .at(root.location())
                    .key("Resources")
                    .problem("The template has no resources.")
                    .consequence(REJECTED + " (\"At least one Resources member must be defined\")")
                    .fix("Resources:\n  MyBucket:\n    Type: AWS::S3::Bucket")
                    .doc(RESOURCES_SECTION)
                    .build());
        }
    }

    private void checkResource(Resource r, List<Finding> out) {
        CfnMap def = r.definition();
        if (!r.logicalId().matches("[A-Za-z0-9]+")) {
            out.add(Finding.of(this, Impact.CRITICAL, r)
                    .key("LogicalId")
                    .problem("Logical id `" + r.logicalId() + "` has characters other than A-Z, a-z and 0-9.")
                    .consequence(REJECTED)
                    .fix(r.logicalId().replaceAll("[^A-Za-z0-9]", "") + ":\n  Type: " + r.type())
                    .doc(RESOURCES_SECTION)
                    .build());
        }
        for (String key : def.keys()) {
            if (!RESOURCE_KEYS.contains(key)) {
                String near = NameSuggester.nearest(key, RESOURCE_KEYS);
                out.add(Finding.of(this, Impact.CRITICAL, r)
                        .at(def.keyLocation(key))
                        .key(key)
                        .problem("`" + key + "` is not a resource attribute"
                                + (near == null ? "." : "; did you mean `" + near + "`?"))
                        .consequence(REJECTED + " (\"Invalid template resource property '" + key + "'\")")
                        .fix(near == null ? "# remove " + key : "# rename " + key + " to " + near + "\n" + near + ":")
                        .doc(RESOURCES_SECTION)
                        .build());
            }
        }
        if (r.type() == null) {
            out.add(Finding.of(this, Impact.CRITICAL, r)
                    .key("Type")
                    .problem("Resource `" + r.logicalId() + "` has no Type.")
                    .consequence(REJECTED)
                    .fix(r.logicalId() + ":\n  Type: AWS::Service::Resource")
                    .doc(RESOURCES_SECTION)
                    .build());
            return;
        }
        if (def.has("Properties") && def.map("Properties") == null && !isIntrinsic(def.get("Properties"))) {
            out.add(Finding.of(this, Impact.CRITICAL, r)
                    .at(def.keyLocation("Properties"))
                    .key("Properties")
                    .problem("Properties of `" + r.logicalId() + "` is not a mapping.")
                    .consequence(REJECTED)
                    .fix("Properties:\n  Name: value")
                    .doc(RESOURCES_SECTION)
                    .build());
            return;
        }
        if (r.type().startsWith("Custom::") || FREE_FORM_TYPES.contains(r.type())) {
            return;
        }
        ResourceSchema schema = schemas.resource(r.type());
        if (schema == null) {
            unknownType(r, out);
            return;
        }
        for (SchemaIssue issue : checker.checkProperties(r.properties(), schema.properties())) {
            out.add(issueFinding(r, issue));
        }
    }

    private static boolean isIntrinsic(CfnValue v) {
        return Intrinsics.function(v) != null;
    }

    private void unknownType(Resource r, List<Finding> out) {
        boolean awsNamespace = r.type().startsWith("AWS::") || r.type().startsWith("Alexa::");
        String near = NameSuggester.nearest(r.type(), schemas.resourceTypes());
        Finding.Builder b = Finding.of(this, awsNamespace ? Impact.CRITICAL : Impact.LOW, r)
                .at(r.definition().keyLocation("Type"))
                .key("Type");
        if (awsNamespace) {
            b.problem("`" + r.type() + "` is not a CloudFormation resource type"
                            + (near == null ? "." : "; did you mean `" + near + "`?"))
                    .consequence(REJECTED + " (\"Unrecognized resource types: [" + r.type() + "]\")")
                    .fix("Type: " + (near == null ? "AWS::Service::Resource" : near));
        } else {
            b.problem("`" + r.type() + "` is not in the CloudFormation resource schemas this tool ships "
                            + "(a third-party or private registry type?); its properties were not checked.")
                    .consequence("Nothing is known to fail; the type must be registered in the target account "
                            + "and region, or the deployment fails with \"Unrecognized resource types\".")
                    .fix("# register the extension in every target account and region, or use an AWS:: type");
        }
        out.add(b.doc(RESOURCE_TYPES).build());
    }

    private Finding issueFinding(Resource r, SchemaIssue issue) {
        String type = r.type();
        Finding.Builder b = Finding.of(this, Impact.CRITICAL, r)
                .at(issue.location())
                .key("Properties." + issue.path())
                .doc(docUrl(type));
        switch (issue.kind()) {
            case UNKNOWN_PROPERTY -> {
                String where = parentOf(issue.path());
                b.problem("`" + issue.detail() + "` is not a property of " + type + (where.isEmpty() ? "" : " " + where)
                                + (issue.suggestion() == null ? "." : "; did you mean `" + issue.suggestion() + "`?"))
                        .consequence(REJECTED + " (\"Encountered unsupported property " + issue.detail() + "\")")
                        .fix(
                                issue.suggestion() == null
                                        ? "# remove " + issue.detail()
                                        : "# replace " + issue.detail() + " with:\n"
                                                + skeleton.property(issue.suggestion(), issue.expected(), 0));
            }
            case MISSING_PROPERTY ->
                b.problem(type + " requires `" + issue.path() + "`, which is missing.")
                        .consequence(REJECTED + " (\"required key [" + issue.detail() + "] not found\")")
                        .fix(skeleton.property(issue.detail(), issue.expected(), 0));
            case WRONG_TYPE ->
                b.problem("`" + issue.path() + "` must be " + article(issue.detail()) + ".")
                        .consequence(REJECTED + " (\"Properties validation failed: " + issue.path()
                                + " expected type ...\")")
                        .fix(skeleton.property(lastSegment(issue.path()), issue.expected(), 0));
            case NULL_VALUE ->
                b.problem("`" + issue.path() + "` is null (an empty YAML value?).")
                        .consequence(REJECTED + " (\"'null' values are not allowed in templates\")")
                        .fix(skeleton.property(lastSegment(issue.path()), issue.expected(), 0));
            default -> throw new IllegalStateException("unhandled issue " + issue.kind());
        }
        return b.build();
    }

    private static String parentOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : "(in " + path.substring(0, dot) + ")";
    }

    private static String lastSegment(String path) {
        String p = path.replaceAll("\\[\\d+]$", "");
        return p.substring(p.lastIndexOf('.') + 1);
    }

    private static String article(String detail) {
        char c = Character.toLowerCase(detail.charAt(0));
        return ("aeio".indexOf(c) >= 0 ? "an " : "a ") + detail;
    }

    /** The resource type's page in the CloudFormation template reference. */
    static String docUrl(String type) {
        String[] parts = type.split("::");
        if (parts.length != 3) {
            return RESOURCE_TYPES;
        }
        String page = (parts[0].equals("AWS") ? "aws" : parts[0].toLowerCase(Locale.ROOT)) + "-resource-"
                + parts[1].toLowerCase(Locale.ROOT) + "-" + parts[2].toLowerCase(Locale.ROOT);
        return "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/" + page + ".html";
    }
}
