package io.piiscanner.core.detect.builtin;

import static io.piiscanner.core.detect.builtin.FinancialScans.candidates;
import static io.piiscanner.core.detect.builtin.FinancialScans.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.EntityTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsSsnDetectorTest {

    private final UsSsnDetector detector = new UsSsnDetector();

    @Test
    void describesItself() {
        assertThat(detector.id()).isEqualTo("us-ssn");
        assertThat(detector.type()).isEqualTo(EntityTypes.US_SSN);
        assertThat(detector.context().required()).isFalse();
        assertThat(detector.context().words())
                .contains("ssn", "social security", "social sec", "ss#", "ssa", "tin", "taxpayer");
        assertThat(detector.context().negative()).contains("phone", "tel", "fax", "order", "zip");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "536-90-4399",
                "536.90.4399",
                "001-01-0001",
                "899-99-9998",
                "078-05-1121",
                "665-12-3456",
                "667-12-3456"
            })
    void findsFormattedNumbersWithoutContext(String ssn) {
        String text = "value: " + ssn + ", next";
        assertThat(candidates(detector, text))
                .containsExactly(new Candidate(7, 7 + ssn.length(), UsSsnDetector.BASE_SCORE));
        assertThat(UsSsnDetector.BASE_SCORE).isGreaterThanOrEqualTo(0.5);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "536-90-4399",
                "(536-90-4399)",
                "ssn=536-90-4399;",
                "a,536-90-4399,b",
                "SSN:536-90-4399.",
                "\"536-90-4399\"",
                "536-90-4399 12",
                "536-90-4399-"
            })
    void findsNumbersAtEdgesAndNextToPunctuation(String text) {
        assertThat(found(detector, text)).containsExactly("536-90-4399");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "000-12-3456",
                "666-12-3456",
                "900-12-3456",
                "999-12-3456",
                "912-70-1234", // reserved areas, ITIN
                "123-00-4567",
                "123-45-0000", // group 00, serial 0000
                "078-05-1120",
                "219-09-9999",
                "123-45-6789",
                "987-65-4320",
                "987-65-4329", // published numbers
                "111-11-1111", // placeholder
                "536-90 4399",
                "536.90-4399",
                "536-904399",
                "536 90  4399",
                "53-690-4399",
                "5369-04-399", // layout
                "1536-90-4399",
                "536-90-43991",
                "A536-90-4399",
                "536-90-4399A",
                "536-90-4399-1",
                "_536-90-4399",
                "-536-90-4399",
                "+536-90-4399",
                "1.536.90.4399",
                "536.90.4399.1",
                "536-90-4399.5",
                "555-123-4567",
                "(555) 123-4567",
                "2024-01-15",
                "12-34-5678"
            })
    void ignoresOtherNumbers(String text) {
        assertThat(candidates(detector, text)).isEmpty();
    }

    @Test
    void leavesBareAndSpacedDigitsToThePlainDetector() {
        assertThat(candidates(detector, "ssn 536904399")).isEmpty();
        assertThat(candidates(detector, "ssn 536 90 4399")).isEmpty();
    }

    @Test
    void findsSeveralNumbers() {
        assertThat(found(detector, "536-90-4399 536-90-4398\n536.90.4397\n17 536.90.4396"))
                .containsExactly("536-90-4399", "536-90-4398", "536.90.4397", "536.90.4396");
    }

    @Test
    void masksAllButTheLastFour() {
        assertThat(detector.mask("536-90-4399")).isEqualTo("***-**-4399");
        assertThat(detector.mask("536.90.4399")).isEqualTo("***.**.4399");
    }

    @Test
    void normalizesToDigits() {
        assertThat(detector.normalize("536-90-4399")).isEqualTo("536904399");
        assertThat(detector.normalize("536.90.4399")).isEqualTo("536904399");
    }
}
