package io.piiscanner.preflight.sns;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.preflight.Checks;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlarmTopicPolicyRuleTest {

    private final AlarmTopicPolicyRule rule = new AlarmTopicPolicyRule();

    /** What CDK's enforceSSL writes: a topic policy holding only a Deny. */
    private static final String DENY_PLAIN_HTTP = """
            - Effect: Deny
              Principal: '*'
              Action: sns:Publish
              Resource: !Ref Alerts
              Condition: {Bool: {aws:SecureTransport: 'false'}}""";

    private static final String ALLOW_CLOUDWATCH = """
            - Effect: Allow
              Principal: {Service: cloudwatch.amazonaws.com}
              Action: sns:Publish
              Resource: !Ref Alerts
              Condition:
                StringEquals: {aws:SourceAccount: !Ref AWS::AccountId}""";

    private static String template(String statements) {
        return """
                Resources:
                  Alerts:
                    Type: AWS::SNS::Topic
                  AlertsPolicy:
                    Type: AWS::SNS::TopicPolicy
                    Properties:
                      Topics: [!Ref Alerts]
                      PolicyDocument:
                        Statement:
                %s
                  Errors:
                    Type: AWS::CloudWatch::Alarm
                    Properties:
                      AlarmActions: [!Ref Alerts]
                      MetricName: Errors
                      Namespace: AWS/Lambda
                      ComparisonOperator: GreaterThanOrEqualToThreshold
                      EvaluationPeriods: 1
                      Threshold: 1
                """.formatted(statements.indent(10).stripTrailing());
    }

    @Test
    void aTopicPolicyHoldingOnlyTheTlsDenyLeavesAlarmsUnableToPublish() {
        List<Finding> findings = Checks.run(rule, template(DENY_PLAIN_HTTP));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.impact()).isEqualTo(Impact.CRITICAL);
            assertThat(f.resourceId()).isEqualTo("AlertsPolicy");
            assertThat(f.problem()).contains("`Alerts`", "`Errors`");
        });
    }

    @Test
    void anAllowForCloudWatchBesideTheDenyPasses() {
        assertThat(Checks.run(rule, template(DENY_PLAIN_HTTP + "\n" + ALLOW_CLOUDWATCH)))
                .isEmpty();
    }

    @Test
    void aGrantToAnotherServiceDoesNotCount() {
        String events = ALLOW_CLOUDWATCH.replace("cloudwatch.amazonaws.com", "events.amazonaws.com");
        assertThat(Checks.run(rule, template(DENY_PLAIN_HTTP + "\n" + events))).hasSize(1);
    }

    @Test
    void aTopicWithoutAPolicyKeepsSnssDefaultAndATopicNoAlarmNotifiesIsNotJudged() {
        assertThat(Checks.run(rule, """
                Resources:
                  Alerts: {Type: AWS::SNS::Topic}
                  Errors:
                    Type: AWS::CloudWatch::Alarm
                    Properties: {AlarmActions: [!Ref Alerts], OKActions: [!Ref Alerts]}
                  Other: {Type: AWS::SNS::Topic}
                  OtherPolicy:
                    Type: AWS::SNS::TopicInlinePolicy
                    Properties:
                      TopicArn: !Ref Other
                      PolicyDocument: {Statement: [{Effect: Deny, Principal: '*', Action: 'sns:*', Resource: '*'}]}
                """)).isEmpty();
    }

    @Test
    void anInlinePolicyOfATopicThatAnOkActionNamesIsCheckedToo() {
        List<Finding> findings = Checks.run(rule, """
                Resources:
                  Alerts: {Type: AWS::SNS::Topic}
                  Recovered:
                    Type: AWS::CloudWatch::Alarm
                    Properties: {OKActions: [!Ref Alerts]}
                  AlertsPolicy:
                    Type: AWS::SNS::TopicInlinePolicy
                    Properties:
                      TopicArn: !Ref Alerts
                      PolicyDocument:
                        Statement: [{Effect: Allow, Principal: {AWS: !Ref AWS::AccountId}, Action: 'sns:Publish', Resource: '*'}]
                """);
        assertThat(findings).extracting(Finding::resourceId).containsExactly("AlertsPolicy");
    }
}
