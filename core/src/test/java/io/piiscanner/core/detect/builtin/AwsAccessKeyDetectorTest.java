package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.ScanText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
    @CsvSource({"ASIAIOSFODNN7EXAMPLE, 0.95", "AROAIOSFODNN7EXAMPLE, 0.8", "AIDAIOSFODNN7EXAMPLE, 0.8",
        "APKAIOSFODNN7EXAMPLE, 0.8"})
    void scoresByPrefix(String key, double score) {
        assertThat(candidates("\"" + key + "\",")).singleElement().extracting(Candidate::score).isEqualTo(score);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AKIAIOSFODNN7EXAMPL", "AKIAIOSFODNN7EXAMPLEX", "XAKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE9",
        "akiaiosfodnn7example", "AKIAIOSFODNN1EXAMPLE", "AKIAIOSFODNN8EXAMPLE", "ABCDIOSFODNN7EXAMPLE",
    })
    void rejectsLookAlikes(String text) {
        assertThat(candidates(text)).isEmpty();
    }

    @Test
    void keepsPrefixAndLastFour() {
        assertThat(DETECTOR.mask(KEY)).isEqualTo("AKIA************MPLE");
    }
}
