package io.piiscanner.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

/** Records cdk-nag suppressions, each with the reason the rule does not apply. */
final class Nag {

    private Nag() {}

    /**
     * Suppresses one rule on a construct and its children.
     *
     * @param construct the construct the finding is on
     * @param ruleId the rule, for example {@code AwsSolutions-S1}
     * @param reason why the rule does not apply here
     */
    static void suppress(IConstruct construct, String ruleId, String reason) {
        NagSuppressions.addResourceSuppressions(
                construct,
                List.of(NagPackSuppression.builder().id(ruleId).reason(reason).build()),
                true);
    }

    /**
     * Suppresses one rule for a finding that applies only to the named resources of a policy, for
     * example {@code Resource::*}.
     */
    static void suppress(IConstruct construct, String ruleId, String reason, List<String> appliesTo) {
        NagSuppressions.addResourceSuppressions(
                construct,
                List.of(NagPackSuppression.builder()
                        .id(ruleId)
                        .reason(reason)
                        .appliesTo(List.copyOf(appliesTo))
                        .build()),
                true);
    }

    /**
     * Returns the logical id of a construct's CloudFormation resource, as {@code appliesTo} names it
     * ({@code Resource::<id.Arn>/*}).
     */
    static String logicalId(IConstruct construct) {
        return Stack.of(construct).getLogicalId((CfnElement) construct.getNode().getDefaultChild());
    }

    /** Suppresses one rule on a construct created inside CDK, found by its path in the stack. */
    static void suppressByPath(Stack stack, String path, String ruleId, String reason) {
        NagSuppressions.addResourceSuppressionsByPath(
                stack,
                path,
                List.of(NagPackSuppression.builder().id(ruleId).reason(reason).build()),
                true);
    }
}
