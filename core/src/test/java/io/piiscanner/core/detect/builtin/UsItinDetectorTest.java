package io.piiscanner.core.detect.builtin;

import static io.piiscanner.core.detect.builtin.FinancialScans.candidates;
import static io.piiscanner.core.detect.builtin.FinancialScans.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.EntityTypes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsItinDetectorTest {

    private final UsItinDetector detector = new UsItinDetector();

    @Test
    void describesItself() {
        assertThat(detector.id()).isEqualTo("us-itin");
        assertThat(detector.type()).isEqualTo(EntityTypes.US_ITIN);
        assertThat(detector.context().required()).isFalse();
        assertThat(detector.context().words()).contains("itin", "taxpayer", "tax id", "individual taxpayer");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "912-50-1234",
                "912-65-1234",
                "912-70-1234",
                "912-88-1234",
                "912-90-1234",
                "912-92-1234",
                "912-94-1234",
                "999-99-1234",
                "912.70.1234",
                "900-70-0000"
            })
    void findsFormattedNumbers(String itin) {
        String text = "ITIN " + itin + ".";
        assertThat(candidates(detector, text))
                .containsExactly(new Candidate(5, 5 + itin.length(), UsItinDetector.BASE_SCORE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "912-49-1234",
                "912-66-1234",
                "912-69-1234",
                "912-89-1234",
                "912-93-1234",
                "912-00-1234",
                "812-70-1234",
                "999-99-9999",
                "912-70 1234",
                "912701234",
                "1912-70-1234",
                "912-70-12345",
                "x912-70-1234",
                "912-70-1234-5",
                "912 70 1234"
            })
    void ignoresOtherNumbers(String text) {
        assertThat(candidates(detector, text)).isEmpty();
    }

    @Test
    void findsNumbersAtTheEdges() {
        assertThat(found(detector, "912-70-1234")).containsExactly("912-70-1234");
        assertThat(found(detector, "a,912-70-1234")).containsExactly("912-70-1234");
    }

    @Test
    void masksAllButTheLastFour() {
        assertThat(detector.mask("912-70-1234")).isEqualTo("***-**-1234");
    }

    /** Nine digits written bare or spaced, reported as {@code us-itin-plain} with context only. */
    @Nested
    class PlainDigits {

        private final Detector plain = FinancialScans.part(new UsItinDetector(), "us-itin-plain");

        @Test
        void describesItselfAndRequiresContext() {
            assertThat(plain.id()).isEqualTo("us-itin-plain");
            assertThat(plain.type()).isEqualTo(EntityTypes.US_ITIN);
            assertThat(plain.context().required()).isTrue();
            assertThat(plain.context().words())
                    .isEqualTo(new UsItinDetector().context().words());
            assertThat(UsItinDetector.PLAIN_SCORE).isLessThan(0.5);
            assertThat(UsItinDetector.PLAIN_SCORE + ContextRule.DEFAULT_BOOST).isGreaterThanOrEqualTo(0.5);
        }

        @ParameterizedTest
        @ValueSource(strings = {"912701234", "900500000", "999991234"})
        void findsNineValidDigits(String itin) {
            assertThat(candidates(plain, "itin: " + itin))
                    .containsExactly(new Candidate(6, 15, UsItinDetector.PLAIN_SCORE));
        }

        @Test
        void findsNineValidDigitsWrittenWithSpaces() {
            assertThat(candidates(plain, "itin: 912 70 1234"))
                    .containsExactly(new Candidate(6, 17, UsItinDetector.PLAIN_SCORE));
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
            assertThat(candidates(plain, "itin " + text)).isEmpty();
        }
    }
}
