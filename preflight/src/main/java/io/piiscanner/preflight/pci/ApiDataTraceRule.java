package io.piiscanner.preflight.pci;

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

/**
 * API Gateway stages with data tracing on: full request and response bodies go to CloudWatch
 * Logs, card numbers and personal data included (PCI DSS 3.3.1, 3.4; AWS advises against it in
 * production).
 */
public final class ApiDataTraceRule implements Rule {

    private static final String DOC =
            "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html";

    @Override
    public String id() {
        return "api-data-trace";
    }

    @Override
    public String title() {
        return "API Gateway stages do not log full requests and responses (DataTraceEnabled)";
    }

    @Override
    public String description() {
        return "DataTraceEnabled writes whole request and response bodies to CloudWatch Logs, card numbers and "
                + "personal data included (PCI DSS 3.3.1, 3.4).";
    }

    @Override
    public List<Finding> check(Template template) {
        List<Finding> out = new ArrayList<>();
        for (Resource r : template.resources()) {
            if (r.is("AWS::ApiGateway::Stage")) {
                methodSettings(r, r.property("MethodSettings"), "MethodSettings", out);
            } else if (r.is("AWS::ApiGateway::Deployment")) {
                CfnMap stage = r.properties().map("StageDescription");
                if (stage != null) {
                    if (Values.isTrue(stage.get("DataTraceEnabled"))) {
                        out.add(finding(r, stage.get("DataTraceEnabled"), "StageDescription.DataTraceEnabled"));
                    }
                    methodSettings(r, stage.get("MethodSettings"), "StageDescription.MethodSettings", out);
                }
            }
        }
        return out;
    }

    private void methodSettings(Resource r, CfnValue settings, String path, List<Finding> out) {
        List<CfnValue> items = Intrinsics.listItems(settings);
        for (int i = 0; i < items.size(); i++) {
            CfnMap m = items.get(i).asMap();
            if (m != null && Values.isTrue(m.get("DataTraceEnabled"))) {
                out.add(finding(r, m.get("DataTraceEnabled"), path + "[" + i + "].DataTraceEnabled"));
            }
        }
    }

    private Finding finding(Resource r, CfnValue value, String path) {
        return Finding.of(this, Impact.HIGH, r)
                .at(value.location())
                .key("Properties." + path)
                .problem("`" + r.logicalId() + "` turns on data tracing (" + path + ").")
                .consequence("API Gateway logs every request and response body in full, so card numbers, SSNs and "
                        + "tokens land in CloudWatch Logs: PCI DSS 3.3.1 and 3.4 fail, and the logs become part of "
                        + "the cardholder data environment.")
                .fix("""
                        MethodSettings:
                          - ResourcePath: '/*'
                            HttpMethod: '*'
                            LoggingLevel: INFO        # execution logs without bodies
                            DataTraceEnabled: false
                            MetricsEnabled: true""")
                .doc(DOC)
                .build();
    }
}
