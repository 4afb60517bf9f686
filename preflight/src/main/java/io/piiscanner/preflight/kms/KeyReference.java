package io.piiscanner.preflight.kms;

import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Intrinsics;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Symbolic;
import io.piiscanner.preflight.template.Template;
import java.util.Set;

/**
 * What a {@code KmsKeyId} value points at: a key defined in the template (through
 * {@code Fn::GetAtt Key.Arn}, {@code Ref}, {@code Fn::Sub} or {@code Fn::Join}), or something the
 * template cannot show (a parameter, a literal ARN, an import).
 *
 * @param key       the key resource, or {@code null} when it is outside the template
 * @param keyIdOnly the value yields the key id rather than its ARN ({@code Ref} or {@code GetAtt KeyId})
 * @param outside   for keys outside the template: how the value names it
 */
record KeyReference(Resource key, boolean keyIdOnly, String outside) {

    private static final Set<String> KEY_TYPES = Set.of("AWS::KMS::Key", "AWS::KMS::ReplicaKey");

    static KeyReference resolve(CfnValue value, Template template) {
        String ref = Intrinsics.ref(value);
        if (ref != null) {
            Resource r = template.resource(ref);
            if (r != null && r.isOneOf(KEY_TYPES)) {
                return new KeyReference(r, true, null);
            }
            return outside(template.isParameter(ref) ? "parameter `" + ref + "`" : "`Ref " + ref + "`");
        }
        Intrinsics.GetAtt att = Intrinsics.getAtt(value);
        if (att != null) {
            Resource r = template.resource(att.resource());
            if (r != null && r.isOneOf(KEY_TYPES)) {
                return new KeyReference(r, !att.attribute().equals("Arn"), null);
            }
            return outside("`" + att.resource() + "." + att.attribute() + "`");
        }
        if ("Fn::ImportValue".equals(Intrinsics.function(value))) {
            return outside("an imported value (Fn::ImportValue)");
        }
        Symbolic s = Symbolic.of(value);
        String literal = s.literal();
        if (literal != null) {
            return outside(
                    literal.startsWith("arn:") ? "the literal ARN `" + literal + "`" : "the literal `" + literal + "`");
        }
        for (Symbolic.Reference r : s.references()) {
            Resource res = template.resource(r.name());
            if (res != null && res.isOneOf(KEY_TYPES)) {
                // arn:...:key/${Key} (Ref gives the id) and ${Key.Arn} both name the key in an ARN.
                return new KeyReference(res, false, null);
            }
        }
        return outside("`" + s.render() + "`");
    }

    private static KeyReference outside(String how) {
        return new KeyReference(null, false, how);
    }
}
