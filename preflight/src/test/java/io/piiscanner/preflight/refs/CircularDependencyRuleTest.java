package io.piiscanner.preflight.refs;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.preflight.Checks;
import io.piiscanner.preflight.rule.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class CircularDependencyRuleTest {

    private final CircularDependencyRule rule = new CircularDependencyRule();

    @Test
    void dependsOnCycleIsReportedOnce() {
        List<Finding> findings = Checks.run(rule, """
                Resources:
                  A: {Type: AWS::SNS::Topic, DependsOn: B}
                  B: {Type: AWS::SNS::Topic, DependsOn: [C]}
                  C: {Type: AWS::SNS::Topic, DependsOn: A}
                  D: {Type: AWS::SNS::Topic, DependsOn: A}
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("Cycle[A, B, C]");
            assertThat(f.problem())
                    .startsWith(
                            "DependsOn cycle: A -> B (DependsOn B), B -> C (DependsOn C), " + "C -> A (DependsOn A)");
            assertThat(f.resourceId()).isEqualTo("A");
        });
    }

    @Test
    void referenceCyclesAndSelfReferencesAreReported() {
        List<Finding> findings = Checks.run(rule, """
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      NotificationConfiguration:
                        TopicConfigurations: [{Event: 's3:ObjectCreated:*', Topic: !Ref Topic}]
                  Topic:
                    Type: AWS::SNS::Topic
                    Properties:
                      TopicName: !Sub '${Bucket.Arn}-events'
                  Self:
                    Type: AWS::SNS::Topic
                    Properties: {DisplayName: !GetAtt Self.TopicName}
                """);
        assertThat(findings).extracting(Finding::key).containsExactlyInAnyOrder("Cycle[Bucket, Topic]", "Cycle[Self]");
        assertThat(findings)
                .filteredOn(f -> f.key().equals("Cycle[Bucket, Topic]"))
                .singleElement()
                .satisfies(f -> assertThat(f.problem()).startsWith("Circular dependency: Bucket -> Topic (Ref Topic)"));
    }

    @Test
    void aChainIsNotACycle() {
        assertThat(Checks.run(rule, """
                Resources:
                  A: {Type: AWS::SNS::Topic, DependsOn: [B, C]}
                  B: {Type: AWS::SNS::Topic, Properties: {DisplayName: !GetAtt C.TopicName}}
                  C: {Type: AWS::SNS::Topic}
                """)).isEmpty();
    }

    @Test
    void aCycleThroughEveryResourceIsOneFindingWithTheWholePath() {
        StringBuilder template = new StringBuilder("Resources:\n");
        for (int i = 0; i < 500; i++) {
            template.append("  R")
                    .append(i)
                    .append(": {Type: AWS::SNS::Topic, DependsOn: R")
                    .append((i + 1) % 500)
                    .append("}\n");
        }
        assertThat(Checks.run(rule, template.toString())).singleElement().satisfies(f -> {
            assertThat(f.problem())
                    .startsWith("DependsOn cycle: R0 -> R1 (DependsOn R1), ")
                    .endsWith("R499 -> R0 (DependsOn R0).");
            assertThat(f.problem().split("\\),").length).isEqualTo(500);
        });
    }
}
