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
    void leavesBareAndSpacedDigitsToThePlainPattern() {
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

    /** Nine digits written bare or spaced, reported as {@code us-ssn-plain} with context only. */
    @Nested
    class PlainDigits {

        private final Detector plain = FinancialScans.part(new UsSsnDetector(), "us-ssn-plain");

        @Test
        void describesItselfAndRequiresContext() {
            assertThat(plain.id()).isEqualTo("us-ssn-plain");
            assertThat(plain.type()).isEqualTo(EntityTypes.US_SSN);
            assertThat(plain.context().required()).isTrue();
            assertThat(plain.context().words())
                    .isEqualTo(new UsSsnDetector().context().words());
            assertThat(plain.context().negative()).contains("phone", "zip");
        }

        @Test
        void scoresBelowTheThresholdAloneAndAboveItWithContext() {
            assertThat(UsSsnDetector.PLAIN_SCORE).isLessThan(0.5);
            assertThat(UsSsnDetector.PLAIN_SCORE + ContextRule.DEFAULT_BOOST).isGreaterThanOrEqualTo(0.5);
        }

        @ParameterizedTest
        @ValueSource(strings = {"SSN: 536904399", "536904399", "ssn,536904399,x", "(536904399)", "ss# 536904399."})
        void findsNineValidDigits(String text) {
            int start = text.indexOf("536904399");
            assertThat(candidates(plain, text))
                    .containsExactly(new Candidate(start, start + 9, UsSsnDetector.PLAIN_SCORE));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"SSN: 536 90 4399", "536 90 4399", "ssn,536 90 4399,x", "(536 90 4399)", "ss# 536 90 4399."})
        void findsNineValidDigitsWrittenWithSpaces(String text) {
            int start = text.indexOf("536 90 4399");
            assertThat(candidates(plain, text))
                    .containsExactly(new Candidate(start, start + 11, UsSsnDetector.PLAIN_SCORE));
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
            assertThat(candidates(plain, "ssn " + text)).isEmpty();
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
            assertThat(found(plain, "ssns: 536904399 536904398,536904397"))
                    .containsExactly("536904399", "536904398", "536904397");
        }

        @Test
        void masksAllButTheLastFour() {
            assertThat(plain.mask("536904399")).isEqualTo("*****4399");
            assertThat(plain.mask("536 90 4399")).isEqualTo("*** ** 4399");
        }
    }
}
