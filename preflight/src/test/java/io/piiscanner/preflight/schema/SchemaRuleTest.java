package io.piiscanner.preflight.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.piiscanner.preflight.Checks;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaRuleTest {

    private final SchemaRule rule = new SchemaRule(ResourceSchemas.bundled());

    private List<Finding> check(String template) {
        return Checks.run(rule, template);
    }

    @Test
    void theShippedSchemaKnowsTheResourceTypesAndNamesItsSource() {
        ResourceSchemas schemas = ResourceSchemas.bundled();
        assertThat(schemas.source()).startsWith("@aws-cdk/aws-service-spec@");
        assertThat(schemas.resourceTypes()).hasSizeGreaterThan(1500).contains("AWS::S3::Bucket", "AWS::KMS::Key");
        ResourceSchema bucket = schemas.resource("AWS::S3::Bucket");
        assertThat(bucket.properties()).containsKey("VersioningConfiguration").doesNotContainKey("Versioning");
        assertThat(bucket.attributes()).contains("Arn", "DomainName");
        assertThat(schemas.resource("AWS::EC2::SecurityGroup")
                        .properties()
                        .get("GroupDescription")
                        .required())
                .isTrue();
    }

    @Test
    void unknownPropertyGetsTheNearestValidName() {
        List<Finding> findings = check("""
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      Versioning: {Status: Enabled}
                      BucketNmae: data
                """);
        assertThat(findings).extracting(Finding::key).containsExactly("Properties.Versioning", "Properties.BucketNmae");
        assertThat(findings.get(0).problem()).contains("did you mean `VersioningConfiguration`");
        assertThat(findings.get(1).problem()).contains("did you mean `BucketName`");
        assertThat(findings).allMatch(f -> f.impact() == Impact.CRITICAL);
    }

    @Test
    void nestedPropertiesAreCheckedToo() {
        List<Finding> findings = check("""
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      VersioningConfiguration: {Stauts: Enabled}
                """);
        assertThat(findings)
                .extracting(Finding::key)
                .containsExactlyInAnyOrder(
                        "Properties.VersioningConfiguration.Stauts", "Properties.VersioningConfiguration.Status");
    }

    @Test
    void missingRequiredPropertyIsReported() {
        List<Finding> findings = check("""
                Resources:
                  Sg:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      VpcId: vpc-1
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("Properties.GroupDescription");
            assertThat(f.fix()).isEqualTo("GroupDescription: <String>");
        });
    }

    @Test
    void wrongTypesAreReportedAndLenientScalarsPass() {
        List<Finding> findings = check("""
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Role: arn:aws:iam::1:role/r
                      Code: {ZipFile: x}
                      Timeout: '30'
                      MemorySize: lots
                      Layers: arn:aws:lambda:us-east-1:1:layer:l:1
                      Environment: {Variables: {A: 1, B: true}}
                      Tags: [{Key: a}]
                """);
        assertThat(findings)
                .extracting(Finding::key)
                .containsExactlyInAnyOrder("Properties.MemorySize", "Properties.Layers", "Properties.Tags[0].Value");
        assertThat(findings)
                .filteredOn(f -> f.key().equals("Properties.MemorySize"))
                .singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("must be an Integer, found string 'lots'"));
    }

    @Test
    void intrinsicsPassAndBothBranchesOfIfAreChecked() {
        List<Finding> findings = check("""
                Conditions:
                  C: !Equals [a, a]
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: !Sub '${AWS::StackName}-data'
                      VersioningConfiguration: !If [C, {Status: Enabled}, {State: Enabled}]
                      Tags: !Ref AWS::NoValue
                """);
        assertThat(findings)
                .extracting(Finding::key)
                .containsExactlyInAnyOrder(
                        "Properties.VersioningConfiguration.State", "Properties.VersioningConfiguration.Status");
    }

    @Test
    void nullValuesAreRejected() {
        assertThat(check("Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName:\n"))
                .singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("is null"));
    }

    @Test
    void unknownTypesSectionsAndResourceAttributes() {
        List<Finding> findings = check("""
                AWSTemplateFormatVersion: '2010-09-09'
                Output: {}
                Resources:
                  Queue:
                    Type: AWS::SQS::Queues
                  Thing:
                    Type: Acme::Widget::Thing
                  Topic:
                    Type: AWS::SNS::Topic
                    Propertes: {}
                  Custom:
                    Type: Custom::Anything
                    Properties: {ServiceToken: x, Whatever: 1}
                  Cdk:
                    Type: AWS::CDK::Metadata
                    Properties: {Analytics: v2}
                """);
        assertThat(findings)
                .extracting(Finding::key, Finding::impact)
                .containsExactlyInAnyOrder(
                        tuple("Output", Impact.CRITICAL),
                        tuple("Type", Impact.CRITICAL),
                        tuple("Type", Impact.LOW),
                        tuple("Propertes", Impact.CRITICAL));
        assertThat(findings)
                .filteredOn(f -> f.key().equals("Output"))
                .singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("did you mean `Outputs`"));
        assertThat(findings)
                .filteredOn(f -> "Queue".equals(f.resourceId()))
                .singleElement()
                .satisfies(f -> assertThat(f.problem()).contains("did you mean `AWS::SQS::Queue`"));
    }

    @Test
    void aTemplateWithoutResourcesIsRejected() {
        assertThat(check("Description: nothing\n"))
                .singleElement()
                .satisfies(f -> assertThat(f.key()).isEqualTo("Resources"));
    }

    @Test
    void suggestionsPreferPrefixesThenSmallEdits() {
        assertThat(NameSuggester.nearest("Versioning", List.of("VersioningConfiguration", "Tags")))
                .isEqualTo("VersioningConfiguration");
        assertThat(NameSuggester.nearest("bucketname", List.of("BucketName", "Bucket")))
                .isEqualTo("BucketName");
        assertThat(NameSuggester.nearest("KmsKeyID", List.of("KmsKeyId", "LogGroupName")))
                .isEqualTo("KmsKeyId");
        assertThat(NameSuggester.nearest("Zebra", List.of("KmsKeyId", "LogGroupName")))
                .isNull();
    }

    @Test
    void aLongMapKeyIsShortenedInThePathOfEveryIssueUnderIt() {
        // BindingProperties is a map of structs: the key is the template's, each issue under it names it.
        // (YAML keys stop at 1,024 characters; JSON keys do not.)
        String key = "K".repeat(100_000);
        List<Finding> findings = check("""
                {"Resources": {"C": {"Type": "AWS::AmplifyUIBuilder::Component",
                  "Properties": {"BindingProperties": {"%s": {"Unknown1": 1, "Unknown2": 2}}}}}}
                """.formatted(key));
        assertThat(findings)
                .filteredOn(f -> f.key().contains("Unknown"))
                .hasSize(2)
                .allSatisfy(f -> {
                    assertThat(f.key())
                            .startsWith("Properties.BindingProperties.KKK")
                            .contains("...")
                            .endsWith("KKK.Unknown" + f.key().charAt(f.key().length() - 1))
                            .hasSizeLessThanOrEqualTo("Properties.".length() + PropertyPath.MAX_LENGTH);
                    assertThat(f.problem()).hasSizeLessThan(1_000);
                });
    }

    @Test
    void namesTooLongToTypeGetNoEditDistanceSuggestion() {
        String wrong = "a".repeat(5_000);
        assertThat(NameSuggester.nearest(wrong, List.of("b".repeat(5_000), "a".repeat(4_999) + "b")))
                .isNull();
        assertThat(NameSuggester.nearest(wrong, List.of("a".repeat(10)))).isEqualTo("a".repeat(10));
    }

    @Test
    void typeExpressionsParseTheShippedGrammar() {
        assertThat(TypeExpression.parse("[#12")).isEqualTo(new TypeExpression.ListOf(new TypeExpression.Struct(12)));
        assertThat(TypeExpression.parse("(j|s)"))
                .isEqualTo(new TypeExpression.AnyOf(List.of(TypeExpression.Scalar.JSON, TypeExpression.Scalar.STRING)));
        assertThat(TypeExpression.parse("{[s"))
                .isEqualTo(new TypeExpression.MapOf(new TypeExpression.ListOf(TypeExpression.Scalar.STRING)));
    }
}
