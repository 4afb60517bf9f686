package io.piiscanner.preflight.iam;

import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Symbolic;

/** Whether a policy statement can apply to an AWS service principal such as {@code cloudwatch.amazonaws.com}. */
public enum ServicePrincipal {
    /** The statement names the service, or everyone. */
    GRANTED,
    /** A principal is computed in a way the template does not determine. */
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
            String name = name(Symbolic.of(value));
            if (name == null) {
                found = UNKNOWN;
            } else if (name.equals(service) || name.equals(service + ".cn")) {
                return GRANTED;
            }
        }
        return found;
    }

    /** The principal's text, with {@code AWS::URLSuffix} read as {@code amazonaws.com}; null when computed. */
    private static String name(Symbolic principal) {
        StringBuilder sb = new StringBuilder();
        for (Symbolic.Piece p : principal.parts()) {
            if (p instanceof Symbolic.Text t) {
                sb.append(t.text());
            } else if (p instanceof Symbolic.Pseudo ps && ps.name().equals("AWS::URLSuffix")) {
                sb.append("amazonaws.com");
            } else {
                return null;
            }
        }
        return sb.toString();
    }
}
