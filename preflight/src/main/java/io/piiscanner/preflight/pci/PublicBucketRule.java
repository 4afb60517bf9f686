package io.piiscanner.preflight.pci;

import io.piiscanner.preflight.iam.Statement;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.template.CfnMap;
import io.piiscanner.preflight.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Buckets that are or may become public: a public canned ACL, a bucket policy allowing everyone
 * without a condition, or no (or an incomplete) PublicAccessBlockConfiguration.
 */
public final class PublicBucketRule implements Rule {

    private static final String DOC =
            "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html";
    private static final Set<String> PUBLIC_ACLS = Set.of("PublicRead", "PublicReadWrite", "AuthenticatedRead");
    private static final List<String> BLOCKS =
            List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets");
    private static final String BLOCK_ALL = """
            PublicAccessBlockConfiguration:
              BlockPublicAcls: true
              BlockPublicPolicy: true
              IgnorePublicAcls: true
              RestrictPublicBuckets: true""";

    @Override
    public String id() {
        return "public-bucket";
    }

    @Override
    public String title() {
        return "Buckets are not public and block public access";
    }

    @Override
    public String description() {
        return "A public ACL or a bucket policy open to everyone exposes the data (PCI DSS 1.4.1, 7.2.1); all four "
                + "Block Public Access settings keep a later ACL or policy from doing so.";
    }

    @Override
    public List<Finding> check(Template template) {
        List<Finding> out = new ArrayList<>();
        BucketPolicies policies = BucketPolicies.of(template);
        template.resourcesOfType("AWS::S3::Bucket").forEach(bucket -> {
            String acl = bucket.properties().text("AccessControl");
            if (acl != null && PUBLIC_ACLS.contains(acl)) {
                out.add(Finding.of(this, Impact.HIGH, bucket)
                        .at(bucket.propertyLocation("AccessControl"))
                        .key("Properties.AccessControl")
                        .problem("Bucket `" + bucket.logicalId() + "` has the canned ACL `" + acl + "`.")
                        .consequence("Anyone (or any AWS user, for AuthenticatedRead) can list or read the objects; "
                                + "with Block Public Access on (the default for new buckets) the ACL is refused and "
                                + "the bucket fails to create.")
                        .fix("# remove AccessControl and block public access:\n" + BLOCK_ALL)
                        .doc(DOC)
                        .build());
            }
            for (Statement s : policies.statementsFor(bucket)) {
                if (s.allow() && BucketPolicies.everyone(s) && s.condition() == null) {
                    out.add(Finding.of(this, Impact.HIGH, bucket)
                            .at(s.location())
                            .key("BucketPolicy.Principal")
                            .problem("A bucket policy of `" + bucket.logicalId() + "` allows "
                                    + String.join(", ", s.actions())
                                    + " to everyone (Principal *) without a condition.")
                            .consequence("The bucket is public: anyone on the internet can make those calls. "
                                    + "PCI DSS 1.4.1 and 7.2.1 fail; with Block Public Access on, the policy is "
                                    + "refused and the deployment fails.")
                            .fix("# name the principals, or add a condition such as:\nCondition:\n  StringEquals:\n"
                                    + "    aws:PrincipalAccount: !Ref AWS::AccountId")
                            .doc(DOC)
                            .build());
                }
            }
            CfnMap block = bucket.properties().map("PublicAccessBlockConfiguration");
            if (block == null) {
                out.add(Finding.of(this, Impact.MEDIUM, bucket)
                        .key("Properties.PublicAccessBlockConfiguration")
                        .problem("Bucket `" + bucket.logicalId() + "` has no PublicAccessBlockConfiguration.")
                        .consequence("It relies on S3's default for new buckets and on the account setting; a later "
                                + "ACL or policy change can make it public, and reviewers expect the block declared.")
                        .fix(BLOCK_ALL)
                        .doc(DOC)
                        .build());
            } else {
                List<String> off = BLOCKS.stream()
                        .filter(k -> !Values.isTrue(block.get(k)))
                        .toList();
                if (!off.isEmpty()) {
                    out.add(Finding.of(this, Impact.MEDIUM, bucket)
                            .at(bucket.propertyLocation("PublicAccessBlockConfiguration"))
                            .key("Properties.PublicAccessBlockConfiguration")
                            .problem("Bucket `" + bucket.logicalId() + "` does not turn on " + String.join(", ", off)
                                    + " (an omitted setting is false).")
                            .consequence(
                                    "Public ACLs or policies that those settings would stop can be applied " + "later.")
                            .fix(BLOCK_ALL)
                            .doc(DOC)
                            .build());
                }
            }
        });
        return out;
    }
}
