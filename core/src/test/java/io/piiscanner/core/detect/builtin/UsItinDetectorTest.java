package io.piiscanner.core.detect.builtin;

import static io.piiscanner.core.detect.builtin.FinancialScans.candidates;
import static io.piiscanner.core.detect.builtin.FinancialScans.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.EntityTypes;
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
}
