package io.piiscanner.preflight;

import io.piiscanner.preflight.kms.LogGroupKeyPolicyRule;
import io.piiscanner.preflight.kms.TrailKeyPolicyRule;
import io.piiscanner.preflight.lambda.LambdaRuntimeRule;
import io.piiscanner.preflight.lambda.ReservedConcurrencyRule;
import io.piiscanner.preflight.lambda.RuntimeTable;
import io.piiscanner.preflight.pci.ApiDataTraceRule;
import io.piiscanner.preflight.pci.BucketTlsRule;
import io.piiscanner.preflight.pci.EncryptionAtRestRule;
import io.piiscanner.preflight.pci.LogRetentionRule;
import io.piiscanner.preflight.pci.OpenSecurityGroupRule;
import io.piiscanner.preflight.pci.PublicBucketRule;
import io.piiscanner.preflight.pci.VpcEndpointPolicyRule;
import io.piiscanner.preflight.refs.CircularDependencyRule;
import io.piiscanner.preflight.refs.ReferenceRule;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.schema.ResourceSchemas;
import io.piiscanner.preflight.schema.SchemaRule;
import io.piiscanner.preflight.sns.AlarmTopicPolicyRule;
import io.piiscanner.preflight.template.Template;
import io.piiscanner.preflight.template.TemplateParser;
import io.piiscanner.preflight.template.TemplateSyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * Checks CloudFormation templates for what fails at deployment or in a PCI DSS review. Each rule
 * sees the whole template; the findings come back sorted by impact, then position.
 *
 * <pre>{@code
 * List<Finding> findings = Preflight.standard().check(Files.readString(path));
 * }</pre>
 */
public final class Preflight {

    /** Most severe first, then in file order. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::impact)
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::key);

    private final List<Rule> rules;

    /** Checks with the given rules. */
    public Preflight(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** All rules, with Lambda runtimes judged against today's date (UTC). */
    public static Preflight standard() {
        return standard(LocalDate.now(ZoneOffset.UTC));
    }

    /** All rules, with Lambda runtimes judged against {@code today}. */
    public static Preflight standard(LocalDate today) {
        ResourceSchemas schemas = ResourceSchemas.bundled();
        return new Preflight(List.of(
                new LogGroupKeyPolicyRule(),
                new TrailKeyPolicyRule(),
                new AlarmTopicPolicyRule(),
                new SchemaRule(schemas),
                new ReferenceRule(schemas),
                new CircularDependencyRule(),
                new LambdaRuntimeRule(RuntimeTable.bundled(), today),
                new ReservedConcurrencyRule(),
                new EncryptionAtRestRule(),
                new PublicBucketRule(),
                new BucketTlsRule(),
                new LogRetentionRule(),
                new OpenSecurityGroupRule(),
                new ApiDataTraceRule(),
                new VpcEndpointPolicyRule()));
    }

    /** The rules, in the order they run. */
    public List<Rule> rules() {
        return rules;
    }

    /** The findings in a parsed template, without duplicates, in {@link #ORDER}. */
    public List<Finding> check(Template template) {
        return rules.stream()
                .flatMap(r -> r.check(template).stream())
                .distinct()
                .sorted(ORDER)
                .toList();
    }

    /**
     * Parses and checks a template's text (JSON or YAML).
     *
     * @throws TemplateSyntaxException when it cannot be read or is over the
     *                                 {@link io.piiscanner.preflight.template.TemplateLimits}, with the
     *                                 line and column when there is one
     */
    public List<Finding> check(String source) throws TemplateSyntaxException {
        return check(TemplateParser.parse(source));
    }
}
