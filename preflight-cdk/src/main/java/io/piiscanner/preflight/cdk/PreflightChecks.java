package io.piiscanner.preflight.cdk;

import io.github.cdklabs.cdknag.IApplyRule;
import io.github.cdklabs.cdknag.NagMessageLevel;
import io.github.cdklabs.cdknag.NagPack;
import io.github.cdklabs.cdknag.NagPackProps;
import io.github.cdklabs.cdknag.NagRuleCompliance;
import io.piiscanner.preflight.Preflight;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/**
 * The preflight rules of {@code pii-scanner check} as a cdk-nag NagPack, so that a CDK app gets
 * them at synth: KMS keys that CloudWatch Logs may not use, properties and types the resource
 * schemas do not have, broken references and cycles, deprecated Lambda runtimes, and the PCI DSS
 * rules. Critical and High findings are cdk-nag errors, Medium warnings, Low infos.
 *
 * <pre>{@code
 * App app = new App();
 * new TapStack(app, "TapStack");
 * Aspects.of(app).add(new PreflightChecks());
 * // errors: Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("Preflight-.*"))
 * }</pre>
 *
 * <p>Rule ids are {@code Preflight-<rule>}, e.g. {@code Preflight-logs-kms-key-policy}; a finding
 * is {@code Preflight-<rule>[<key>]} (e.g. {@code [Principal.Service]}) and can be suppressed with
 * {@code NagSuppressions} under either id, with a reason. Each stack is checked as a whole the
 * first time the pack visits it, from its construct tree: see the limits in {@code ConstructTemplate}.
 * The synthesized template ({@code cdk.out/*.template.json}) can always be checked in full with
 * {@code pii-scanner check}.
 */
public final class PreflightChecks extends NagPack {

    private final Preflight preflight;
    /** Findings per stack (by construct path), computed on the stack's first visit. */
    private final Map<String, Map<String, List<Finding>>> findingsByStack = new HashMap<>();

    /** The pack with cdk-nag's default settings. */
    public PreflightChecks() {
        this(NagPackProps.builder().build());
    }

    /** The pack with the given cdk-nag settings (verbose, reports, ...). */
    public PreflightChecks(NagPackProps props) {
        this(props, Preflight.standard());
    }

    /** The pack running {@code preflight}'s rules; for tests that fix the date. */
    PreflightChecks(NagPackProps props, Preflight preflight) {
        super(props);
        this.preflight = preflight;
        setPackName("Preflight");
    }

    @Override
    public void visit(IConstruct node) {
        if (node instanceof Stack stack) {
            // Aspects visit a stack before its resources: check it afresh on every synthesis.
            findingsByStack.put(stack.getNode().getPath(), check(stack));
            return;
        }
        if (!(node instanceof CfnResource resource)) {
            return;
        }
        Stack stack = Stack.of(resource);
        Map<String, List<Finding>> byResource =
                findingsByStack.computeIfAbsent(stack.getNode().getPath(), path -> check(stack));
        List<Finding> findings = byResource.getOrDefault(ConstructTemplate.logicalId(stack, resource), List.of());
        for (Rule rule : preflight.rules()) {
            List<Finding> ofRule =
                    findings.stream().filter(f -> f.ruleId().equals(rule.id())).toList();
            if (ofRule.isEmpty()) {
                applyRule(new Check(rule, resource, NagMessageLevel.ERROR, rule.title(), rule.description(), null));
            }
            for (Finding f : ofRule) {
                applyRule(new Check(
                        rule,
                        resource,
                        level(f.impact()),
                        f.problem(),
                        f.consequence() + " Fix: " + f.fix() + " See " + f.docUrl(),
                        f.key()));
            }
        }
    }

    private Map<String, List<Finding>> check(Stack stack) {
        Map<String, List<Finding>> byResource = new HashMap<>();
        for (Finding f : preflight.check(ConstructTemplate.of(stack))) {
            if (f.resourceId() != null) {
                byResource
                        .computeIfAbsent(f.resourceId(), id -> new ArrayList<>())
                        .add(f);
            }
        }
        return byResource;
    }

    private static NagMessageLevel level(Impact impact) {
        return switch (impact) {
            case CRITICAL, HIGH -> NagMessageLevel.ERROR;
            case MEDIUM -> NagMessageLevel.WARN;
            case LOW -> NagMessageLevel.INFO;
        };
    }

    /**
     * One rule applied to one resource: compliant when {@code key} is null, else the single
     * finding {@code key}, which cdk-nag reports as {@code Preflight-<rule>[<key>]}.
     */
    private static final class Check implements IApplyRule {
        private String suffix;
        private String info;
        private String explanation;
        private NagMessageLevel level;
        private CfnResource node;
        private final String key;

        Check(Rule rule, CfnResource node, NagMessageLevel level, String info, String explanation, String key) {
            this.suffix = rule.id();
            this.node = node;
            this.level = level;
            this.info = info;
            this.explanation = explanation;
            this.key = key;
        }

        @Override
        public Object rule(CfnResource resource) {
            return key == null ? NagRuleCompliance.COMPLIANT : List.of(key);
        }

        @Override
        public String getRuleSuffixOverride() {
            return suffix;
        }

        @Override
        public void setRuleSuffixOverride(String value) {
            this.suffix = value;
        }

        @Override
        public String getInfo() {
            return info;
        }

        @Override
        public void setInfo(String value) {
            this.info = value;
        }

        @Override
        public String getExplanation() {
            return explanation;
        }

        @Override
        public void setExplanation(String value) {
            this.explanation = value;
        }

        @Override
        public NagMessageLevel getLevel() {
            return level;
        }

        @Override
        public void setLevel(NagMessageLevel value) {
            this.level = value;
        }

        @Override
        public CfnResource getNode() {
            return node;
        }

        @Override
        public void setNode(CfnResource value) {
            this.node = value;
        }
    }
}
