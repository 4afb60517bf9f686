package io.piiscanner.preflight.pci;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.preflight.Checks;
import io.piiscanner.preflight.iam.Statement;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Template;
import io.piiscanner.preflight.template.TemplateParser;
import io.piiscanner.preflight.template.TemplateSyntaxException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Bucket policies are indexed once by the bucket each is attached to: every statement is parsed
 * once and attached to one bucket at most, so the bucket rules' work and findings grow with the
 * template, not with buckets times policies.
 */
class BucketPoliciesTest {

    /** 250 buckets, each with a policy naming it one of the ways a template can. */
    private static String bucketsAndPolicies() {
        List<String> forms = List.of("!Ref B%d", "!Sub '${B%d}'", "!Join ['', [!Ref B%d]]", "name-%d");
        StringBuilder sb = new StringBuilder("Resources:\n");
        for (int i = 0; i < 250; i++) {
            sb.append("  B")
                    .append(i)
                    .append(": {Type: AWS::S3::Bucket, Properties: {BucketName: name-")
                    .append(i)
                    .append("}}\n");
            sb.append("  P")
                    .append(i)
                    .append(":\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: ")
                    .append(forms.get(i % forms.size()).formatted(i))
                    .append('\n')
                    .append("      PolicyDocument: {Statement: [{Sid: S")
                    .append(i)
                    .append(", Effect: Allow, Principal: '*', Action: 's3:GetObject', Resource: '*'}]}\n");
        }
        return sb.toString();
    }

    @Test
    void eachStatementIsAttachedToTheOneBucketItsPolicyNames() throws TemplateSyntaxException {
        Template template = TemplateParser.parse(bucketsAndPolicies());
        BucketPolicies policies = BucketPolicies.of(template);
        Map<String, List<Statement>> byBucket = template.resourcesOfType("AWS::S3::Bucket")
                .collect(Collectors.toMap(Resource::logicalId, policies::statementsFor));
        assertThat(byBucket)
                .hasSize(250)
                .allSatisfy((bucket, statements) -> assertThat(statements)
                        .singleElement()
                        .satisfies(s -> assertThat(s.location().line()).isEqualTo(lineOfPolicy(bucket))));
    }

    /** Each bucket and its policy take six lines, from line 2; the statement is on the last. */
    private static int lineOfPolicy(String bucket) {
        return 2 + Integer.parseInt(bucket.substring(1)) * 6 + 5;
    }

    @Test
    void theBucketRulesFindOneProblemPerPolicy() {
        List<Finding> findings = Checks.all(bucketsAndPolicies());
        assertThat(Checks.ofRule(findings, "public-bucket"))
                .filteredOn(f -> f.key().equals("BucketPolicy.Principal"))
                .hasSize(250)
                .extracting(Finding::resourceId)
                .doesNotHaveDuplicates();
        assertThat(Checks.ofRule(findings, "bucket-tls-only")).hasSize(250);
    }

    @Test
    void aValueNamingSeveralBucketsOrMoreThanABucketNamesNone() throws TemplateSyntaxException {
        Template template = TemplateParser.parse("""
                Resources:
                  A: {Type: AWS::S3::Bucket, Properties: {BucketName: shared}}
                  B: {Type: AWS::S3::Bucket, Properties: {BucketName: shared}}
                  Joined:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Join ['', [!Ref A, !Ref B]]
                      PolicyDocument: {Statement: [{Effect: Allow, Principal: '*', Action: '*', Resource: '*'}]}
                  Suffixed:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: !Sub '${A}-logs'
                      PolicyDocument: {Statement: [{Effect: Allow, Principal: '*', Action: '*', Resource: '*'}]}
                  ByName:
                    Type: AWS::S3::BucketPolicy
                    Properties:
                      Bucket: shared
                      PolicyDocument: {Statement: [{Effect: Deny, Principal: '*', Action: '*', Resource: '*'}]}
                """);
        BucketPolicies policies = BucketPolicies.of(template);
        assertThat(policies.statementsFor(template.resource("A")))
                .singleElement()
                .satisfies(s -> assertThat(s.allow()).isFalse());
        assertThat(policies.statementsFor(template.resource("B"))).isEmpty();
    }
}
