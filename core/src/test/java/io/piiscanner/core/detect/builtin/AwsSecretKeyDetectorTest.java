package io.piiscanner.core.detect.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.ScanText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsSecretKeyDetectorTest {

    private static final AwsSecretKeyDetector DETECTOR = new AwsSecretKeyDetector();
    /** The example secret of the AWS documentation. */
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private static List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        DETECTOR.find(ScanText.of(text), out::add);
        return out;
    }

    @Test
    void describesItselfAndNeedsContext() {
        assertThat(DETECTOR.id()).isEqualTo("aws-secret-key");
        assertThat(DETECTOR.type()).isEqualTo(EntityTypes.AWS_SECRET_KEY);
        assertThat(DETECTOR.context().required()).isTrue();
        assertThat(DETECTOR.context().words()).contains("aws_secret_access_key", "secret access key");
        assertThat(DETECTOR.context().labelWords()).containsExactly("secret");
    }

    /**
     * A pair of credentials as people paste them into tickets and notes: the key id, then the
     * secret after the word {@code secret} as its label. "Secret" as an adjective labels nothing.
     */
    @Test
    void findsASecretLabelledSecretBesideItsKeyId() {
        String note = """
                Rotated the CI user's key, new pair below.
                key_id=AKIAIOSFODNN7EXAMPLE secret=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
                Temporary credentials: ASIAIOSFODNN7EXAMPLE / secret je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY
                "SecretAccessKey": "Xb2mtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
                The launch date is kept secret; build token QpZ7mtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKY
                """;
        assertThat(EngineScans.found(note, EntityTypes.AWS_SECRET_KEY))
                .containsExactly(
                        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                        "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
                        "Xb2mtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY");
    }

    @Test
    void findsSecretWithExactSpan() {
        assertThat(SECRET).hasSize(40);
        String text = "aws_secret_access_key=" + SECRET;
        assertThat(candidates(text)).containsExactly(new Candidate(22, 62, 0.5));
        assertThat(candidates("\"" + SECRET + "\"")).containsExactly(new Candidate(1, 41, 0.5));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // A git commit / SHA-1 digest, lower and upper case.
                "da39a3ee5e6b4b0d3255bfef95601890afd80709",
                "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709",
                "Da39a3ee5e6b4b0d3255bfef95601890afd80709",
                // One character too many or too few, or part of a longer base64 run.
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYX",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKE",
                "+wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY=",
                // Missing a digit, a lower-case or an upper-case letter.
                "wJalrXUtnFEMI/KxMDENG/bPxRfiCYEXAMPLEKEY",
                "wjalrxutnfemi/k7mdeng/bpxrficyexamplekey",
                "WJALRXUTNFEMI/K7MDENG/BPXRFICYEXAMPLEKEY",
            })
    void rejectsLookAlikes(String text) {
        assertThat(candidates(text)).isEmpty();
    }

    @Test
    void masksEverythingButLastFour() {
        assertThat(DETECTOR.mask(SECRET)).isEqualTo("*".repeat(36) + "EKEY");
    }

    @Test
    void normalizesToTheKeyAsWritten() {
        assertThat(DETECTOR.normalize(SECRET)).isEqualTo(SECRET);
    }
}
