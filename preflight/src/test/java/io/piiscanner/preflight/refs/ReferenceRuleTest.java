package io.piiscanner.preflight.refs;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.preflight.Checks;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.schema.ResourceSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceRuleTest {

    private final ReferenceRule rule = new ReferenceRule(ResourceSchemas.bundled());

    private List<Finding> check(String template) {
        return Checks.run(rule, template);
    }

    @Test
    void everyKindOfValidReferencePasses() {
        assertThat(check("""
                Parameters:
                  Env: {Type: String}
                Mappings:
                  Sizes: {prod: {Memory: '1024'}}
                Conditions:
                  IsProd: !Equals [!Ref Env, prod]
                Resources:
                  Key: {Type: AWS::KMS::Key}
                  Bucket:
                    Type: AWS::S3::Bucket
                    DependsOn: [Key]
                    Condition: IsProd
                    Properties:
                      BucketName: !Sub '${Env}-${AWS::AccountId}-${Key.Arn}-${Local}'
                      Tags:
                        - Key: k
                          Value: !Sub ['${Local}', {Local: !GetAtt Key.KeyId}]
                        - Key: m
                          Value: !If [IsProd, !FindInMap [Sizes, prod, Memory], !Ref 'AWS::NoValue']
                Outputs:
                  Arn:
                    Condition: IsProd
                    Value: !GetAtt Bucket.Arn
                """.replace("-${Local}'", "'"))).isEmpty();
    }

    @Test
    void unresolvedNamesAreCriticalWithSuggestions() {
        List<Finding> findings = check("""
                Parameters:
                  Environment: {Type: String}
                Resources:
                  DataKey: {Type: AWS::KMS::Key}
                  Logs:
                    Type: AWS::Logs::LogGroup
                    DependsOn: DataKye
                    Properties:
                      LogGroupName: !Sub '/app/${Enviroment}'
                      KmsKeyId: !GetAtt Datakey.Arn
                      DataProtectionPolicy: {Name: !Ref Missing}
                """);
        assertThat(findings)
                .extracting(Finding::key)
                .containsExactlyInAnyOrder(
                        "DependsOn.DataKye", "Fn::Sub.Enviroment", "Fn::GetAtt.Datakey", "Ref.Missing");
        assertThat(findings).allMatch(f -> f.impact() == Impact.CRITICAL);
        assertThat(findings)
                .filteredOn(f -> f.key().equals("Fn::Sub.Enviroment"))
                .singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("did you mean `Environment`"));
        assertThat(findings)
                .filteredOn(f -> f.key().equals("Fn::GetAtt.Datakey"))
                .singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("did you mean `DataKey`"));
    }

    @Test
    void attributesComeFromTheSchema() {
        List<Finding> findings = check("""
                Resources:
                  Key: {Type: AWS::KMS::Key}
                  Stage: {Type: AWS::ApiGateway::Stage, Properties: {RestApiId: x}}
                  Nested: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: x}}
                  Custom: {Type: Custom::Thing, Properties: {ServiceToken: x}}
                  Param:
                    Type: AWS::SSM::Parameter
                    Properties:
                      Type: String
                      Value: !Join [',', [!GetAtt Key.Arm, !GetAtt Stage.Arn, !GetAtt Nested.Outputs.Url,
                                          !GetAtt Custom.Anything, !GetAtt Key.KeyId]]
                """);
        assertThat(findings).extracting(Finding::key).containsExactlyInAnyOrder("GetAtt.Key.Arm", "GetAtt.Stage.Arn");
        assertThat(findings)
                .filteredOn(f -> f.key().equals("GetAtt.Key.Arm"))
                .singleElement()
                .satisfies(f -> assertThat(f.fix()).isEqualTo("!GetAtt Key.Arn"));
    }

    @Test
    void conditionsMappingsAndConditionsReferencingResources() {
        List<Finding> findings = check("""
                Mappings:
                  Sizes: {prod: {Memory: '1024'}}
                Conditions:
                  Bad: !Equals [!Ref Bucket, x]
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                    Condition: IsProd
                    Properties:
                      BucketName: !If [IsDev, a, !FindInMap [Size, prod, Memory]]
                      Tags:
                        - {Key: a, Value: !FindInMap [Sizes, dev, Memory]}
                """);
        assertThat(findings)
                .extracting(Finding::key)
                .containsExactlyInAnyOrder(
                        "Conditions.Bucket",
                        "Condition.IsProd",
                        "Condition.IsDev",
                        "FindInMap.Size",
                        "FindInMap.Sizes.dev");
    }

    @Test
    void aTransformMayAddNamesSoUnknownNamesAreNotJudged() {
        assertThat(check("""
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Role: !GetAtt FnRole.Arn
                """)).isEmpty();
    }
}
