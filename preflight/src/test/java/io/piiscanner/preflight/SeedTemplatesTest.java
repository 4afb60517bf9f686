package io.piiscanner.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two stacks of the design documents: each failure reproduced as a template, and the fixed
 * twin that must come out with no findings at all.
 */
class SeedTemplatesTest {

    @Test
    void cdkStackWithDefaultKeyPolicyAndVersioningFailsTwice() {
        List<Finding> findings = Checks.all(Checks.fixture("seed1-cdk-synth.json"));

        assertThat(findings)
                .extracting(Finding::ruleId, Finding::impact, Finding::resourceId, Finding::key)
                .containsExactlyInAnyOrder(
                        tuple(
                                "logs-kms-key-policy",
                                Impact.CRITICAL,
                                "EncryptionKeysynthojozm1F2A4B0C",
                                "Principal.Service"),
                        tuple(
                                "resource-schema",
                                Impact.CRITICAL,
                                "DataBucketsynthojozmE3C8F1A2",
                                "Properties.Versioning"));
        Finding versioning = Checks.ofRule(findings, "resource-schema").get(0);
        assertThat(versioning.problem()).contains("did you mean `VersioningConfiguration`");
        assertThat(versioning.fix()).contains("VersioningConfiguration:\n  Status: <String>");
        assertThat(versioning.location().line()).isEqualTo(32);
        assertThat(versioning.docUrl()).endsWith("/aws-resource-s3-bucket.html");
        Finding key = Checks.ofRule(findings, "logs-kms-key-policy").get(0);
        assertThat(key.problem()).contains("`PiiScannerLogGroup5B1D9F7E`");
        assertThat(key.consequence()).contains("is not allowed to be used with Arn");
        assertThat(key.fix()).contains("logs.${AWS::Region}.amazonaws.com", "kms:EncryptionContext:aws:logs:arn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed2-handwritten.json", "seed2-handwritten.yaml"})
    void handWrittenStackWithGlobalLogsPrincipalFails(String fixture) {
        List<Finding> findings = Checks.all(Checks.fixture(fixture));

        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.ruleId()).isEqualTo("logs-kms-key-policy");
        assertThat(f.impact()).isEqualTo(Impact.CRITICAL);
        assertThat(f.resourceId()).isEqualTo("DataKey");
        assertThat(f.problem()).contains("global `logs.amazonaws.com`", "`FlowLogsGroup`");
        assertThat(f.location().known()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"seed1-cdk-synth-fixed.json", "seed2-handwritten-fixed.json", "seed2-handwritten-fixed.yaml"})
    void fixedTwinsAreClean(String fixture) {
        assertThat(Checks.all(Checks.fixture(fixture))).isEmpty();
    }
}
