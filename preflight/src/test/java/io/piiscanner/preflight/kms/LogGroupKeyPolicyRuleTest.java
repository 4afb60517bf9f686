package io.piiscanner.preflight.kms;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.preflight.Checks;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogGroupKeyPolicyRuleTest {

    private final LogGroupKeyPolicyRule rule = new LogGroupKeyPolicyRule();

    /** A key with the given statements (YAML list items at 10 spaces) and a log group using it. */
    private static String template(String statements, String kmsKeyId, String logGroupName) {
        return """
                Parameters:
                  KeyArn: {Type: String}
                Resources:
                  Key:
                    Type: AWS::KMS::Key
                    Properties:
                      KeyPolicy:
                        Statement:
                %s
                  Logs:
                    Type: AWS::Logs::LogGroup
                    Properties:
                      LogGroupName: %s
                      KmsKeyId: %s
                """.formatted(statements.indent(10).stripTrailing(), logGroupName, kmsKeyId);
    }

    private static final String ROOT = """
            - Effect: Allow
              Principal: {AWS: !Sub 'arn:aws:iam::${AWS::AccountId}:root'}
              Action: kms:*
              Resource: '*'""";

    private static String logsStatement(String principal, String actions, String condition) {
        return """
                - Effect: Allow
                  Principal: {Service: %s}
                  Action: %s
                  Resource: '*'
                %s""".formatted(principal, actions, condition);
    }

    private static final String ALL_ACTIONS =
            "[kms:Encrypt*, kms:Decrypt*, kms:ReEncrypt*, kms:GenerateDataKey*, kms:Describe*]";
    private static final String CONTEXT =
            condition("ArnLike", "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*");

    /** A Condition block (indented as a statement key) on the CloudWatch Logs encryption context. */
    private static String condition(String operator, String pattern) {
        return "  Condition:\n    " + operator + ":\n      kms:EncryptionContext:aws:logs:arn: !Sub '" + pattern + "'";
    }

    private List<Finding> check(String statements, String kmsKeyId) {
        return Checks.run(rule, template(statements, kmsKeyId, "/app/logs"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "!GetAtt Key.Arn",
                "!Sub '${Key.Arn}'",
                "!Sub 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/${Key}'",
                "!Join ['', ['arn:aws:kms:', !Ref 'AWS::Region', ':', !Ref 'AWS::AccountId', ':key/', !Ref Key]]"
            })
    void theDocumentedStatementPassesHoweverTheKeyIsNamed(String kmsKeyId) {
        String statements =
                ROOT + "\n" + logsStatement("!Sub 'logs.${AWS::Region}.amazonaws.com'", ALL_ACTIONS, CONTEXT);
        assertThat(check(statements, kmsKeyId)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "!GetAtt Key.Arn",
                "!Sub '${Key.Arn}'",
                "!Join ['', ['arn:aws:kms:', !Ref 'AWS::Region', ':', !Ref 'AWS::AccountId', ':key/', !Ref Key]]"
            })
    void aKeyWithoutALogsStatementIsCriticalHoweverItIsNamed(String kmsKeyId) {
        assertThat(check(ROOT, kmsKeyId)).singleElement().satisfies(f -> {
            assertThat(f.impact()).isEqualTo(Impact.CRITICAL);
            assertThat(f.key()).isEqualTo("Principal.Service");
            assertThat(f.resourceId()).isEqualTo("Key");
        });
    }

    @Test
    void theGlobalPrincipalIsCritical() {
        String statements = ROOT + "\n" + logsStatement("[s3.amazonaws.com, logs.amazonaws.com]", ALL_ACTIONS, CONTEXT);
        assertThat(check(statements, "!GetAtt Key.Arn")).singleElement().satisfies(f -> {
            assertThat(f.impact()).isEqualTo(Impact.CRITICAL);
            assertThat(f.problem()).contains("global `logs.amazonaws.com`");
            assertThat(f.location().line()).isEqualTo(14);
        });
    }

    @Test
    void cdkStyleJoinPrincipalAndLiteralRegionsAreRegional() {
        String cdk = logsStatement(
                "!Join ['', ['logs.', !Ref 'AWS::Region', '.', !Ref 'AWS::URLSuffix']]", ALL_ACTIONS, CONTEXT);
        String literal = logsStatement("logs.eu-west-1.amazonaws.com", ALL_ACTIONS, CONTEXT);
        assertThat(check(cdk, "!GetAtt Key.Arn")).isEmpty();
        assertThat(check(literal, "!GetAtt Key.Arn")).isEmpty();
    }

    @Test
    void missingActionsAreListed() {
        String statements = logsStatement(
                "!Sub 'logs.${AWS::Region}.amazonaws.com'",
                "[kms:Decrypt, kms:GenerateDataKey, kms:CreateGrant]",
                CONTEXT);
        assertThat(check(statements, "!GetAtt Key.Arn")).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("Action");
            assertThat(f.problem()).contains("kms:Encrypt, kms:ReEncryptFrom, kms:ReEncryptTo, kms:DescribeKey");
        });
    }

    @Test
    void actionsMayBeSplitOverStatementsAndWildcarded() {
        String statements = logsStatement("!Sub 'logs.${AWS::Region}.amazonaws.com'", "kms:*", CONTEXT) + "\n"
                + logsStatement("!Sub 'logs.${AWS::Region}.amazonaws.com'", "kms:DescribeKey", "");
        assertThat(check(statements, "!GetAtt Key.Arn")).isEmpty();
    }

    @Test
    void noEncryptionContextConditionIsHigh() {
        String statements = logsStatement("!Sub 'logs.${AWS::Region}.amazonaws.com'", ALL_ACTIONS, "");
        assertThat(check(statements, "!GetAtt Key.Arn")).singleElement().satisfies(f -> {
            assertThat(f.impact()).isEqualTo(Impact.HIGH);
            assertThat(f.key()).isEqualTo("Condition");
        });
    }

    @Test
    void aConditionNamingAnotherLogGroupIsCritical() {
        String prefix = "arn:aws:logs:${AWS::Region}:${AWS::AccountId}:log-group:";
        String other = condition("ArnEquals", prefix + "/other");
        String matching = condition("ArnEquals", prefix + "/app/*");
        String wrongService = condition("ArnLike", "arn:aws:s3:::*");
        String stringEquals = condition("StringEquals", prefix + "/app/*");
        String principal = "!Sub 'logs.${AWS::Region}.amazonaws.com'";
        assertThat(check(logsStatement(principal, ALL_ACTIONS, other), "!GetAtt Key.Arn"))
                .singleElement()
                .satisfies(f -> assertThat(f.key()).isEqualTo("Condition[Logs]"));
        assertThat(check(logsStatement(principal, ALL_ACTIONS, matching), "!GetAtt Key.Arn"))
                .isEmpty();
        assertThat(check(logsStatement(principal, ALL_ACTIONS, wrongService), "!GetAtt Key.Arn"))
                .hasSize(1);
        // StringEquals takes * literally: it matches only a log group named "/app/*".
        assertThat(check(logsStatement(principal, ALL_ACTIONS, stringEquals), "!GetAtt Key.Arn"))
                .hasSize(1);
    }

    @Test
    void keyIdInsteadOfArnIsCritical() {
        String statements = logsStatement("!Sub 'logs.${AWS::Region}.amazonaws.com'", ALL_ACTIONS, CONTEXT);
        assertThat(check(statements, "!Ref Key")).singleElement().satisfies(f -> {
            assertThat(f.resourceId()).isEqualTo("Logs");
            assertThat(f.fix()).isEqualTo("KmsKeyId: !GetAtt Key.Arn");
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "!Ref KeyArn",
                "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                "!ImportValue SharedKeyArn"
            })
    void keysOutsideTheTemplateCannotBeVerified(String kmsKeyId) {
        assertThat(check(ROOT, kmsKeyId)).singleElement().satisfies(f -> {
            assertThat(f.impact()).isEqualTo(Impact.MEDIUM);
            assertThat(f.problem()).contains("cannot be verified");
        });
    }

    @Test
    void aKeyWithoutAPolicyIsCritical() {
        String template = """
                Resources:
                  Key: {Type: AWS::KMS::Key}
                  Logs:
                    Type: AWS::Logs::LogGroup
                    Properties: {KmsKeyId: !GetAtt Key.Arn}
                """;
        assertThat(Checks.run(rule, template))
                .singleElement()
                .satisfies(f -> assertThat(f.key()).isEqualTo("KeyPolicy"));
    }

    @Test
    void logGroupsWithoutKeysAndKeysWithoutLogGroupsAreNotThisRulesBusiness() {
        assertThat(Checks.run(rule, "Resources:\n  K: {Type: AWS::KMS::Key}\n  L: {Type: AWS::Logs::LogGroup}\n"))
                .isEmpty();
    }

    @Test
    void oneMatchingConditionAmongSeveralIsEnough() {
        String prefix = "arn:aws:logs:${AWS::Region}:${AWS::AccountId}:log-group:";
        String principal = "!Sub 'logs.${AWS::Region}.amazonaws.com'";
        String statements = logsStatement(principal, ALL_ACTIONS, condition("ArnLike", prefix + "/other")) + "\n"
                + logsStatement(principal, ALL_ACTIONS, condition("ArnLike", prefix + "/app/*"));
        assertThat(check(statements, "!GetAtt Key.Arn")).isEmpty();
    }

    @Test
    void moreConditionValuesThanAKeyPolicyHoldsAreNotComparedButReported() {
        String principal = "!Sub 'logs.${AWS::Region}.amazonaws.com'";
        StringBuilder statements = new StringBuilder();
        for (int i = 0; i <= 256; i++) {
            statements
                    .append(logsStatement(
                            principal,
                            ALL_ACTIONS,
                            condition("ArnLike", "arn:aws:logs:${AWS::Region}:${AWS::AccountId}:log-group:/other" + i)))
                    .append('\n');
        }
        assertThat(check(statements.toString(), "!GetAtt Key.Arn"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.impact()).isEqualTo(Impact.MEDIUM);
                    assertThat(f.problem()).contains("257 different", "more than 256 are not compared");
                });
    }
}
