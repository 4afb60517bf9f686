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

class PhonePlainDetectorTest {

    private static final Detector US = new PhonePlainDetector();

    private static List<Candidate> candidates(Detector detector, String text) {
        List<Candidate> out = new ArrayList<>();
        detector.find(ScanText.of(text), out::add);
        return out;
    }

    private static List<String> found(Detector detector, String text) {
        return candidates(detector, text).stream().map(c -> text.substring(c.start(), c.end())).toList();
    }

    @Test
    void describesItselfAndNeedsContext() {
        assertThat(US.id()).isEqualTo("phone-plain");
        assertThat(US.type()).isEqualTo(EntityTypes.PHONE_NUMBER);
        assertThat(US.context().required()).isTrue();
        assertThat(US.context().words()).contains("phone", "mobile", "whatsapp");
    }

    @Test
    void findsBareValidNumbersWithExactSpan() {
        String text = "phone: 2125551234";
        assertThat(candidates(US, text)).containsExactly(new Candidate(7, 17, 0.4));
        assertThat(found(US, "mobile=12125551234,")).containsExactly("12125551234");
        assertThat(found(US, "2125551234")).containsExactly("2125551234");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1710000000", "1710000000123", "21255512345678", "x2125551234", "2125551234x", "2125551234.5",
        "212-555-1234", "12:2125551234", "ORD-2125551234", "$2125551234", "555123",
    })
    void rejectsOtherDigitRuns(String text) {
        assertThat(found(US, text)).isEmpty();
    }

    @Test
    void rejectsLuhnValidCardLengthRuns() {
        assertThat(Luhn.isValid("4222222222222")).isTrue();
        assertThat(found(US, "4222222222222")).isEmpty();
    }

    @Test
    void usesConfiguredRegion() {
        Detector gb = US.configure(new DetectorSettings("GB"));
        assertThat(found(US, "02079460958")).isEmpty();
        assertThat(found(gb, "02079460958")).containsExactly("02079460958");
        assertThat(gb.normalize("02079460958")).isEqualTo("+442079460958");
        assertThat(US.configure(DetectorSettings.DEFAULTS)).isSameAs(US);
    }

    @Test
    void masksAndNormalizes() {
        assertThat(US.mask("2125551234")).isEqualTo("******1234");
        assertThat(US.normalize("2125551234")).isEqualTo("+12125551234");
    }
}
