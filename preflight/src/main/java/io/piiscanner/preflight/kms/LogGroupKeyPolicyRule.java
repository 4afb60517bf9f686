package io.piiscanner.preflight.kms;

import io.piiscanner.preflight.iam.Statement;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.template.CfnValue;
import io.piiscanner.preflight.template.Intrinsics;
import io.piiscanner.preflight.template.Location;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Symbolic;
import io.piiscanner.preflight.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A KMS key that encrypts a CloudWatch Logs log group must let the regional CloudWatch Logs
 * service principal use it. Both seed failures: a key with no statement for CloudWatch Logs
 * (CDK's {@code kms.Key} default policy), and one granting the global {@code logs.amazonaws.com}
 * with too few actions. Either way the log group fails to create with "The specified KMS key does
 * not exist or is not allowed to be used with Arn ..." and the stack rolls back.
 */
public final class LogGroupKeyPolicyRule implements Rule {

    static final String DOC = "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html";
    private static final String LOG_GROUP_DOC =
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-loggroup.html";
    private static final String CONTEXT_KEY = "kms:EncryptionContext:aws:logs:arn";
    /** The calls CloudWatch Logs makes with the key; the documented policy grants them with wildcards. */
    private static final List<String> REQUIRED_ACTIONS = List.of(
            "kms:Encrypt",
            "kms:Decrypt",
            "kms:ReEncryptFrom",
            "kms:ReEncryptTo",
            "kms:GenerateDataKey",
            "kms:DescribeKey");

    private static final List<String> DATA_ACTIONS = List.of("kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey");
    /**
     * The most distinct encryption-context values compared with each log group's ARN. A key policy
     * (at most 32 KB) holds far fewer; the bound keeps a hostile template from costing their
     * product with the log groups.
     */
    private static final int MAX_PATTERNS = 256;
    /** Condition values quoted in a finding; the rest are counted. */
    private static final int SHOWN_PATTERNS = 5;

    private static final String DEPLOY_FAILS = "CloudWatch Logs checks the key when the log group is created: "
            + "creation fails with \"The specified KMS key does not exist or is not allowed to be used with Arn "
            + "'arn:aws:logs:...:log-group:...'\" and the stack rolls back after the key was created.";
    static final String FIX_STATEMENT = """
            # add to the key's KeyPolicy.Statement (the documented statement for CloudWatch Logs):
            - Sid: AllowCloudWatchLogs
              Effect: Allow
              Principal:
                Service: !Sub logs.${AWS::Region}.amazonaws.com
              Action:
                - kms:Encrypt*
                - kms:Decrypt*
                - kms:ReEncrypt*
                - kms:GenerateDataKey*
                - kms:Describe*
              Resource: '*'
              Condition:
                ArnLike:
                  kms:EncryptionContext:aws:logs:arn: !Sub arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*""";

    @Override
    public String id() {
        return "logs-kms-key-policy";
    }

    @Override
    public String title() {
        return "KMS keys of log groups let logs.<region>.amazonaws.com use them";
    }

    @Override
    public String description() {
        return "A log group's KMS key policy must allow the regional CloudWatch Logs principal "
                + "(logs.<region>.amazonaws.com) Encrypt, Decrypt, ReEncrypt*, GenerateDataKey* and DescribeKey, "
                + "limited by the kms:EncryptionContext:aws:logs:arn condition; otherwise creating the log group "
                + "fails and the stack rolls back.";
    }

    @Override
    public List<Finding> check(Template template) {
        List<Finding> out = new ArrayList<>();
        Map<Resource, List<Resource>> logGroupsByKey = new LinkedHashMap<>();
        template.resourcesOfType("AWS::Logs::LogGroup").forEach(logGroup -> {
            for (CfnValue value : Intrinsics.alternatives(logGroup.property("KmsKeyId"))) {
                KeyReference ref = KeyReference.resolve(value, template);
                if (ref.key() == null) {
                    out.add(cannotVerify(logGroup, ref.outside()));
                    continue;
                }
                if (ref.keyIdOnly()) {
                    out.add(keyIdNotArn(logGroup, ref.key(), value.location()));
                }
                logGroupsByKey
                        .computeIfAbsent(ref.key(), k -> new ArrayList<>())
                        .add(logGroup);
            }
        });
        logGroupsByKey.forEach((key, logGroups) -> checkKey(key, logGroups, out));
        return out;
    }

    private void checkKey(Resource key, List<Resource> logGroups, List<Finding> out) {
        String groups = logGroups.stream()
                .map(r -> "`" + r.logicalId() + "`")
                .distinct()
                .collect(Collectors.joining(", "));
        CfnValue policy = key.property("KeyPolicy");
        if (policy == null) {
            out.add(Finding.of(this, Impact.CRITICAL, key)
                    .key("KeyPolicy")
                    .problem("Key `" + key.logicalId() + "` encrypts log group(s) " + groups + " but has no KeyPolicy: "
                            + "the default key policy grants only the account, not CloudWatch Logs.")
                    .consequence(DEPLOY_FAILS)
                    .fix(FIX_STATEMENT)
                    .doc(DOC)
                    .build());
            return;
        }
        if (policy.asMap() == null) {
            out.add(Finding.of(this, Impact.MEDIUM, key)
                    .at(policy.location())
                    .key("KeyPolicy")
                    .problem("The KeyPolicy of `" + key.logicalId() + "` (used by " + groups + ") is computed, so "
                            + "the template does not show whether CloudWatch Logs may use the key.")
                    .consequence("If the policy lacks the CloudWatch Logs statement, " + lower(DEPLOY_FAILS))
                    .fix(FIX_STATEMENT)
                    .doc(DOC)
                    .build());
            return;
        }
        Location at = key.propertyLocation("KeyPolicy");
        List<Statement> regional = new ArrayList<>();
        boolean unknownPrincipal = false;
        boolean globalPrincipal = false;
        for (Statement s : Statement.of(policy)) {
            if (!s.allow()) {
                continue;
            }
            for (CfnValue service : s.principal("Service")) {
                LogsPrincipal kind = LogsPrincipal.of(Symbolic.of(service));
                if (kind == LogsPrincipal.GLOBAL) {
                    globalPrincipal = true;
                    out.add(globalPrincipal(key, groups, service.location()));
                } else if (kind == LogsPrincipal.REGIONAL) {
                    regional.add(s);
                } else if (kind == LogsPrincipal.UNKNOWN) {
                    unknownPrincipal = true;
                }
            }
        }
        if (regional.isEmpty()) {
            if (unknownPrincipal) {
                out.add(Finding.of(this, Impact.MEDIUM, key)
                        .at(at)
                        .key("Principal")
                        .problem("A service principal in the KeyPolicy of `" + key.logicalId() + "` is computed; "
                                + "the template does not show that it is logs.<region>.amazonaws.com.")
                        .consequence("If it is not, " + lower(DEPLOY_FAILS))
                        .fix(FIX_STATEMENT)
                        .doc(DOC)
                        .build());
            } else if (!globalPrincipal) {
                out.add(Finding.of(this, Impact.CRITICAL, key)
                        .at(at)
                        .key("Principal.Service")
                        .problem("The KeyPolicy of `" + key.logicalId() + "` has no statement for the CloudWatch Logs "
                                + "service principal, yet the key encrypts log group(s) " + groups + ".")
                        .consequence(DEPLOY_FAILS)
                        .fix(FIX_STATEMENT)
                        .doc(DOC)
                        .build());
            }
            return;
        }
        List<String> missing = REQUIRED_ACTIONS.stream()
                .filter(a -> regional.stream().noneMatch(s -> s.covers(a)))
                .toList();
        if (!missing.isEmpty()) {
            out.add(Finding.of(this, Impact.CRITICAL, key)
                    .at(regional.get(0).location())
                    .key("Action")
                    .problem("The CloudWatch Logs statement of `" + key.logicalId() + "` does not allow "
                            + String.join(", ", missing) + ".")
                    .consequence(DEPLOY_FAILS)
                    .fix(FIX_STATEMENT)
                    .doc(DOC)
                    .build());
        }
        checkEncryptionContext(key, logGroups, groups, regional, out);
    }

    private void checkEncryptionContext(
            Resource key, List<Resource> logGroups, String groups, List<Statement> regional, List<Finding> out) {
        Map<Pattern, Location> patterns = new LinkedHashMap<>();
        boolean unconditioned = false;
        for (Statement s : regional) {
            if (DATA_ACTIONS.stream().noneMatch(s::covers)) {
                continue;
            }
            Map<String, List<CfnValue>> conditions = s.conditionValues(CONTEXT_KEY);
            conditions.keySet().removeIf(op -> op.toLowerCase(Locale.ROOT).contains("not"));
            if (conditions.isEmpty()) {
                unconditioned = true;
                out.add(Finding.of(this, Impact.HIGH, key)
                        .at(s.location())
                        .key("Condition")
                        .problem("The CloudWatch Logs statement of `" + key.logicalId() + "` has no " + CONTEXT_KEY
                                + " condition.")
                        .consequence("It deploys, but any log group in any account can have CloudWatch Logs use "
                                + "this key (confused deputy); reviewers expect the key limited to this account's "
                                + "log groups, as the CloudWatch Logs documentation shows (PCI DSS 3.6, 7.2).")
                        .fix(FIX_STATEMENT)
                        .doc(DOC)
                        .build());
                continue;
            }
            conditions.forEach((operator, values) -> values.forEach(
                    v -> patterns.putIfAbsent(new Pattern(Symbolic.of(v), wildcards(operator)), s.location())));
        }
        if (unconditioned || patterns.isEmpty()) {
            // A statement without the condition already lets CloudWatch Logs use the key for every log group.
            return;
        }
        if (patterns.size() > MAX_PATTERNS) {
            out.add(Finding.of(this, Impact.MEDIUM, key)
                    .at(patterns.values().iterator().next())
                    .key("Condition")
                    .problem("The CloudWatch Logs statements of `" + key.logicalId() + "` have " + patterns.size()
                            + " different " + CONTEXT_KEY + " values; more than " + MAX_PATTERNS
                            + " are not compared with the ARNs of " + groups + ".")
                    .consequence("If none matches a log group's ARN, " + lower(DEPLOY_FAILS))
                    .fix(FIX_STATEMENT)
                    .doc(DOC)
                    .build());
            return;
        }
        for (Resource logGroup : logGroups) {
            Symbolic arn = logGroupArn(logGroup);
            if (patterns.keySet().stream().noneMatch(p -> ArnMatcher.mayMatch(p.value(), p.wildcards(), arn))) {
                out.add(cannotMatch(key, logGroup, arn, patterns));
            }
        }
    }

    /** A log group whose ARN none of the key's encryption-context conditions can match. */
    private Finding cannotMatch(Resource key, Resource logGroup, Symbolic arn, Map<Pattern, Location> patterns) {
        List<String> shown = patterns.keySet().stream()
                .map(p -> "`" + p.value().render() + "`")
                .distinct()
                .toList();
        String listed = shown.size() <= SHOWN_PATTERNS
                ? String.join(", ", shown)
                : String.join(", ", shown.subList(0, SHOWN_PATTERNS)) + " and " + (shown.size() - SHOWN_PATTERNS)
                        + " more";
        return Finding.of(this, Impact.CRITICAL, key)
                .at(patterns.values().iterator().next())
                .key("Condition[" + logGroup.logicalId() + "]")
                .problem("The " + CONTEXT_KEY + " condition of `" + key.logicalId() + "` (" + listed
                        + ") cannot match the ARN of log group `" + logGroup.logicalId() + "` (`" + arn.render()
                        + "`).")
                .consequence(DEPLOY_FAILS)
                .fix(FIX_STATEMENT)
                .doc(DOC)
                .build();
    }

    /** An encryption-context condition value, and whether its operator takes {@code *} and {@code ?} as wildcards. */
    private record Pattern(Symbolic value, boolean wildcards) {}

    private static boolean wildcards(String operator) {
        String op = operator.replaceFirst("^For(Any|All)Value:", "").replaceFirst("IfExists$", "");
        return !op.equalsIgnoreCase("StringEquals") && !op.equalsIgnoreCase("StringEqualsIgnoreCase");
    }

    /** The log group's ARN as CloudWatch Logs puts it in the encryption context. */
    private static Symbolic logGroupArn(Resource logGroup) {
        List<Symbolic.Piece> parts = new ArrayList<>(List.of(
                new Symbolic.Text("arn:"),
                new Symbolic.Pseudo("AWS::Partition"),
                new Symbolic.Text(":logs:"),
                new Symbolic.Pseudo("AWS::Region"),
                new Symbolic.Text(":"),
                new Symbolic.Pseudo("AWS::AccountId"),
                new Symbolic.Text(":log-group:")));
        CfnValue name = logGroup.property("LogGroupName");
        if (name == null || Intrinsics.alternatives(name).size() != 1) {
            // CloudFormation generates the name, or a condition chooses it.
            parts.add(new Symbolic.Unknown());
        } else {
            parts.addAll(Symbolic.of(name).parts());
        }
        return new Symbolic(parts);
    }

    private Finding globalPrincipal(Resource key, String groups, Location at) {
        return Finding.of(this, Impact.CRITICAL, key)
                .at(at)
                .key("Principal.Service")
                .problem("The KeyPolicy of `" + key.logicalId() + "` grants the global `logs.amazonaws.com`; "
                        + "CloudWatch Logs uses its regional principal `logs.<region>.amazonaws.com` with KMS, so "
                        + "log group(s) " + groups + " cannot use the key.")
                .consequence(DEPLOY_FAILS)
                .fix(FIX_STATEMENT)
                .doc(DOC)
                .build();
    }

    private Finding keyIdNotArn(Resource logGroup, Resource key, Location at) {
        return Finding.of(this, Impact.CRITICAL, logGroup)
                .at(at)
                .key("Properties.KmsKeyId")
                .problem("KmsKeyId of `" + logGroup.logicalId() + "` gives the key id of `" + key.logicalId()
                        + "` (Ref or GetAtt KeyId); CloudWatch Logs needs the key ARN.")
                .consequence("Creating the log group fails with an invalid KMS key ARN and the stack rolls back.")
                .fix("KmsKeyId: !GetAtt " + key.logicalId() + ".Arn")
                .doc(LOG_GROUP_DOC)
                .build();
    }

    private Finding cannotVerify(Resource logGroup, String how) {
        return Finding.of(this, Impact.MEDIUM, logGroup)
                .at(logGroup.propertyLocation("KmsKeyId"))
                .key("Properties.KmsKeyId")
                .problem("KmsKeyId of `" + logGroup.logicalId() + "` is " + how + ": the key is not in this template, "
                        + "so its policy cannot be verified.")
                .consequence(
                        "If that key's policy does not let logs.<region>.amazonaws.com use it, " + lower(DEPLOY_FAILS))
                .fix("# make sure the key's policy has this statement:\n" + FIX_STATEMENT)
                .doc(DOC)
                .build();
    }

    private static String lower(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
