package io.piiscanner.preflight.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdklabs.cdknag.NagPackProps;
import io.piiscanner.preflight.Preflight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.services.apigateway.CfnStage;
import software.amazon.awscdk.services.ec2.CfnSecurityGroup;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LambdaRuntimeProps;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.RuntimeFamily;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.sns.Topic;

/**
 * Small CDK stacks reproducing each failure class, and a fixed stack, synthesized once with the
 * pack applied; the annotations cdk-nag records are what a CDK user sees at synth.
 */
class PreflightChecksTest {

    private static Stack keyWithoutLogsStatement;
    private static Stack globalLogsPrincipal;
    private static Stack unknownProperty;
    private static Stack oldRuntime;
    private static Stack pciGaps;
    private static Stack fixed;

    @BeforeAll
    static void synthesizeOnce() throws Exception {
        App app = App.Builder.create()
                .outdir(Files.createTempDirectory("preflight-cdk").toString())
                .build();
        Preflight preflight = Preflight.standard(LocalDate.of(2026, 11, 23));
        Aspects.of(app)
                .add(new PreflightChecks(NagPackProps.builder().verbose(true).build(), preflight));

        // The first design document: CDK's kms.Key default policy, used by a log group.
        keyWithoutLogsStatement = new Stack(app, "KeyWithoutLogsStatement");
        Key key = Key.Builder.create(keyWithoutLogsStatement, "EncryptionKey")
                .enableKeyRotation(true)
                .build();
        LogGroup.Builder.create(keyWithoutLogsStatement, "Logs")
                .encryptionKey(key)
                .retention(RetentionDays.ONE_YEAR)
                .build();

        // The second: the global logs.amazonaws.com principal.
        globalLogsPrincipal = new Stack(app, "GlobalLogsPrincipal");
        Key globalKey = Key.Builder.create(globalLogsPrincipal, "DataKey")
                .enableKeyRotation(true)
                .build();
        globalKey.addToResourcePolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .principals(List.of(new ServicePrincipal("logs.amazonaws.com")))
                .actions(List.of("kms:Decrypt", "kms:GenerateDataKey", "kms:CreateGrant"))
                .resources(List.of("*"))
                .build());
        LogGroup.Builder.create(globalLogsPrincipal, "FlowLogs")
                .encryptionKey(globalKey)
                .retention(RetentionDays.ONE_YEAR)
                .build();

        // A property that does not exist, as an escape hatch would write it.
        unknownProperty = new Stack(app, "UnknownProperty");
        CfnResource.Builder.create(unknownProperty, "Bucket")
                .type("AWS::S3::Bucket")
                .properties(Map.of("Versioning", Map.of("Status", "Enabled")))
                .build();

        oldRuntime = new Stack(app, "OldRuntime");
        Function.Builder.create(oldRuntime, "Handler")
                .runtime(new Runtime(
                        "python3.9",
                        RuntimeFamily.PYTHON,
                        LambdaRuntimeProps.builder().supportsInlineCode(true).build()))
                .handler("index.handler")
                .code(Code.fromInline("def handler(event, context):\n    return event\n"))
                .build();

        pciGaps = new Stack(app, "PciGaps");
        Bucket.Builder.create(pciGaps, "Data")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.KMS_MANAGED)
                .build();
        new Topic(pciGaps, "Alerts");
        // L1s keep the test fast: a VPC or a RestApi would add dozens of resources to synthesize.
        CfnSecurityGroup.Builder.create(pciGaps, "Open")
                .groupDescription("no egress rules: EC2 allows all")
                .build();
        CfnStage.Builder.create(pciGaps, "Stage")
                .restApiId("api1234")
                .stageName("prod")
                .methodSettings(List.of(CfnStage.MethodSettingProperty.builder()
                        .resourcePath("/*")
                        .httpMethod("*")
                        .dataTraceEnabled(true)
                        .build()))
                .build();

        fixed = new Stack(app, "Fixed");
        Key fixedKey = Key.Builder.create(fixed, "EncryptionKey")
                .enableKeyRotation(true)
                .build();
        fixedKey.addToResourcePolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .principals(List.of(new ServicePrincipal("logs." + Aws.REGION + ".amazonaws.com")))
                .actions(List.of(
                        "kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"))
                .resources(List.of("*"))
                .conditions(Map.of(
                        "ArnLike",
                        Map.of(
                                "kms:EncryptionContext:aws:logs:arn",
                                "arn:" + Aws.PARTITION + ":logs:" + Aws.REGION + ":" + Aws.ACCOUNT_ID
                                        + ":log-group:*")))
                .build());
        LogGroup.Builder.create(fixed, "Logs")
                .encryptionKey(fixedKey)
                .retention(RetentionDays.ONE_YEAR)
                .build();
        Bucket.Builder.create(fixed, "Data")
                .encryptionKey(fixedKey)
                .encryption(BucketEncryption.KMS)
                .enforceSsl(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .build();

        app.synth();
    }

    private static List<String> errors(Stack stack) {
        return messages(Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("Preflight-.*")));
    }

    /**
     * The messages as {@code path rule[finding]: text}. The assertions API types them as
     * cxapi.SynthesisMessage, which is deprecated without a successor there.
     */
    @SuppressWarnings("deprecation")
    private static List<String> messages(List<software.amazon.awscdk.cxapi.SynthesisMessage> found) {
        return found.stream().map(m -> m.getId() + " " + m.getEntry().getData()).toList();
    }

    @Test
    void aKeyWithoutACloudWatchLogsStatementIsAnError() {
        assertThat(errors(keyWithoutLogsStatement))
                .singleElement()
                .asString()
                .startsWith(
                        "/KeyWithoutLogsStatement/EncryptionKey/Resource Preflight-logs-kms-key-policy[Principal.Service]:")
                .contains(
                        "no statement for the CloudWatch Logs service principal", "logs.${AWS::Region}.amazonaws.com");
    }

    @Test
    void theGlobalLogsPrincipalIsAnError() {
        assertThat(errors(globalLogsPrincipal))
                .singleElement()
                .asString()
                .contains("Preflight-logs-kms-key-policy[Principal.Service]", "global `logs.amazonaws.com`");
    }

    @Test
    void aPropertyTheTypeDoesNotHaveIsAnError() {
        assertThat(errors(unknownProperty))
                .filteredOn(m -> m.contains("Preflight-resource-schema"))
                .singleElement()
                .asString()
                .contains("Preflight-resource-schema[Properties.Versioning]", "did you mean `VersioningConfiguration`");
    }

    @Test
    void aBlockedRuntimeIsAnError() {
        assertThat(errors(oldRuntime))
                .anySatisfy(m -> assertThat(m)
                        .contains(
                                "/OldRuntime/Handler/Resource Preflight-lambda-runtime[Properties.Runtime]",
                                "python3.9"));
    }

    @Test
    void pciGapsAreErrors() {
        assertThat(errors(pciGaps))
                .anySatisfy(m -> assertThat(m)
                        .contains(
                                "/PciGaps/Data/Resource",
                                "Preflight-bucket-tls-only[BucketPolicy.aws:SecureTransport]"))
                .anySatisfy(m -> assertThat(m)
                        .contains(
                                "/PciGaps/Alerts/Resource", "Preflight-encryption-at-rest[Properties.KmsMasterKeyId]"))
                .anySatisfy(m -> assertThat(m)
                        .contains("/PciGaps/Open", "Preflight-open-security-group[Properties.SecurityGroupEgress]"))
                .anySatisfy(m -> assertThat(m)
                        .contains(
                                "/PciGaps/Stage",
                                "Preflight-api-data-trace[Properties.MethodSettings[0].DataTraceEnabled]"));
    }

    @Test
    void theFixedStackHasNoFindingsAtAll() {
        Annotations annotations = Annotations.fromStack(fixed);
        assertThat(messages(annotations.findError("*", Match.stringLikeRegexp("Preflight-.*"))))
                .isEmpty();
        assertThat(messages(annotations.findWarning("*", Match.stringLikeRegexp("Preflight-.*"))))
                .isEmpty();
        assertThat(messages(annotations.findInfo("*", Match.stringLikeRegexp("Preflight-.*"))))
                .isEmpty();
    }

    @Test
    void theSynthesizedTemplatesAgreeWithTheConstructTree() throws Exception {
        // The same rules over the written template (what `pii-scanner check` reads) find the same.
        Path template = Path.of(app(fixed).getOutdir(), fixed.getTemplateFile());
        assertThat(Preflight.standard(LocalDate.of(2026, 11, 23)).check(Files.readString(template)))
                .isEmpty();
        Path broken = Path.of(app(keyWithoutLogsStatement).getOutdir(), keyWithoutLogsStatement.getTemplateFile());
        assertThat(Preflight.standard(LocalDate.of(2026, 11, 23)).check(Files.readString(broken)))
                .extracting(f -> f.ruleId() + "[" + f.key() + "]")
                .containsExactly("logs-kms-key-policy[Principal.Service]");
    }

    private static App app(Stack stack) {
        return (App) stack.getNode().getRoot();
    }
}
