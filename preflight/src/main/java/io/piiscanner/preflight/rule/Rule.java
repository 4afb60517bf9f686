package io.piiscanner.preflight.rule;

import io.piiscanner.preflight.template.Template;
import java.util.List;

/** One check over a whole template. Rules are stateless and safe to share between threads. */
public interface Rule {

    /** A stable kebab-case id, e.g. {@code logs-kms-key-policy}; used in reports and suppressions. */
    String id();

    /** What the rule looks for, in one line. */
    String title();

    /** Why it matters: the deployment failure or audit requirement behind it. */
    String description();

    /** The findings in {@code template}, in any order. */
    List<Finding> check(Template template);
}
