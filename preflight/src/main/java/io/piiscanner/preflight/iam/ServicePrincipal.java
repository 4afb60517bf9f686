package io.piiscanner.preflight.iam;

import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Symbolic;
import java.util.regex.Pattern;

/** Whether a policy statement can apply to an AWS service principal such as {@code cloudwatch.amazonaws.com}. */
public enum ServicePrincipal {
    /** The statement names the service, or everyone. */
    GRANTED,
    /** A principal is computed in a way the template does not determine, and may be the service. */
    UNKNOWN,
    /** The statement is for other principals. */
    NOT_GRANTED;

    /**
     * How {@code statement}'s principal relates to {@code service}.
     *
     * @param service the service principal, e.g. {@code cloudtrail.amazonaws.com}
     */
    public static ServicePrincipal of(Statement statement, String service) {
        if (!statement.principal("*").isEmpty()
                || statement.principal("AWS").stream().anyMatch(v -> "*".equals(v.text()))) {
            return GRANTED;
        }
        ServicePrincipal found = NOT_GRANTED;
        for (CfnValue value : statement.principal("Service")) {
            Symbolic principal = Symbolic.of(value);
            Pattern names = names(principal);
            if (names.matcher(service).matches()
                    || names.matcher(service + ".cn").matches()) {
                if (!computed(principal)) {
                    return GRANTED;
                }
                found = UNKNOWN;
            }
        }
        return found;
    }

    /**
     * The names a principal can stand for: its text, {@code AWS::URLSuffix} read as
     * {@code amazonaws.com}, anything else (a region, a reference) as any text, so that
     * {@code logs.${AWS::Region}.amazonaws.com} is known not to be another service.
     */
    private static Pattern names(Symbolic principal) {
        StringBuilder sb = new StringBuilder();
        for (Symbolic.Piece p : principal.parts()) {
            if (p instanceof Symbolic.Text t) {
                sb.append(Pattern.quote(t.text()));
            } else if (isUrlSuffix(p)) {
                sb.append(Pattern.quote("amazonaws.com"));
            } else {
                sb.append(".*");
            }
        }
        return Pattern.compile(sb.toString());
    }

    private static boolean computed(Symbolic principal) {
        return principal.parts().stream().anyMatch(p -> !(p instanceof Symbolic.Text) && !isUrlSuffix(p));
    }

    private static boolean isUrlSuffix(Symbolic.Piece p) {
        return p instanceof Symbolic.Pseudo ps && ps.name().equals("AWS::URLSuffix");
    }
}
