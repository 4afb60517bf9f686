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

class UsDriverLicenseDetectorTest {

    private static final UsDriverLicenseDetector DETECTOR = new UsDriverLicenseDetector();

    private static List<Candidate> candidates(String text) {
        List<Candidate> out = new ArrayList<>();
        DETECTOR.find(ScanText.of(text), out::add);
        return out;
    }

    private static List<String> found(String text) {
        return candidates(text).stream()
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    @Test
    void describesItselfAndNeedsContext() {
        assertThat(DETECTOR.id()).isEqualTo("us-driver-license");
        assertThat(DETECTOR.type()).isEqualTo(EntityTypes.US_DRIVER_LICENSE);
        assertThat(DETECTOR.context().required()).isTrue();
        assertThat(DETECTOR.context().words()).contains("driver license", "dl#", "license number");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "driver's license",
                "Driver\u00e2\u0080\u0099s License",
                "drivers licence",
                "driving licence",
                "license number",
                "licence no",
                "DL#",
                "DL:",
                "dl number"
            })
    void knowsTheWaysLicensesAreNamed(String words) {
        assertThat(DETECTOR.context().words()).anyMatch(words::equalsIgnoreCase);
    }

    @Test
    void reportsExactSpanAndScore() {
        assertThat(candidates("Driver license: A1234567.")).containsExactly(new Candidate(16, 24, 0.4));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // California, New York, Florida (plain and hyphenated), Illinois, Washington, Idaho-style suffix.
                "A1234567", "123456789", "D123456789012", "D123-456-78-901-0", "A123-4567-8901", "WDL12345678",
                "AB123456C", "K12345678", "12345678", "a1234567", "A-123-456-789-012", "2270-66-1551",
            })
    void findsStateFormats(String number) {
        assertThat(found("DL# " + number)).containsExactly(number);
        assertThat(found(number)).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A12345", "12345", "hello", "license1234567", "2024-03-15", "123-45-6789", "A123456789012345",
                "123456789012345", "ABCD1234567", "A1234567BC", "1.1234567", "x-A1234567", "1234-56-155",
                        "1234-56-15511",
                "123-456-7890", "1234-5678", "1234-56-1551-2", "1234 56 1551",
            })
    void rejectsOtherShapes(String text) {
        assertThat(found(text)).isEmpty();
    }

    /**
     * KYC notes of a rental desk: licences after {@code DL:}, one whose digits also read as a phone
     * number without a label ({@code 364-559-3763}), where the label decides, and a passport
     * number after the licence, whose own label is nearer.
     */
    @Test
    void findsLicencesLabelledInKycNotes() {
        String notes = """
                Renter verified in person. DL: G8432666 (NY), exp 2027.
                DL: 7800-46-2905 (NY)
                my driver's license number is 3645-59-3763
                Customer provided driver's license T4713853 and passport 864214055 for KYC.
                Speed test from the desk: DL 94.2 Mbps / UL 11.8 Mbps, order 20240311 shipped.
                """;
        assertThat(EngineScans.found(notes, EntityTypes.US_DRIVER_LICENSE))
                .containsExactly("G8432666", "7800-46-2905", "3645-59-3763", "T4713853");
        assertThat(EngineScans.found(notes, EntityTypes.PHONE_NUMBER)).isEmpty();
    }

    @Test
    void masksAllButLastFour() {
        assertThat(DETECTOR.mask("A1234567")).isEqualTo("******67");
        assertThat(DETECTOR.mask("D123-456-78-901-0")).isEqualTo("****-***-**-901-0");
    }
}
