package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.validate.Luhn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneDetectorTest {

    private static final Detector US = new PhoneDetector();

    private static List<Candidate> candidates(Detector detector, ScanText text) {
        List<Candidate> out = new ArrayList<>();
        detector.find(text, out::add);
        return out;
    }

    private static List<String> found(Detector detector, String text) {
        return candidates(detector, ScanText.of(text)).stream().map(c -> text.substring(c.start(), c.end())).toList();
    }

    private static List<String> found(String text) {
        return found(US, text);
    }

    @Test
    void describesItself() {
        assertThat(US.id()).isEqualTo("phone");
        assertThat(US.type()).isEqualTo(EntityTypes.PHONE_NUMBER);
        assertThat(US.context().required()).isFalse();
        assertThat(US.context().words()).contains("phone", "mobile");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "(212) 555-1234", "(212)555-1234", "212-555-1234", "212.555.1234", "212 555 1234", "+1 212 555 1234",
        "+1-202-555-0123", "+1 (212) 555-1234", "1-800-555-1234", "+12125551234", "+44 20 7946 0958",
        "+33 1 23 45 67 89", "+49 30 1234567", "+49 (0)30 1234567",
    })
    void findsFormattedNumbers(String number) {
        assertThat(found(number)).containsExactly(number);
        assertThat(found("Tel: " + number + ".")).containsExactly(number);
    }

    @Test
    void reportsExactSpanAndScore() {
        String text = "Call me at (212) 555-1234 today";
        assertThat(candidates(US, ScanText.of(text))).containsExactly(new Candidate(11, 25, 0.7));
    }

    @Test
    void findsNumbersInCsvFields() {
        assertThat(found("John,212-555-1234,42,\"+1 415 555 2671\""))
                .containsExactly("212-555-1234", "+1 415 555 2671");
    }

    @Test
    void splitsRunsOfSeveralNumbers() {
        assertThat(found("qty 3 212-555-1234")).containsExactly("212-555-1234");
        assertThat(found("212-555-1234 415-555-2671")).containsExactly("212-555-1234", "415-555-2671");
    }

    @Test
    void leavesBareDigitsToThePlainDetector() {
        assertThat(found("phone 2125551234")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-03-15", "2024-03-15T10:22:33Z", "at 2024-03-15 10:22:33 UTC", "10:22:33", "03/15/2024",
        "192.168.100.200", "123-45-6789", "$1,234.56", "1,234,567.89", "12345.678901", "version 10.0.19041.1",
        "1.2.3.4.5", "550e8400-e29b-41d4-a716-446655440000", "1710000000", "x212-555-1234", "212-555-1234x",
        "ORD-212-555-1234", "212-555-1234-99", "555-1234", "4111 1111 1111 1111", "3782 822463 10005",
    })
    void rejectsOtherNumbers(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void rejectsCardNumbersEvenWhereTheyParse() {
        // 15 digits, Luhn-valid: an Amex test number.
        assertThat(Luhn.isValid("378282246310005")).isTrue();
        assertThat(found("3782-822463-10005")).isEmpty();
    }

    @Test
    void rejectsDatesInRegionsWhereTheyWouldParse() {
        Detector de = US.configure(new DetectorSettings("DE"));
        assertThat(new PhoneDetector.Region("DE").parseValid("2024-03-15")).isNotNull();
        assertThat(found(de, "15.03.2024")).isEmpty();
        assertThat(found(de, "2024-03-15")).isEmpty();
        assertThat(found(de, "030 1234567")).containsExactly("030 1234567");
    }

    @Test
    void parsesNationalNumbersForTheConfiguredRegion() {
        Detector gb = US.configure(new DetectorSettings("GB"));
        assertThat(found("020 7946 0958")).isEmpty();
        assertThat(found(gb, "020 7946 0958")).containsExactly("020 7946 0958");
        assertThat(gb.normalize("020 7946 0958")).isEqualTo("+442079460958");
        assertThat(US.configure(DetectorSettings.DEFAULTS)).isSameAs(US);
    }

    @Test
    void reportsEachNumberInExactlyOneWindow() {
        String text = "qty 3 212-555-1234";
        int split = text.indexOf("212");
        assertThat(candidates(US, new ScanText(text, 0, split))).isEmpty();
        assertThat(candidates(US, new ScanText(text, split, text.length())))
                .containsExactly(new Candidate(split, text.length(), 0.7));
        String whole = "(212) 555-1234";
        assertThat(candidates(US, new ScanText(whole, 0, 1))).hasSize(1);
        assertThat(candidates(US, new ScanText(whole, 1, whole.length()))).isEmpty();
    }

    @Test
    void masksAllButLastFourDigits() {
        assertThat(US.mask("(212) 555-1234")).isEqualTo("(***) ***-1234");
        assertThat(US.mask("+1 212 555 1234")).isEqualTo("+* *** *** 1234");
    }

    @Test
    void normalizesToE164() {
        assertThat(US.normalize("(212) 555-1234")).isEqualTo("+12125551234");
        assertThat(US.normalize("+1 212.555.1234")).isEqualTo("+12125551234");
        assertThat(US.normalize("+44 20 7946 0958")).isEqualTo("+442079460958");
    }
}
