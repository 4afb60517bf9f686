package io.piiscanner.preflight.kms;

import io.piiscanner.preflight.iam.ServicePrincipal;
import io.piiscanner.preflight.iam.Statement;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Intrinsics;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * A CloudTrail trail encrypted with a KMS key of the template needs that key's policy to let
 * {@code cloudtrail.amazonaws.com} generate data keys and describe the key. CDK's {@code Trail}
 * with {@code encryptionKey} adds no such statement, and CloudTrail refuses the trail
 * ({@code InsufficientEncryptionPolicyException}): the same failure as a log group's key without
 * the CloudWatch Logs statement.
 */
public final class TrailKeyPolicyRule implements Rule {

    private static final String DOC =
            "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html";
    private static final String CLOUDTRAIL = "cloudtrail.amazonaws.com";
    private static final List<String> REQUIRED_ACTIONS = List.of("kms:GenerateDataKey", "kms:DescribeKey");
    private static final String FIX = """
            # add to the key's KeyPolicy.Statement (the documented statements for CloudTrail):
            - Sid: AllowCloudTrailToEncryptLogs
              Effect: Allow
              Principal: {Service: cloudtrail.amazonaws.com}
              Action: kms:GenerateDataKey*
              Resource: '*'
              Condition:
                StringEquals: {aws:SourceArn: !Sub 'arn:${AWS::Partition}:cloudtrail:${AWS::Region}:${AWS::AccountId}:trail/TRAIL-NAME'}
                StringLike: {kms:EncryptionContext:aws:cloudtrail:arn: !Sub 'arn:${AWS::Partition}:cloudtrail:*:${AWS::AccountId}:trail/*'}
            - Sid: AllowCloudTrailToDescribeKey
              Effect: Allow
              Principal: {Service: cloudtrail.amazonaws.com}
              Action: kms:DescribeKey
              Resource: '*'""";
    private static final String DEPLOY_FAILS = "CloudTrail checks the key when the trail is created: creation fails "
            + "with InsufficientEncryptionPolicyException and the stack rolls back.";

    @Override
    public String id() {
        return "cloudtrail-kms-key-policy";
    }

    @Override
    public String title() {
        return "KMS keys of trails let cloudtrail.amazonaws.com use them";
    }

    @Override
    public String description() {
        return "A trail's KMS key policy must allow cloudtrail.amazonaws.com kms:GenerateDataKey* and kms:DescribeKey; "
                + "otherwise creating the trail fails and the stack rolls back.";
    }

    @Override
    public List<Finding> check(Template template) {
        List<Finding> out = new ArrayList<>();
        template.resourcesOfType("AWS::CloudTrail::Trail").forEach(trail -> {
            for (CfnValue value : Intrinsics.alternatives(trail.property("KMSKeyId"))) {
                Resource key = KeyReference.resolve(value, template).key();
                if (key != null) {
                    checkKey(trail, key, out);
                }
            }
        });
        return out;
    }

    private void checkKey(Resource trail, Resource key, List<Finding> out) {
        CfnValue policy = key.property("KeyPolicy");
        if (policy != null && policy.asMap() == null) {
            return;
        }
        List<Statement> forCloudTrail = Statement.of(policy).stream()
                .filter(s -> s.allow() && ServicePrincipal.of(s, CLOUDTRAIL) != ServicePrincipal.NOT_GRANTED)
                .toList();
        List<String> missing = REQUIRED_ACTIONS.stream()
                .filter(a -> forCloudTrail.stream().noneMatch(s -> s.covers(a) || s.computed()))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        out.add(Finding.of(this, Impact.CRITICAL, key)
                .at(key.propertyLocation("KeyPolicy"))
                .key("KeyPolicy[" + trail.logicalId() + "]")
                .problem("Key `" + key.logicalId() + "` encrypts trail `" + trail.logicalId() + "`, but its "
                        + (policy == null ? "default policy" : "KeyPolicy") + " does not let cloudtrail.amazonaws.com "
                        + "use " + String.join(" or ", missing) + ".")
                .consequence(DEPLOY_FAILS)
                .fix(FIX)
                .doc(DOC)
                .build());
    }
}
