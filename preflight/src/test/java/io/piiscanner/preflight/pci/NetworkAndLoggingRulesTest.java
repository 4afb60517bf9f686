package io.piiscanner.preflight.pci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.piiscanner.preflight.Checks;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkAndLoggingRulesTest {

    @ParameterizedTest(name = "{0} days: {1}")
    @CsvSource({"1, HIGH", "30, HIGH", "90, MEDIUM", "180, MEDIUM", "365, ", "3653, "})
    void retentionFollowsPciDss1051(int days, Impact impact) {
        List<Finding> findings = Checks.run(
                new LogRetentionRule(),
                "Resources:\n  Logs: {Type: AWS::Logs::LogGroup, Properties: {RetentionInDays: " + days + "}}\n");
        if (impact == null) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings)
                    .singleElement()
                    .satisfies(f -> assertThat(f.impact()).isEqualTo(impact));
        }
    }

    @Test
    void noRetentionIsLowAndCdkLogRetentionIsChecked() {
        List<Finding> findings = Checks.run(new LogRetentionRule(), """
                Resources:
                  Logs: {Type: AWS::Logs::LogGroup}
                  Retention:
                    Type: Custom::LogRetention
                    Properties: {ServiceToken: x, LogGroupName: /aws/lambda/f, RetentionInDays: 14}
                """);
        assertThat(findings)
                .extracting(Finding::resourceId, Finding::impact)
                .containsExactlyInAnyOrder(tuple("Logs", Impact.LOW), tuple("Retention", Impact.HIGH));
    }

    @Test
    void openSecurityGroupRules() {
        List<Finding> findings = Checks.run(new OpenSecurityGroupRule(), """
                Resources:
                  Open:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: open
                      SecurityGroupIngress:
                        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
                        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIpv6: '::/0'}
                        - {IpProtocol: tcp, FromPort: 5432, ToPort: 5432, CidrIp: 10.0.0.0/16}
                      SecurityGroupEgress:
                        - {IpProtocol: '-1', CidrIp: 0.0.0.0/0}
                  DefaultEgress:
                    Type: AWS::EC2::SecurityGroup
                    Properties: {GroupDescription: implicit}
                  HttpsOut:
                    Type: AWS::EC2::SecurityGroupEgress
                    Properties: {GroupId: !Ref DefaultEgress, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}
                  Closed:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: closed
                      SecurityGroupEgress:
                        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, DestinationPrefixListId: pl-123}
                """);
        assertThat(findings)
                .extracting(Finding::resourceId, Finding::key, Finding::impact)
                .containsExactlyInAnyOrder(
                        tuple("Open", "Ingress[0.0.0.0/0 tcp 22]", Impact.HIGH),
                        tuple("Open", "Ingress[::/0 tcp 443]", Impact.MEDIUM),
                        tuple("Open", "Egress[0.0.0.0/0 all traffic]", Impact.HIGH),
                        tuple("DefaultEgress", "Properties.SecurityGroupEgress", Impact.HIGH),
                        tuple("HttpsOut", "Egress[0.0.0.0/0 tcp 443]", Impact.MEDIUM));
    }

    @Test
    void dataTraceOnApiStagesIsHigh() {
        List<Finding> findings = Checks.run(new ApiDataTraceRule(), """
                Resources:
                  Stage:
                    Type: AWS::ApiGateway::Stage
                    Properties:
                      RestApiId: api
                      MethodSettings:
                        - {ResourcePath: '/*', HttpMethod: '*', DataTraceEnabled: false, LoggingLevel: INFO}
                        - {ResourcePath: '/pay', HttpMethod: POST, DataTraceEnabled: true}
                  Deployment:
                    Type: AWS::ApiGateway::Deployment
                    Properties:
                      RestApiId: api
                      StageDescription: {DataTraceEnabled: 'true', LoggingLevel: INFO}
                """);
        assertThat(findings)
                .extracting(Finding::key, Finding::impact)
                .containsExactlyInAnyOrder(
                        tuple("Properties.MethodSettings[1].DataTraceEnabled", Impact.HIGH),
                        tuple("Properties.StageDescription.DataTraceEnabled", Impact.HIGH));
    }
}
