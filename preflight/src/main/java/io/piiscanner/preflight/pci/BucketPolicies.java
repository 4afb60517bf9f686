package io.piiscanner.preflight.pci;

import io.piiscanner.preflight.iam.Statement;
import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Symbolic;
import io.piiscanner.preflight.template.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of a template's bucket policies (AWS::S3::BucketPolicy), indexed by the bucket
 * each one is attached to. Built once per template, so that finding a bucket's policies costs a
 * lookup, not a pass over every policy: the rules stay linear in the template's size.
 */
final class BucketPolicies {

    private final Map<String, List<Statement>> byBucket = new HashMap<>();

    private BucketPolicies() {}

    /** The policies of {@code template}, each parsed once and attached to at most one bucket. */
    static BucketPolicies of(Template template) {
        Map<String, String> bucketsByName = new HashMap<>();
        template.resourcesOfType("AWS::S3::Bucket").forEach(bucket -> {
            String name = bucket.properties().text("BucketName");
            if (name != null) {
                bucketsByName.putIfAbsent(name, bucket.logicalId());
            }
        });
        BucketPolicies index = new BucketPolicies();
        template.resourcesOfType("AWS::S3::BucketPolicy").forEach(policy -> {
            String bucket = bucketNamed(policy.property("Bucket"), bucketsByName);
            if (bucket != null) {
                index.byBucket
                        .computeIfAbsent(bucket, k -> new ArrayList<>())
                        .addAll(Statement.of(policy.property("PolicyDocument")));
            }
        });
        return index;
    }

    /**
     * The logical id of the bucket a policy's Bucket value names: a Ref to it, alone or as the
     * whole of a Sub or Join, or the literal BucketName of one (the first, if several declare it).
     */
    private static String bucketNamed(CfnValue value, Map<String, String> bucketsByName) {
        if (value == null) {
            return null;
        }
        List<Symbolic.Piece> parts = Symbolic.of(value).parts().stream()
                .filter(p -> !(p instanceof Symbolic.Text t && t.text().isEmpty()))
                .toList();
        if (parts.size() == 1 && parts.get(0) instanceof Symbolic.Reference r && r.attribute() == null) {
            return r.name();
        }
        return value.text() == null ? null : bucketsByName.get(value.text());
    }

    /** The statements of the policies attached to {@code bucket}, in template order. */
    List<Statement> statementsFor(Resource bucket) {
        return byBucket.getOrDefault(bucket.logicalId(), List.of());
    }

    /** Whether the statement applies to everyone: Principal {@code *} or {@code {AWS: *}}. */
    static boolean everyone(Statement s) {
        if (!s.principal("*").isEmpty()) {
            return true;
        }
        return s.principal("AWS").stream().anyMatch(v -> "*".equals(v.text()));
    }
}
