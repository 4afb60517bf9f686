package io.piiscanner.core.detect.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.ScanText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AwsAccessKeyDetectorTest {

    private static final AwsAccessKeyDetector DETECTOR = new AwsAccessKeyDetector();
    /** The example key of the AWS documentation. */
    private static final String KEY = "AKIAIOSFODNN7EXAMPLE";

    private static List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        DETECTOR.find(ScanText.of(text), out::add);
        return out;
    }

    @Test
    void describesItself() {
        assertThat(DETECTOR.id()).isEqualTo("aws-access-key");
        assertThat(DETECTOR.type()).isEqualTo(EntityTypes.AWS_ACCESS_KEY);
        assertThat(DETECTOR.context().required()).isFalse();
    }

    @Test
    void findsKeyWithExactSpanScoreAndPrefix() {
        assertThat(candidates("aws_access_key_id = " + KEY)).containsExactly(new Candidate(20, 40, 0.95, "AKIA"));
        assertThat(candidates(KEY)).containsExactly(new Candidate(0, 20, 0.95, "AKIA"));
    }

    @ParameterizedTest
    @CsvSource({"ASIAIOSFODNN7EXAMPLE, 0.95", "ABIAIOSFODNN7EXAMPLE, 0.8", "ACCAIOSFODNN7EXAMPLE, 0.8"})
    void scoresByPrefix(String key, double score) {
        assertThat(candidates("\"" + key + "\","))
                .singleElement()
                .extracting(Candidate::score)
                .isEqualTo(score);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "AKIAIOSFODNN7EXAMPL", "AKIAIOSFODNN7EXAMPLEX", "XAKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE9",
                "akiaiosfodnn7example", "AKIAIOSFODNN1EXAMPLE", "AKIAIOSFODNN8EXAMPLE", "ABCDIOSFODNN7EXAMPLE",
                // Unique ids of IAM resources, not credentials: user, role, group, instance profile, policy, public
                // key.
                "AIDAIOSFODNN7EXAMPLE", "AROAIOSFODNN7EXAMPLE", "AGPAIOSFODNN7EXAMPLE", "AIPAIOSFODNN7EXAMPLE",
                "ANPAIOSFODNN7EXAMPLE", "APKAIOSFODNN7EXAMPLE", "ASCAIOSFODNN7EXAMPLE",
            })
    void rejectsLookAlikes(String text) {
        assertThat(candidates(text)).isEmpty();
    }

    /**
     * A CloudTrail record names its caller by unique ids (the user's {@code AIDA...}, the role's
     * {@code AROA...}, 21 characters in AWS's examples, 20 in some exports): only the access keys
     * it holds are credentials.
     */
    @Test
    void findsOnlyTheAccessKeysOfACloudTrailRecord() {
        String record = """
                {"eventVersion": "1.08", "userIdentity": {"type": "AssumedRole",
                  "principalId": "AROAIDPPEZS35WEXAMPLE:AssumedRoleSessionName",
                  "arn": "arn:aws:sts::123456789012:assumed-role/RoleToBeAssumed/MySessionName",
                  "accountId": "123456789012", "accessKeyId": "ASIAIOSFODNN7EXAMPLE",
                  "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": "AROARGM4HEMVQIMK6UWP",
                    "arn": "arn:aws:iam::123456789012:role/RoleToBeAssumed", "accountId": "123456789012",
                    "userName": "RoleToBeAssumed"}}},
                 "eventSource": "iam.amazonaws.com", "eventName": "CreateAccessKey",
                 "requestParameters": {"userName": "Alice"},
                 "responseElements": {"accessKey": {"accessKeyId": "AKIAI44QHXDHBEXAMPLE", "status": "Active",
                   "userName": "Alice", "createDate": "Mar 11, 2024 9:08:13 AM"}},
                 "additionalEventData": {"userId": "AIDAJ45Q7YFFAREXAMPLE", "groupId": "AGPAJ2YDDKQMMEXAMPLE"}}
                """;
        assertThat(candidates(record))
                .extracting(c -> record.substring(c.start(), c.end()))
                .containsExactly("ASIAIOSFODNN7EXAMPLE", "AKIAI44QHXDHBEXAMPLE");
    }

    @Test
    void keepsPrefixAndLastFour() {
        assertThat(DETECTOR.mask(KEY)).isEqualTo("AKIA************MPLE");
    }
}
