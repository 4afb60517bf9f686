package io.piiscanner.preflight.cdk;

import io.piiscanner.preflight.template.ObjectTemplateReader;
import io.piiscanner.preflight.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnCondition;
import software.amazon.awscdk.CfnDeletionPolicy;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.CfnMapping;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnParameter;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.ICfnResourceOptions;
import software.amazon.awscdk.Stack;
import software.amazon.jsii.Kernel;
import software.amazon.jsii.NativeType;
import software.constructs.IConstruct;

/**
 * The CloudFormation template of a stack as its construct tree describes it while aspects run,
 * before synthesis writes it: every L1 resource's type, properties (rendered the way synthesis
 * renders them, with tokens resolved to Ref, Fn::GetAtt, Fn::Join, ...), DependsOn, Condition
 * and policies; parameters, conditions, outputs and the names of mappings.
 *
 * <p>What synthesis adds later is not seen: raw overrides ({@code addPropertyOverride}), the
 * bootstrap parameter and rule, dependencies between constructs that synthesis turns into
 * DependsOn, and the contents of mappings.
 */
final class ConstructTemplate {

    private static final NativeType<Map<String, Object>> PROPERTIES =
            NativeType.mapOf(NativeType.forClass(Object.class));

    private ConstructTemplate() {}

    /** The template of {@code stack}, as far as its constructs show it. */
    static Template of(Stack stack) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Map<String, Object> conditions = new LinkedHashMap<>();
        Map<String, Object> mappings = new LinkedHashMap<>();
        Map<String, Object> resources = new LinkedHashMap<>();
        Map<String, Object> outputs = new LinkedHashMap<>();
        for (IConstruct c : stack.getNode().findAll()) {
            if (!(c instanceof CfnElement element)
                    || !Stack.of(c).getNode().getPath().equals(stack.getNode().getPath())) {
                continue;
            }
            String id = logicalId(stack, element);
            if (c instanceof CfnResource r) {
                resources.put(id, resource(stack, r));
            } else if (c instanceof CfnParameter p) {
                parameters.put(id, parameter(stack, p));
            } else if (c instanceof CfnCondition cond && cond.getExpression() != null) {
                conditions.put(id, stack.resolve(cond.getExpression()));
            } else if (c instanceof CfnMapping) {
                // Its keys are private to the construct; an empty mapping says "contents unknown".
                mappings.put(id, Map.of());
            } else if (c instanceof CfnOutput o) {
                outputs.put(id, output(stack, o));
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        putIfNotEmpty(root, "Parameters", parameters);
        putIfNotEmpty(root, "Mappings", mappings);
        putIfNotEmpty(root, "Conditions", conditions);
        root.put("Resources", resources);
        putIfNotEmpty(root, "Outputs", outputs);
        return ObjectTemplateReader.read(root);
    }

    /** The logical id synthesis gives the element, after any override. */
    static String logicalId(Stack stack, CfnElement element) {
        return String.valueOf(stack.resolve(element.getLogicalId()));
    }

    private static Map<String, Object> resource(Stack stack, CfnResource r) {
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("Type", r.getCfnResourceType());
        // As synthesis does: resolve the L1's properties, then render them with CloudFormation's
        // names. cfnProperties and renderProperties are protected members of CfnResource, which
        // the jsii kernel reaches.
        Map<String, Object> props = Kernel.get(r, "cfnProperties", PROPERTIES);
        Object resolved = stack.resolve(props == null ? Map.of() : props);
        Map<String, Object> rendered = Kernel.call(r, "renderProperties", PROPERTIES, resolved);
        if (rendered != null && !rendered.isEmpty()) {
            def.put("Properties", rendered);
        }
        List<String> dependsOn = new ArrayList<>();
        for (Object d : r.obtainDependencies()) {
            if (d instanceof CfnElement e) {
                dependsOn.add(logicalId(stack, e));
            }
        }
        if (!dependsOn.isEmpty()) {
            def.put("DependsOn", dependsOn);
        }
        ICfnResourceOptions options = r.getCfnOptions();
        if (options.getCondition() != null) {
            def.put("Condition", logicalId(stack, options.getCondition()));
        }
        putPolicy(def, "DeletionPolicy", options.getDeletionPolicy());
        putPolicy(def, "UpdateReplacePolicy", options.getUpdateReplacePolicy());
        return def;
    }

    private static Map<String, Object> parameter(Stack stack, CfnParameter p) {
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("Type", p.getType());
        if (p.getDefaultValue() != null) {
            def.put("Default", stack.resolve(p.getDefaultValue()));
        }
        return def;
    }

    private static Map<String, Object> output(Stack stack, CfnOutput o) {
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("Value", stack.resolve(o.getValue()));
        if (o.getCondition() != null) {
            def.put("Condition", logicalId(stack, o.getCondition()));
        }
        return def;
    }

    private static void putPolicy(Map<String, Object> def, String name, CfnDeletionPolicy policy) {
        if (policy != null) {
            def.put(
                    name,
                    switch (policy) {
                        case DELETE -> "Delete";
                        case RETAIN -> "Retain";
                        case SNAPSHOT -> "Snapshot";
                        case RETAIN_EXCEPT_ON_CREATE -> "RetainExceptOnCreate";
                    });
        }
    }

    private static void putIfNotEmpty(Map<String, Object> root, String section, Map<String, Object> entries) {
        if (!entries.isEmpty()) {
            root.put(section, entries);
        }
    }
}
