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

class UsPassportDetectorTest {

    private static final UsPassportDetector DETECTOR = new UsPassportDetector();

    private static List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        DETECTOR.find(ScanText.of(text), out::add);
        return out;
    }

    @Test
    void describesItselfAndNeedsContext() {
        assertThat(DETECTOR.id()).isEqualTo("us-passport");
        assertThat(DETECTOR.type()).isEqualTo(EntityTypes.US_PASSPORT);
        assertThat(DETECTOR.context().required()).isTrue();
        assertThat(DETECTOR.context().words()).contains("passport number", "passport#");
        assertThat(DETECTOR.context().labelWords()).containsExactly("passport");
    }

    @Test
    void findsNineDigitsAndNextGenerationNumbers() {
        assertThat(candidates("passport: 123456789")).containsExactly(new Candidate(10, 19, 0.4));
        assertThat(candidates("Passport No. C12345678.")).containsExactly(new Candidate(13, 22, 0.4));
        assertThat(candidates("123456789")).containsExactly(new Candidate(0, 9, 0.4));
        assertThat(candidates("passport,\"A98765432\"")).containsExactly(new Candidate(10, 19, 0.4));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1234567890",
                "12345678",
                "c12345678",
                "AB12345678",
                "A1234567",
                "123-456-789",
                "1.123456789",
                "123456789.5",
                "X123456789",
                "123456789X",
                "ID-123456789",
            })
    void rejectsOtherShapes(String text) {
        assertThat(candidates(text)).isEmpty();
    }

    @Test
    void masksAllButLastFour() {
        assertThat(DETECTOR.mask("123456789")).isEqualTo("*****6789");
    }
}
