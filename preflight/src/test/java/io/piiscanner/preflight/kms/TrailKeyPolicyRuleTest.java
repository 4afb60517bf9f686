package io.piiscanner.preflight.kms;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.preflight.Checks;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailKeyPolicyRuleTest {

    private final TrailKeyPolicyRule rule = new TrailKeyPolicyRule();

    private static final String ROOT = """
            - Effect: Allow
              Principal: {AWS: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root'}
              Action: kms:*
              Resource: '*'""";

    private static final String CLOUDTRAIL = """
            - Effect: Allow
              Principal: {Service: cloudtrail.amazonaws.com}
              Action: kms:GenerateDataKey*
              Resource: '*'
              Condition:
                StringLike: {kms:EncryptionContext:aws:cloudtrail:arn: !Sub 'arn:${AWS::Partition}:cloudtrail:*:${AWS::AccountId}:trail/*'}
            - Effect: Allow
              Principal: {Service: cloudtrail.amazonaws.com}
              Action: kms:DescribeKey
              Resource: '*'""";

    private static String template(String keyProperties) {
        return """
                Resources:
                  Key:
                    Type: AWS::KMS::Key
                %s
                  Trail:
                    Type: AWS::CloudTrail::Trail
                    Properties:
                      IsLogging: true
                      S3BucketName: trail-bucket
                      KMSKeyId: !GetAtt Key.Arn
                """.formatted(keyProperties.indent(4).stripTrailing());
    }

    private static String policy(String statements) {
        return "Properties:\n  KeyPolicy:\n    Statement:\n"
                + statements.indent(6).stripTrailing();
    }

    @Test
    void aKeyWhosePolicyGrantsOnlyTheAccountStopsTheTrail() {
        List<Finding> findings = Checks.run(rule, template(policy(ROOT)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.impact()).isEqualTo(Impact.CRITICAL);
            assertThat(f.resourceId()).isEqualTo("Key");
            assertThat(f.problem()).contains("kms:GenerateDataKey or kms:DescribeKey");
            assertThat(f.consequence()).contains("InsufficientEncryptionPolicyException");
        });
    }

    @Test
    void theDefaultKeyPolicyStopsTheTrailToo() {
        assertThat(Checks.run(rule, template("Properties: {Description: no policy}")))
                .singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("default policy"));
    }

    @Test
    void withoutDescribeKeyTheTrailIsStillRefused() {
        String generateOnly =
                CLOUDTRAIL.substring(0, CLOUDTRAIL.lastIndexOf("- Effect")).stripTrailing();
        assertThat(Checks.run(rule, template(policy(ROOT + "\n" + generateOnly))))
                .singleElement()
                .satisfies(f -> assertThat(f.problem()).endsWith("use kms:DescribeKey."));
    }

    /** A regional principal such as CloudWatch Logs' is computed, yet plainly not CloudTrail. */
    @Test
    void aGrantToAnotherServiceWithAComputedPrincipalDoesNotCount() {
        String logs = """
                - Effect: Allow
                  Principal: {Service: !Sub 'logs.${AWS::Region}.amazonaws.com'}
                  Action: [kms:GenerateDataKey*, kms:DescribeKey]
                  Resource: '*'""";
        assertThat(Checks.run(rule, template(policy(ROOT + "\n" + logs)))).hasSize(1);
        String computed = logs.replace("logs.${AWS::Region}.amazonaws.com", "${Service}.${AWS::URLSuffix}");
        assertThat(Checks.run(rule, template(policy(ROOT + "\n" + computed)))).isEmpty();
        String trailWithSuffix = logs.replace("logs.${AWS::Region}.amazonaws.com", "cloudtrail.${AWS::URLSuffix}");
        assertThat(Checks.run(rule, template(policy(ROOT + "\n" + trailWithSuffix))))
                .isEmpty();
    }

    @Test
    void theDocumentedStatementsPass() {
        assertThat(Checks.run(rule, template(policy(ROOT + "\n" + CLOUDTRAIL)))).isEmpty();
    }
}
