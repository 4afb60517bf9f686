package io.piiscanner.preflight.pci;

import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * Log retention against PCI DSS 10.5.1: audit logs kept at least 12 months, the last three
 * immediately available. Under 90 days fails outright; under 365 needs an archive elsewhere;
 * none set keeps logs forever, which costs and keeps data longer than needed.
 */
public final class LogRetentionRule implements Rule {

    private static final String DOC =
            "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention";

    @Override
    public String id() {
        return "log-retention";
    }

    @Override
    public String title() {
        return "Log groups keep logs for at least 90 days (PCI DSS 10.5.1)";
    }

    @Override
    public String description() {
        return "PCI DSS 10.5.1 keeps audit logs 12 months with the last 3 immediately available: retention under "
                + "90 days fails, under 365 needs an archive, and none set keeps logs forever.";
    }

    @Override
    public List<Finding> check(Template template) {
        List<Finding> out = new ArrayList<>();
        for (Resource r : template.resources()) {
            boolean logGroup = r.is("AWS::Logs::LogGroup");
            if (!logGroup && !r.is("Custom::LogRetention")) {
                continue;
            }
            if (r.property("RetentionInDays") == null) {
                if (logGroup) {
                    out.add(Finding.of(this, Impact.LOW, r)
                            .key("Properties.RetentionInDays")
                            .problem("Log group `" + r.logicalId() + "` sets no RetentionInDays: logs never expire.")
                            .consequence("Nothing fails, but logs that may hold personal data are kept forever and "
                                    + "billed forever; set the retention your policy requires.")
                            .fix("RetentionInDays: 365")
                            .doc(DOC)
                            .build());
                }
                continue;
            }
            Integer days = Values.integer(r.property("RetentionInDays"));
            if (days == null) {
                continue;
            }
            if (days < 90) {
                out.add(
                        retention(
                                r,
                                Impact.HIGH,
                                days,
                                "Logs are deleted before the three months PCI DSS 10.5.1 "
                                        + "requires to be immediately available; an assessor marks the log group non-compliant."));
            } else if (days < 365) {
                out.add(
                        retention(
                                r,
                                Impact.MEDIUM,
                                days,
                                "PCI DSS 10.5.1 requires 12 months of audit logs: unless "
                                        + "they are archived elsewhere (S3, a SIEM) for the rest of the year, the requirement fails."));
            }
        }
        return out;
    }

    private Finding retention(Resource r, Impact impact, int days, String consequence) {
        return Finding.of(this, impact, r)
                .at(r.propertyLocation("RetentionInDays"))
                .key("Properties.RetentionInDays")
                .problem("`" + r.logicalId() + "` keeps logs for " + days + " days.")
                .consequence(consequence)
                .fix("RetentionInDays: 365")
                .doc(DOC)
                .build();
    }
}
