package io.piiscanner.preflight;

import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.template.TemplateParser;
import io.piiscanner.preflight.template.TemplateSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Test helpers: run rules over template text and read the template fixtures. */
public final class Checks {

    /** The date the Lambda runtime table is judged against in tests. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private Checks() {}

    /** All rules over a template. */
    public static List<Finding> all(String template) {
        try {
            return Preflight.standard(TODAY).check(template);
        } catch (TemplateSyntaxException e) {
            throw new AssertionError("fixture does not parse: " + e.getMessage(), e);
        }
    }

    /** One rule over a template. */
    public static List<Finding> run(Rule rule, String template) {
        try {
            return rule.check(TemplateParser.parse(template));
        } catch (TemplateSyntaxException e) {
            throw new AssertionError("fixture does not parse: " + e.getMessage(), e);
        }
    }

    /** A fixture from {@code src/test/resources/templates}. */
    public static String fixture(String name) {
        try (InputStream in = Checks.class.getResourceAsStream("/templates/" + name)) {
            if (in == null) {
                throw new AssertionError("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings of one rule. */
    public static List<Finding> ofRule(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
