package io.piiscanner.preflight.template;

/**
 * A value in a CloudFormation template as written: a mapping, a list or a scalar, each with the
 * place it starts. YAML short-form tags are already expanded ({@code !Ref X} is the mapping
 * {@code {Ref: X}}), so JSON and YAML templates look the same to the rules.
 */
public sealed interface CfnValue permits CfnMap, CfnList, CfnScalar {

    /** Where the value starts in its file. */
    Location location();

    /** This value as a mapping, or {@code null}. */
    default CfnMap asMap() {
        return this instanceof CfnMap m ? m : null;
    }

    /** This value as a list, or {@code null}. */
    default CfnList asList() {
        return this instanceof CfnList l ? l : null;
    }

    /** The text of a scalar (a string, number or boolean as written), or {@code null}. */
    default String text() {
        return this instanceof CfnScalar s && s.kind() != CfnScalar.Kind.NULL ? s.value() : null;
    }
}
