package io.piiscanner.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.wafv2.CfnLoggingConfiguration;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
import software.constructs.Construct;

/**
 * The WAFv2 web ACL in front of the API (PCI DSS 6.4.2: automated protection of public web
 * applications): AWS's core rule set and known-bad-inputs rule group, and a rate limit per
 * client address. Its logs go to an encrypted log group, with the headers that carry
 * credentials and the query string (object keys can hold personal data) redacted.
 *
 * <p>The rules that inspect request bodies count instead of blocking: a {@code POST /scan} body
 * is a document to scan for personal data, and log lines, markup or a JNDI string in it are data,
 * not an attack (the function only parses it as JSON); the core rule set's 8 KB body limit would
 * also refuse most of the 256 KB that the API accepts.
 */
public final class ApiFirewall extends Construct {

    /** Requests one client address may send in five minutes: one API key's usage-plan rate. */
    public static final int RATE_LIMIT_PER_ADDRESS = ScanApi.RATE_LIMIT * 300;

    /** AWS's core rule set, with its body rules counting. */
    static final String CORE_RULE_SET = "AWSManagedRulesCommonRuleSet";

    /** AWS's known-bad-inputs rule group, with its body rules counting. */
    static final String KNOWN_BAD_INPUTS = "AWSManagedRulesKnownBadInputsRuleSet";

    static final List<String> CORE_BODY_RULES = List.of(
            "SizeRestrictions_BODY",
            "EC2MetaDataSSRF_BODY",
            "GenericLFI_BODY",
            "GenericRFI_BODY",
            "CrossSiteScripting_BODY");

    static final List<String> KNOWN_BAD_BODY_RULES = List.of("JavaDeserializationRCE_BODY", "Log4JRCE_BODY");

    private final CfnWebACL webAcl;

    /**
     * Creates the web ACL, attaches it to the API's stage and logs it.
     *
     * @param scope the stack
     * @param id construct id
     * @param base the names, key and removal behaviour of the stack
     * @param api the REST API
     */
    public ApiFirewall(Construct scope, String id, Foundation base, RestApi api) {
        super(scope, id);
        ResourceNames names = base.names();
        IKey key = base.key();
        Removal removal = base.removal();
        webAcl = CfnWebACL.Builder.create(this, "WebAcl")
                .name(names.webAcl())
                .description("pii-scanner API: managed rule groups and a rate limit per address")
                .scope("REGIONAL")
                .defaultAction(CfnWebACL.DefaultActionProperty.builder()
                        .allow(CfnWebACL.AllowActionProperty.builder().build())
                        .build())
                .visibilityConfig(visibility(names.webAcl()))
                .rules(List.of(
                        managedRuleGroup(0, CORE_RULE_SET, CORE_BODY_RULES),
                        managedRuleGroup(1, KNOWN_BAD_INPUTS, KNOWN_BAD_BODY_RULES),
                        rateLimit(2)))
                .build();
        CfnWebACLAssociation association = CfnWebACLAssociation.Builder.create(this, "Association")
                .resourceArn(api.getDeploymentStage().getStageArn())
                .webAclArn(webAcl.getAttrArn())
                .build();
        // The stage ARN is written from the API id and the stage name: without this dependency
        // CloudFormation may attach the ACL before the stage exists, and the association fails.
        association.getNode().addDependency(api.getDeploymentStage());

        LogGroup logs = EncryptedLogGroups.create(this, "LogGroup", names.webAclLogGroup(), key, removal.policy());
        CfnLoggingConfiguration.Builder.create(this, "Logging")
                .resourceArn(webAcl.getAttrArn())
                // WAF wants the log group's ARN without the ":*" that CloudFormation's Arn attribute ends with.
                .logDestinationConfigs(List.of(Stack.of(this)
                        .formatArn(ArnComponents.builder()
                                .service("logs")
                                .resource("log-group")
                                .resourceName(logs.getLogGroupName())
                                .arnFormat(ArnFormat.COLON_RESOURCE_NAME)
                                .build())))
                .redactedFields(List.of(
                        redacted("authorization"),
                        redacted("x-api-key"),
                        redacted("x-amz-security-token"),
                        CfnLoggingConfiguration.FieldToMatchProperty.builder()
                                .queryString(Map.of())
                                .build()))
                .build();
    }

    /** Returns the web ACL. */
    public CfnWebACL webAcl() {
        return webAcl;
    }

    private static CfnWebACL.RuleProperty managedRuleGroup(int priority, String name, List<String> countOnly) {
        return CfnWebACL.RuleProperty.builder()
                .name(name)
                .priority(priority)
                .overrideAction(CfnWebACL.OverrideActionProperty.builder()
                        .none(Map.of())
                        .build())
                .statement(CfnWebACL.StatementProperty.builder()
                        .managedRuleGroupStatement(CfnWebACL.ManagedRuleGroupStatementProperty.builder()
                                .vendorName("AWS")
                                .name(name)
                                .ruleActionOverrides(countOnly.stream()
                                        .map(rule -> CfnWebACL.RuleActionOverrideProperty.builder()
                                                .name(rule)
                                                .actionToUse(CfnWebACL.RuleActionProperty.builder()
                                                        .count(CfnWebACL.CountActionProperty.builder()
                                                                .build())
                                                        .build())
                                                .build())
                                        .toList())
                                .build())
                        .build())
                .visibilityConfig(visibility(name))
                .build();
    }

    private static CfnWebACL.RuleProperty rateLimit(int priority) {
        return CfnWebACL.RuleProperty.builder()
                .name("RateLimitPerAddress")
                .priority(priority)
                .action(CfnWebACL.RuleActionProperty.builder()
                        .block(CfnWebACL.BlockActionProperty.builder().build())
                        .build())
                .statement(CfnWebACL.StatementProperty.builder()
                        .rateBasedStatement(CfnWebACL.RateBasedStatementProperty.builder()
                                .aggregateKeyType("IP")
                                .limit(RATE_LIMIT_PER_ADDRESS)
                                .build())
                        .build())
                .visibilityConfig(visibility("RateLimitPerAddress"))
                .build();
    }

    private static CfnWebACL.VisibilityConfigProperty visibility(String metricName) {
        return CfnWebACL.VisibilityConfigProperty.builder()
                .cloudWatchMetricsEnabled(true)
                .metricName(metricName)
                .sampledRequestsEnabled(true)
                .build();
    }

    private static CfnLoggingConfiguration.FieldToMatchProperty redacted(String header) {
        return CfnLoggingConfiguration.FieldToMatchProperty.builder()
                .singleHeader(Map.of("Name", header))
                .build();
    }
}
