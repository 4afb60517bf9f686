package io.piiscanner.preflight.pci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.piiscanner.preflight.Checks;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketRulesTest {

    private static final String BLOCK_ALL = """
                  PublicAccessBlockConfiguration:
                    BlockPublicAcls: true
                    BlockPublicPolicy: true
                    IgnorePublicAcls: true
                    RestrictPublicBuckets: true
            """;

    private static final String TLS_POLICY = """
              Policy:
                Type: AWS::S3::BucketPolicy
                Properties:
                  Bucket: !Ref Bucket
                  PolicyDocument:
                    Statement:
                      - Effect: Deny
                        Principal: {AWS: '*'}
                        Action: 's3:*'
                        Resource: [!GetAtt Bucket.Arn, !Sub '${Bucket.Arn}/*']
                        Condition: {Bool: {'aws:SecureTransport': 'false'}}
            """;

    private static String bucket(String properties, String extraResources) {
        return "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n" + properties + extraResources;
    }

    @Test
    void aPrivateTlsOnlyBucketPasses() {
        String template = bucket(BLOCK_ALL, TLS_POLICY);
        assertThat(Checks.run(new PublicBucketRule(), template)).isEmpty();
        assertThat(Checks.run(new BucketTlsRule(), template)).isEmpty();
    }

    @Test
    void publicAclAndPublicPolicyAreHigh() {
        String openPolicy = TLS_POLICY + """
                          - Effect: Allow
                            Principal: '*'
                            Action: s3:GetObject
                            Resource: !Sub '${Bucket.Arn}/*'
                """;
        List<Finding> findings =
                Checks.run(new PublicBucketRule(), bucket(BLOCK_ALL + "      AccessControl: PublicRead\n", openPolicy));
        assertThat(findings)
                .extracting(Finding::key, Finding::impact)
                .containsExactlyInAnyOrder(
                        tuple("Properties.AccessControl", Impact.HIGH), tuple("BucketPolicy.Principal", Impact.HIGH));
    }

    @Test
    void aConditionedPolicyForEveryoneIsNotPublic() {
        String conditioned = TLS_POLICY + """
                          - Effect: Allow
                            Principal: {AWS: '*'}
                            Action: s3:GetObject
                            Resource: !Sub '${Bucket.Arn}/*'
                            Condition: {StringEquals: {'aws:PrincipalOrgID': o-123}}
                """;
        assertThat(Checks.run(new PublicBucketRule(), bucket(BLOCK_ALL, conditioned)))
                .isEmpty();
    }

    @Test
    void missingOrPartialPublicAccessBlockIsMedium() {
        assertThat(Checks.run(new PublicBucketRule(), bucket("      BucketName: x\n", "")))
                .singleElement()
                .satisfies(f -> assertThat(f.impact()).isEqualTo(Impact.MEDIUM));
        assertThat(Checks.run(
                        new PublicBucketRule(),
                        bucket(
                                "      PublicAccessBlockConfiguration: {BlockPublicAcls: true, IgnorePublicAcls: 'true'}\n",
                                "")))
                .singleElement()
                .satisfies(f -> assertThat(f.problem())
                        .contains("BlockPublicPolicy, RestrictPublicBuckets")
                        .doesNotContain("IgnorePublicAcls"));
    }

    @Test
    void noTlsDenyIsHigh() {
        String allowOnly = TLS_POLICY.replace("Effect: Deny", "Effect: Allow");
        String wrongValue = TLS_POLICY.replace("'false'", "'true'");
        String readOnly = TLS_POLICY.replace("Action: 's3:*'", "Action: 's3:GetObject'");
        for (String template : List.of(
                bucket(BLOCK_ALL, ""),
                bucket(BLOCK_ALL, allowOnly),
                bucket(BLOCK_ALL, wrongValue),
                bucket(BLOCK_ALL, readOnly))) {
            assertThat(Checks.run(new BucketTlsRule(), template))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.impact()).isEqualTo(Impact.HIGH);
                        assertThat(f.fix()).contains("!GetAtt Bucket.Arn", "aws:SecureTransport: 'false'");
                    });
        }
    }
}
