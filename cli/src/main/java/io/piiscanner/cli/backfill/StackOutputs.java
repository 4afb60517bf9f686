package io.piiscanner.cli.backfill;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * The outputs of a deployed TapStack, found by its environment suffix: the stack is named
 * {@code TapStack<suffix>} (infra's StackConfig), and its outputs name the state machine and the
 * buckets.
 */
final class StackOutputs {

    /** As infra's StackConfig admits them. */
    private static final Pattern SUFFIX = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,22}[a-z0-9])?");

    private final Map<String, String> values;
    private final String stackName;

    private StackOutputs(String stackName, Map<String, String> values) {
        this.stackName = stackName;
        this.values = values;
    }

    /**
     * Looks the stack up.
     *
     * @throws IllegalArgumentException when the suffix is malformed or no such stack is deployed
     */
    static StackOutputs of(CloudFormationClient cloudFormation, String suffix) {
        if (!SUFFIX.matcher(suffix).matches()) {
            throw new IllegalArgumentException("--stack: '" + suffix + "' is not an environment suffix (1-24 lower-case"
                    + " letters, digits or inner hyphens)");
        }
        String name = "TapStack" + suffix;
        Stack stack;
        try {
            stack = cloudFormation.describeStacks(b -> b.stackName(name)).stacks().stream()
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("stack " + name + " is not deployed"));
        } catch (CloudFormationException e) {
            String reason = e.awsErrorDetails() == null
                    ? e.getMessage()
                    : e.awsErrorDetails().errorMessage();
            throw new IllegalArgumentException("stack " + name + ": " + reason);
        }
        Map<String, String> values = new TreeMap<>();
        for (Output o : stack.outputs()) {
            values.put(o.outputKey(), o.outputValue());
        }
        return new StackOutputs(name, values);
    }

    /**
     * One output.
     *
     * @throws IllegalArgumentException when the stack does not publish it (deployed before backfills existed)
     */
    String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(
                    "stack " + stackName + " has no output " + name + "; deploy the current version first");
        }
        return value;
    }
}
