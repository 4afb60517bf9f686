package io.piiscanner.infra;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import software.constructs.Node;

/**
 * Everything that varies between deployments of TapStack, read once from CDK context
 * ({@code -c key=value}) and the environment.
 *
 * @param environmentSuffix suffix carried by the stack name and by every resource name
 * @param target where the stack goes: real AWS or a LocalStack emulator
 * @param retain whether stateful resources survive a {@code cdk destroy}
 * @param alertEmail an address subscribed to the alerts topic, if any
 * @param tags the cost and compliance tags put on everything taggable
 * @param reservedConcurrency concurrent executions reserved for each scanner function, if any
 * @param manageApiGatewayAccountRole whether the stack sets the account's API Gateway logging role
 * @param lambdaJar the Lambda module's shaded jar
 */
public record StackConfig(
        String environmentSuffix,
        Target target,
        boolean retain,
        Optional<String> alertEmail,
        StackTags tags,
        OptionalInt reservedConcurrency,
        boolean manageApiGatewayAccountRole,
        Path lambdaJar) {

    /** Where the stack is deployed. */
    public enum Target {
        /** A real AWS account. */
        AWS,
        /** LocalStack on {@code http://localhost:4566}. */
        LOCALSTACK
    }

    /**
     * The cost and compliance tags.
     *
     * @param owner team that owns the stack
     * @param costCenter cost center billed for it
     * @param dataClassification classification of the data it holds
     */
    public record StackTags(String owner, String costCenter, String dataClassification) {}

    /** Suffixes that mean production: their data is retained when the stack is destroyed. */
    private static final Set<String> PRODUCTION_SUFFIXES = Set.of("prod", "production");

    /**
     * Lower-case letters, digits and hyphens, because the suffix ends up in S3 bucket names; at
     * most 24 characters so that the longest name,
     * {@code financial-data-access-logs-<suffix>-<8 hex digits>}, stays within S3's 63.
     */
    private static final Pattern SUFFIX = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,22}[a-z0-9])?");

    /** The longest suffix {@link #SUFFIX} admits. */
    static final int MAX_SUFFIX_LENGTH = 24;

    /** Used when neither context nor environment names a suffix. */
    static final String DEFAULT_SUFFIX = "dev";

    /**
     * Concurrent batches of the scan queue when no concurrency is reserved. Reservation is opt-in
     * ({@code -c reservedConcurrency=N}): Lambda keeps 100 executions of an account's limit
     * unreserved (all of them in an account whose limit is lower, as new accounts' 10), so a
     * reservation fails the first deploy in such an account; {@code scripts/deploy.sh} checks.
     */
    static final int DEFAULT_QUEUE_CONCURRENCY = 5;

    /** Checks the values that end up in resource names and in the function configuration. */
    public StackConfig {
        if (!SUFFIX.matcher(environmentSuffix).matches()) {
            throw new IllegalArgumentException(
                    "environmentSuffix '" + environmentSuffix + "' is not valid: use 1-24 lower-case letters,"
                            + " digits or inner hyphens (it becomes part of S3 bucket names)");
        }
        if (reservedConcurrency.isPresent() && reservedConcurrency.getAsInt() < 2) {
            throw new IllegalArgumentException(
                    "reservedConcurrency must be at least 2 (the SQS trigger's smallest maximum concurrency)," + " got "
                            + reservedConcurrency.getAsInt());
        }
    }

    /**
     * Reads the configuration of one synthesis.
     *
     * @param context the app's node, whose context holds the {@code -c} values
     * @param environment the process environment (for {@code ENVIRONMENT_SUFFIX} and
     *     {@code PII_SCANNER_LAMBDA_JAR})
     * @param workingDirectory the directory the app runs in, to find the Lambda jar from
     * @return the configuration
     * @throws IllegalArgumentException if a value is malformed
     */
    public static StackConfig from(Node context, Map<String, String> environment, Path workingDirectory) {
        String suffix = text(context, "environmentSuffix")
                .or(() -> Optional.ofNullable(environment.get("ENVIRONMENT_SUFFIX"))
                        .filter(s -> !s.isBlank()))
                .orElse(DEFAULT_SUFFIX);
        Target target = switch (text(context, "target").orElse("aws").toLowerCase(Locale.ROOT)) {
            case "aws" -> Target.AWS;
            case "localstack" -> Target.LOCALSTACK;
            default ->
                throw new IllegalArgumentException("target must be 'aws' or 'localstack', got '"
                        + text(context, "target").orElseThrow() + "'");
        };
        // An emulator keeps nothing worth retaining and needs no account-wide logging role.
        boolean real = target == Target.AWS;
        boolean retain = text(context, "retain")
                .map(v -> parseBoolean("retain", v))
                .orElse(real && PRODUCTION_SUFFIXES.contains(suffix));
        boolean accountRole = text(context, "apiGatewayAccountRole")
                .map(v -> parseBoolean("apiGatewayAccountRole", v))
                .orElse(real);
        StackTags tags = new StackTags(
                text(context, "owner").orElse("pii-scanner-team"),
                text(context, "costCenter").orElse("security-engineering"),
                text(context, "dataClassification").orElse("PCI-Confidential"));
        OptionalInt concurrency = text(context, "reservedConcurrency")
                .map(v -> OptionalInt.of(parseInt(v)))
                .orElse(OptionalInt.empty());
        Path jar = LambdaArtifact.locate(
                text(context, "lambdaJar").or(() -> Optional.ofNullable(environment.get(LambdaArtifact.ENV))),
                workingDirectory);
        return new StackConfig(
                suffix, target, retain, text(context, "alertEmail"), tags, concurrency, accountRole, jar);
    }

    /** Returns how many batches of the scan queue may run at once: never more than are reserved. */
    public int queueConcurrency() {
        return reservedConcurrency.orElse(DEFAULT_QUEUE_CONCURRENCY);
    }

    /** Returns the stack name, {@code TapStack<suffix>}. */
    public String stackName() {
        return "TapStack" + environmentSuffix;
    }

    private static Optional<String> text(Node context, String key) {
        Object value = context.tryGetContext(key);
        return Optional.ofNullable(value)
                .map(Object::toString)
                .map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    private static boolean parseBoolean(String key, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, got '" + value + "'");
        };
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("reservedConcurrency must be a number, got '" + value + "'", e);
        }
    }
}
