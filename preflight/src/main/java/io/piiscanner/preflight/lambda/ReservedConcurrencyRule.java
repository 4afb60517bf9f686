package io.piiscanner.preflight.lambda;

import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reserved concurrency that the account may not have: Lambda keeps part of an account's
 * concurrency limit unreserved, so a template's reservations fit only an account whose limit
 * exceeds their sum by that minimum. New accounts often have a limit of 10, where nothing can be
 * reserved. The template cannot show the account, hence Medium.
 */
public final class ReservedConcurrencyRule implements Rule {

    private static final String DOC = "https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html";
    /** Executions Lambda keeps unreserved in an account whose limit allows it. */
    static final int UNRESERVED_MINIMUM = 100;

    @Override
    public String id() {
        return "lambda-reserved-concurrency";
    }

    @Override
    public String title() {
        return "Reserved concurrency fits the account's unreserved minimum";
    }

    @Override
    public String description() {
        return "Lambda keeps " + UNRESERVED_MINIMUM + " executions of the account's concurrency limit unreserved "
                + "(the whole limit where it is lower, as the 10 of a new account): reservations that would take "
                + "from them fail the deployment.";
    }

    @Override
    public List<Finding> check(Template template) {
        Map<Resource, Integer> reserved = new LinkedHashMap<>();
        template.resourcesOfType("AWS::Lambda::Function").forEach(function -> {
            String text = function.properties().text("ReservedConcurrentExecutions");
            if (text != null && text.strip().matches("\\d{1,9}") && Integer.parseInt(text.strip()) > 0) {
                reserved.put(function, Integer.parseInt(text.strip()));
            }
        });
        if (reserved.isEmpty()) {
            return List.of();
        }
        int total = reserved.values().stream().mapToInt(Integer::intValue).sum();
        Resource first = reserved.keySet().iterator().next();
        String each = reserved.entrySet().stream()
                .map(e -> "`" + e.getKey().logicalId() + "` " + e.getValue())
                .collect(Collectors.joining(", "));
        return List.of(Finding.of(this, Impact.MEDIUM, first)
                .at(first.propertyLocation("ReservedConcurrentExecutions"))
                .key("Properties.ReservedConcurrentExecutions")
                .problem("The template reserves " + total + " concurrent executions (" + each + ").")
                .consequence("Lambda keeps " + UNRESERVED_MINIMUM + " executions of the account's limit unreserved, "
                        + "and in an account whose whole limit is lower (new accounts often have 10) it keeps all of "
                        + "them: unless `aws lambda get-account-settings` shows UnreservedConcurrentExecutions of at "
                        + "least " + (total + UNRESERVED_MINIMUM) + ", creating the functions fails with "
                        + "\"Specified ReservedConcurrentExecutions for function decreases account's "
                        + "UnreservedConcurrentExecution below its minimum value\" and the stack rolls back.")
                .fix("""
                        # make the reservation opt-in, and check the account before deploying with it:
                        #   aws lambda get-account-settings --query AccountLimit
                        # or leave it out and bound concurrency where the work comes from
                        # (e.g. ScalingConfig.MaximumConcurrency on an SQS event source mapping)
                        ReservedConcurrentExecutions: !If [ReserveConcurrency, 5, !Ref AWS::NoValue]""")
                .doc(DOC)
                .build());
    }
}
