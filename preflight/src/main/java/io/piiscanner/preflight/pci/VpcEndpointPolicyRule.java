package io.piiscanner.preflight.pci;

import io.piiscanner.preflight.iam.Statement;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.template.CfnList;
import io.piiscanner.preflight.template.CfnMap;
import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Interface and gateway VPC endpoints without a policy, or with one that allows everything, in a
 * template that handles cardholder data: the endpoint then carries requests to any bucket, table,
 * queue or topic of any account, a path out of the cardholder data environment (PCI DSS 1.3.2,
 * 1.4.2). A template is taken to handle cardholder data when its Description or a tag value
 * names PCI or cardholder data (e.g. {@code DataClassification: PCI-Confidential}).
 */
public final class VpcEndpointPolicyRule implements Rule {

    private static final String DOC = "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html";
    private static final Set<String> POLICY_TYPES = Set.of("Interface", "Gateway");

    @Override
    public String id() {
        return "vpc-endpoint-policy";
    }

    @Override
    public String title() {
        return "VPC endpoints of a cardholder data environment have a scoped policy";
    }

    @Override
    public String description() {
        return "An interface or gateway endpoint without a policy (or with one allowing everything) lets anything in "
                + "the VPC reach any account's buckets, tables, queues or topics through it: a way for data to leave "
                + "the cardholder data environment (PCI DSS 1.3.2, 1.4.2).";
    }

    @Override
    public List<Finding> check(Template template) {
        if (!handlesCardholderData(template)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        template.resourcesOfType("AWS::EC2::VPCEndpoint").forEach(endpoint -> {
            String type = endpoint.properties().text("VpcEndpointType");
            if (!POLICY_TYPES.contains(type == null ? "Gateway" : type)) {
                return;
            }
            CfnValue policy = endpoint.property("PolicyDocument");
            if (policy == null) {
                out.add(finding(
                        endpoint,
                        "has no PolicyDocument, so AWS gives it one that allows every action on " + "every resource."));
            } else if (Statement.of(policy).stream().anyMatch(VpcEndpointPolicyRule::allowsEverything)) {
                out.add(finding(
                        endpoint,
                        "has a PolicyDocument that allows every action on every resource to "
                                + "everyone, without a condition."));
            }
        });
        return out;
    }

    private static boolean allowsEverything(Statement s) {
        boolean everyone =
                !s.principal("*").isEmpty() || s.principal("AWS").stream().anyMatch(v -> "*".equals(v.text()));
        return s.allow()
                && everyone
                && s.condition() == null
                && !s.notAction()
                && s.actions().contains("*")
                && s.resources().stream().anyMatch(r -> "*".equals(r.text()));
    }

    /** Whether the Description or any tag value names PCI or cardholder data. */
    private static boolean handlesCardholderData(Template template) {
        if (namesCardholderData(template.root().text("Description"))) {
            return true;
        }
        for (Resource r : template.resources()) {
            CfnValue tags = r.property("Tags");
            List<CfnValue> values = new ArrayList<>();
            if (tags instanceof CfnList list) {
                list.items().forEach(tag -> {
                    CfnMap m = tag.asMap();
                    if (m != null && m.get("Value") != null) {
                        values.add(m.get("Value"));
                    }
                });
            } else if (tags instanceof CfnMap map) {
                values.addAll(map.entries().values());
            }
            if (values.stream().anyMatch(v -> namesCardholderData(v.text()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesCardholderData(String text) {
        if (text == null) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return t.matches("(?s).*\\bpci\\b.*") || t.contains("cardholder");
    }

    private Finding finding(Resource endpoint, String what) {
        return Finding.of(this, Impact.MEDIUM, endpoint)
                .at(endpoint.propertyLocation("PolicyDocument"))
                .key("Properties.PolicyDocument")
                .problem("VPC endpoint `" + endpoint.logicalId() + "` " + what)
                .consequence("Anything in the VPC can use the endpoint to reach any bucket, table, queue or topic of "
                        + "any account, so cardholder data can be copied out of the environment through it; PCI DSS "
                        + "1.3.2 and 1.4.2 ask that traffic leaving the cardholder data environment be limited to "
                        + "what is necessary.")
                .fix("""
                        PolicyDocument:
                          Statement:
                            - Effect: Allow
                              Principal: '*'
                              Action: [s3:GetObject, s3:PutObject]      # what the workload calls
                              Resource: !Sub '${DataBucket.Arn}/*'       # the stack's own resources
                            # or, for services whose resources cannot be listed:
                            # Condition: {StringEquals: {aws:ResourceAccount: !Ref AWS::AccountId}}""")
                .doc(DOC)
                .build();
    }
}
