package io.piiscanner.core.detect.builtin;

import static io.piiscanner.core.detect.builtin.FinancialScans.candidates;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsItinPlainDetectorTest {

    private final UsItinPlainDetector detector = new UsItinPlainDetector();

    @Test
    void describesItselfAndRequiresContext() {
        assertThat(detector.id()).isEqualTo("us-itin-plain");
        assertThat(detector.type()).isEqualTo(EntityTypes.US_ITIN);
        assertThat(detector.context().required()).isTrue();
        assertThat(detector.context().words())
                .isEqualTo(new UsItinDetector().context().words());
        assertThat(UsItinPlainDetector.BASE_SCORE).isLessThan(0.5);
        assertThat(UsItinPlainDetector.BASE_SCORE + ContextRule.DEFAULT_BOOST).isGreaterThanOrEqualTo(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"912701234", "900500000", "999991234"})
    void findsNineValidDigits(String itin) {
        assertThat(candidates(detector, "itin: " + itin))
                .containsExactly(new Candidate(6, 15, UsItinPlainDetector.BASE_SCORE));
    }

    @Test
    void findsNineValidDigitsWrittenWithSpaces() {
        assertThat(candidates(detector, "itin: 912 70 1234"))
                .containsExactly(new Candidate(6, 17, UsItinPlainDetector.BASE_SCORE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "912491234",
                "912931234",
                "812701234",
                "999999999",
                "91270123",
                "9127012345",
                "x912701234",
                "912701234x",
                "912-70-1234",
                "912 49 1234",
                "12 912 70 1234",
                "912 70 1234 5"
            })
    void ignoresOtherNumbers(String text) {
        assertThat(candidates(detector, "itin " + text)).isEmpty();
    }
}
