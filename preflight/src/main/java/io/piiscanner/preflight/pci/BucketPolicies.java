package io.piiscanner.preflight.pci;

import io.piiscanner.preflight.iam.Statement;
import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Intrinsics;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Symbolic;
import io.piiscanner.preflight.template.Template;

import java.util.ArrayList;
import java.util.List;

/** The statements of the bucket policies (AWS::S3::BucketPolicy) attached to a bucket of the template. */
final class BucketPolicies {

    private BucketPolicies() {
    }

    static List<Statement> statementsFor(Resource bucket, Template template) {
        List<Statement> out = new ArrayList<>();
        template.resourcesOfType("AWS::S3::BucketPolicy").forEach(policy -> {
            if (targets(policy.property("Bucket"), bucket)) {
                out.addAll(Statement.of(policy.property("PolicyDocument")));
            }
        });
        return out;
    }

    /** Whether a policy's Bucket value names {@code bucket}: Ref to it, or its literal BucketName. */
    private static boolean targets(CfnValue value, Resource bucket) {
        if (value == null) {
            return false;
        }
        if (bucket.logicalId().equals(Intrinsics.ref(value))) {
            return true;
        }
        String name = bucket.properties().text("BucketName");
        if (name != null && name.equals(value.text())) {
            return true;
        }
        return Symbolic.of(value).references().stream().anyMatch(r -> r.name().equals(bucket.logicalId()));
    }

    /** Whether the statement applies to everyone: Principal {@code *} or {@code {AWS: *}}. */
    static boolean everyone(Statement s) {
        if (!s.principal("*").isEmpty()) {
            return true;
        }
        return s.principal("AWS").stream().anyMatch(v -> "*".equals(v.text()));
    }
}
