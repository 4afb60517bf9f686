package io.piiscanner.preflight.kms;

import io.piiscanner.preflight.template.Symbolic;
import java.util.regex.Pattern;

/** Classifies a service principal with respect to CloudWatch Logs. */
enum LogsPrincipal {
    /** {@code logs.<region>.amazonaws.com}, as CloudWatch Logs requires in key policies. */
    REGIONAL,
    /** {@code logs.amazonaws.com}, which CloudWatch Logs does not use for KMS calls. */
    GLOBAL,
    /** Computed in a way the template does not determine. */
    UNKNOWN,
    /** Another service. */
    OTHER;

    private static final String UNKNOWN_PART = "\u0000";
    private static final Pattern REGIONAL_FORM =
            Pattern.compile("logs\\.([a-z0-9-]+|\u0001|\u0000)\\.amazonaws\\.com(\\.cn)?");
    private static final Pattern GLOBAL_FORM = Pattern.compile("logs\\.amazonaws\\.com(\\.cn)?");

    static LogsPrincipal of(Symbolic principal) {
        StringBuilder sb = new StringBuilder();
        for (Symbolic.Piece p : principal.parts()) {
            if (p instanceof Symbolic.Text t) {
                sb.append(t.text());
            } else if (p instanceof Symbolic.Pseudo ps && ps.name().equals("AWS::Region")) {
                sb.append('\u0001');
            } else if (p instanceof Symbolic.Pseudo ps && ps.name().equals("AWS::URLSuffix")) {
                sb.append("amazonaws.com");
            } else {
                sb.append(UNKNOWN_PART);
            }
        }
        String s = sb.toString();
        if (GLOBAL_FORM.matcher(s).matches()) {
            return GLOBAL;
        }
        if (REGIONAL_FORM.matcher(s).matches()) {
            return REGIONAL;
        }
        if (s.contains(UNKNOWN_PART) && (s.startsWith("logs") || s.startsWith(UNKNOWN_PART))) {
            return UNKNOWN;
        }
        return OTHER;
    }
}
