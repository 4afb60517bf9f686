package io.piiscanner.preflight.pci;

import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.template.CfnMap;
import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Intrinsics;
import io.piiscanner.preflight.template.Location;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * Security group rules open to the whole internet (0.0.0.0/0 or ::/0), inbound or outbound, and
 * security groups that keep EC2's default allow-all egress by declaring none. PCI DSS 1.3.1 and
 * 1.3.2 limit traffic to and from the cardholder data environment to what is necessary.
 */
public final class OpenSecurityGroupRule implements Rule {

    private static final String DOC = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html";

    @Override
    public String id() {
        return "open-security-group";
    }

    @Override
    public String title() {
        return "Security groups do not allow traffic to or from 0.0.0.0/0 or ::/0";
    }

    @Override
    public String description() {
        return "Ingress from or egress to the whole internet, including EC2's default allow-all egress when a "
                + "security group declares no SecurityGroupEgress (PCI DSS 1.3.1, 1.3.2).";
    }

    @Override
    public List<Finding> check(Template template) {
        List<Finding> out = new ArrayList<>();
        for (Resource r : template.resources()) {
            if (r.is("AWS::EC2::SecurityGroup")) {
                for (CfnValue rule : Intrinsics.listItems(r.property("SecurityGroupIngress"))) {
                    check(r, rule, true, out);
                }
                if (r.property("SecurityGroupEgress") == null) {
                    out.add(Finding.of(this, Impact.HIGH, r)
                            .key("Properties.SecurityGroupEgress")
                            .problem("Security group `" + r.logicalId() + "` declares no SecurityGroupEgress, so EC2 "
                                    + "gives it the default rule allowing all traffic to 0.0.0.0/0.")
                            .consequence("Anything in the group can send data anywhere on the internet; PCI DSS "
                                    + "1.3.2 requires outbound traffic from the CDE to be limited to what is needed.")
                            .fix(egressFix())
                            .doc(DOC)
                            .build());
                } else {
                    for (CfnValue rule : Intrinsics.listItems(r.property("SecurityGroupEgress"))) {
                        check(r, rule, false, out);
                    }
                }
            } else if (r.is("AWS::EC2::SecurityGroupIngress") || r.is("AWS::EC2::SecurityGroupEgress")) {
                check(r, r.properties(), r.is("AWS::EC2::SecurityGroupIngress"), out);
            }
        }
        return out;
    }

    private void check(Resource r, CfnValue ruleValue, boolean ingress, List<Finding> out) {
        CfnMap rule = ruleValue.asMap();
        if (rule == null) {
            return;
        }
        String cidr = open(rule.text("CidrIp"), "0.0.0.0/0")
                ? "0.0.0.0/0"
                : open(rule.text("CidrIpv6"), "::/0") ? "::/0" : null;
        if (cidr == null) {
            return;
        }
        String protocol = rule.text("IpProtocol");
        Integer from = Values.integer(rule.get("FromPort"));
        Integer to = Values.integer(rule.get("ToPort"));
        boolean allTraffic =
                "-1".equals(protocol) || from == null || to == null || from <= 0 && to >= 65535 || from == -1;
        boolean web = !allTraffic && from.equals(to) && (from == 443 || from == 80);
        String ports = allTraffic ? "all traffic" : protocol + " " + (from.equals(to) ? from : from + "-" + to);
        Impact impact = ingress ? (web ? Impact.MEDIUM : Impact.HIGH) : (allTraffic ? Impact.HIGH : Impact.MEDIUM);
        Location at = ruleValue == r.properties() ? r.location() : rule.location();
        String direction = ingress ? "ingress from " : "egress to ";
        out.add(Finding.of(this, impact, r)
                .at(at)
                .key((ingress ? "Ingress[" : "Egress[") + cidr + " " + ports + "]")
                .problem("`" + r.logicalId() + "` allows " + direction + cidr + " (" + ports + ").")
                .consequence(
                        ingress
                                ? (web
                                        ? "A public web entry point; acceptable only on the load balancer or API front door "
                                                + "in the DMZ (PCI DSS 1.4.1), never on systems that store card data."
                                        : "The whole internet can reach these ports; PCI DSS 1.3.1 requires inbound traffic to the "
                                                + "CDE be restricted to what is necessary, and an assessor fails it.")
                                : "Traffic can leave for any address on the internet; PCI DSS 1.3.2 requires outbound "
                                        + "traffic from the CDE be limited to what is necessary (e.g. VPC endpoints, a prefix list).")
                .fix(
                        ingress
                                ? "# allow only the sources that need it, e.g.\nSourceSecurityGroupId: !Ref LoadBalancerSecurityGroup"
                                : egressFix())
                .doc(DOC)
                .build());
    }

    private static boolean open(String cidr, String any) {
        return cidr != null && cidr.strip().equals(any);
    }

    private static String egressFix() {
        return """
                # allow only what the workload needs, e.g. HTTPS to the VPC's endpoints:
                SecurityGroupEgress:
                  - IpProtocol: tcp
                    FromPort: 443
                    ToPort: 443
                    DestinationPrefixListId: !Ref EndpointPrefixList   # or CidrIp: the VPC CIDR""";
    }
}
