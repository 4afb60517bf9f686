package io.piiscanner.core.detect.builtin;

import static io.piiscanner.core.detect.builtin.FinancialScans.candidates;
import static io.piiscanner.core.detect.builtin.FinancialScans.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsSsnPlainDetectorTest {

    private final UsSsnPlainDetector detector = new UsSsnPlainDetector();

    @Test
    void describesItselfAndRequiresContext() {
        assertThat(detector.id()).isEqualTo("us-ssn-plain");
        assertThat(detector.type()).isEqualTo(EntityTypes.US_SSN);
        assertThat(detector.context().required()).isTrue();
        assertThat(detector.context().words())
                .isEqualTo(new UsSsnDetector().context().words());
        assertThat(detector.context().negative()).contains("phone", "zip");
    }

    @Test
    void scoresBelowTheThresholdAloneAndAboveItWithContext() {
        assertThat(UsSsnPlainDetector.BASE_SCORE).isLessThan(0.5);
        assertThat(UsSsnPlainDetector.BASE_SCORE + ContextRule.DEFAULT_BOOST).isGreaterThanOrEqualTo(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SSN: 536904399", "536904399", "ssn,536904399,x", "(536904399)", "ss# 536904399."})
    void findsNineValidDigits(String text) {
        int start = text.indexOf("536904399");
        assertThat(candidates(detector, text))
                .containsExactly(new Candidate(start, start + 9, UsSsnPlainDetector.BASE_SCORE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"SSN: 536 90 4399", "536 90 4399", "ssn,536 90 4399,x", "(536 90 4399)", "ss# 536 90 4399."})
    void findsNineValidDigitsWrittenWithSpaces(String text) {
        int start = text.indexOf("536 90 4399");
        assertThat(candidates(detector, text))
                .containsExactly(new Candidate(start, start + 11, UsSsnPlainDetector.BASE_SCORE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "000123456",
                "666123456",
                "912701234",
                "123004567",
                "123450000",
                "078051120",
                "123456789",
                "111111111",
                "53690439",
                "5369043991",
                "x536904399",
                "536904399x",
                "536904399-1",
                "1-536904399",
                "0.536904399",
                "536904399.00",
                "536-90-4399",
                "666 12 3456",
                "12 536 90 4399",
                "536 90 4399 12",
                "536 90  4399",
                "536 904399",
                "x536 90 4399",
                "536 90 4399x",
                "536 90 4399-1"
            })
    void ignoresOtherNumbers(String text) {
        assertThat(candidates(detector, "ssn " + text)).isEmpty();
    }

    /** An onboarding form: the abbreviation written with its dots labels the number; an address's numbers have no label. */
    @Test
    void findsNumbersLabelledSocSecWithDots() {
        String form = """
                Applicant: Jane Roe
                Soc. Sec. #: 781 15 1261
                Mailing address: Suite 680 36 4022 Oakridge Lane, Springfield, IL 62704
                """;
        assertThat(EngineScans.found(form, EntityTypes.US_SSN)).containsExactly("781 15 1261");
    }

    @Test
    void findsEachNumberOfAList() {
        assertThat(found(detector, "ssns: 536904399 536904398,536904397"))
                .containsExactly("536904399", "536904398", "536904397");
    }

    @Test
    void masksAllButTheLastFour() {
        assertThat(detector.mask("536904399")).isEqualTo("*****4399");
        assertThat(detector.mask("536 90 4399")).isEqualTo("*** ** 4399");
    }
}
