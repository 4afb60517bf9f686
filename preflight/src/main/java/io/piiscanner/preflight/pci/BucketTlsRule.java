package io.piiscanner.preflight.pci;

import io.piiscanner.preflight.iam.Statement;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Buckets whose policy does not deny requests without TLS ({@code aws:SecureTransport} false).
 * S3 accepts plain HTTP unless a policy refuses it; PCI DSS 4.2.1 requires strong cryptography
 * for cardholder data in transit.
 */
public final class BucketTlsRule implements Rule {

    @Override
    public String id() {
        return "bucket-tls-only";
    }

    @Override
    public String title() {
        return "Bucket policies deny requests that do not use TLS";
    }

    @Override
    public String description() {
        return "Every bucket needs a policy statement denying s3:* when aws:SecureTransport is false; S3 otherwise "
                + "accepts plain HTTP (PCI DSS 4.2.1).";
    }

    @Override
    public List<Finding> check(Template template) {
        List<Finding> out = new ArrayList<>();
        BucketPolicies policies = BucketPolicies.of(template);
        template.resourcesOfType("AWS::S3::Bucket").forEach(bucket -> {
            boolean enforced = policies.statementsFor(bucket).stream().anyMatch(BucketTlsRule::deniesPlainHttp);
            if (!enforced) {
                out.add(Finding.of(this, Impact.HIGH, bucket)
                        .key("BucketPolicy.aws:SecureTransport")
                        .problem("No bucket policy of `" + bucket.logicalId() + "` denies requests without TLS.")
                        .consequence("S3 serves and accepts objects over plain HTTP to any client that asks, so data "
                                + "can cross the network unencrypted; an assessor fails PCI DSS 4.2.1.")
                        .fix("""
                                # an AWS::S3::BucketPolicy for the bucket (CDK: enforceSSL: true):
                                PolicyDocument:
                                  Statement:
                                    - Sid: DenyInsecureTransport
                                      Effect: Deny
                                      Principal: {AWS: '*'}
                                      Action: 's3:*'
                                      Resource:
                                        - !GetAtt %1$s.Arn
                                        - !Sub '${%1$s.Arn}/*'
                                      Condition:
                                        Bool:
                                          aws:SecureTransport: 'false'""".formatted(bucket.logicalId()))
                        .doc("https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html")
                        .build());
            }
        });
        return out;
    }

    private static boolean deniesPlainHttp(Statement s) {
        if (s.allow() || !BucketPolicies.everyone(s) || !s.covers("s3:GetObject") || !s.covers("s3:PutObject")) {
            return false;
        }
        for (Map.Entry<String, List<CfnValue>> e :
                s.conditionValues("aws:SecureTransport").entrySet()) {
            if (e.getKey().startsWith("Bool") && e.getValue().stream().anyMatch(Values::isFalse)) {
                return true;
            }
        }
        return false;
    }
}
