package io.piiscanner.core.detect.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.Engine;
import io.piiscanner.core.scan.InputSource;
import io.piiscanner.core.validate.Luhn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhonePlainDetectorTest {

    private static final Detector PLAIN = new PhonePlainDetector();

    private static List<Candidate> candidates(Detector detector, String text) {
        List<Candidate> out = new ArrayList<>();
        detector.find(ScanText.of(text), out::add);
        return out;
    }

    private static List<String> found(Detector detector, String text) {
        return candidates(detector, text).stream()
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }

    private static List<String> found(String text) {
        return found(PLAIN, text);
    }

    @Test
    void describesItselfAndNeedsContext() {
        assertThat(PLAIN.id()).isEqualTo("phone-plain");
        assertThat(PLAIN.type()).isEqualTo(EntityTypes.PHONE_NUMBER);
        assertThat(PLAIN.context().required()).isTrue();
        assertThat(PLAIN.context().words()).contains("phone", "mobile", "whatsapp", "desk:");
    }

    @Test
    void findsBareValidNumbersWithExactSpan() {
        String text = "phone: 2125551234";
        assertThat(candidates(PLAIN, text)).containsExactly(new Candidate(7, 17, 0.4, "US"));
        assertThat(found("mobile=12125551234,")).containsExactly("12125551234");
        assertThat(found("2125551234")).containsExactly("2125551234");
        assertThat(found("Desk: 4158675309x12")).containsExactly("4158675309x12");
    }

    @Test
    void findsNationalNumbersOfTheOtherRegionsWithTheirRegion() {
        String text = "London 020 7946 0958, Berlin 030 123456789, São Paulo (11) 91234-5678, Pune 98765 43210";
        assertThat(found(text)).containsExactly("020 7946 0958", "030 123456789", "(11) 91234-5678", "98765 43210");
        assertThat(candidates(PLAIN, text)).extracting(Candidate::detail).containsExactly("GB", "DE", "BR", "IN");
    }

    @Test
    void findsNumbersGroupedOtherwise() {
        assertThat(found("2125 551234")).containsExactly("2125 551234");
        assertThat(found("+44 2079 460958")).containsExactly("+44 2079 460958");
    }

    @Test
    void splitsRunsOfBareNumbersButNotBlocksOfOneLongNumber() {
        assertThat(found("Phones: 2125551234 4155552671 6505550123"))
                .containsExactly("2125551234", "4155552671", "6505550123");
        assertThat(found("phone, card 4111 1111 1111 1111 or account 0301 2345 6789 0123"))
                .isEmpty();
    }

    @Test
    void leavesNumbersThatStandOnTheirOwnToThePhoneDetector() {
        assertThat(found("(212) 555-1234, +44 20 7946 0958")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1710000000",
                "1710000000123",
                "21255512345678",
                "x2125551234",
                "2125551234x",
                "2125551234.5",
                "12:2125551234",
                "ORD-2125551234",
                "$2125551234",
                "555123",
                "1 2 3 4 5 6 7 8 9 10",
                "301234567",
            })
    void rejectsOtherDigitRuns(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void needsTheTrunkPrefixWhereTheRegionWritesOne() {
        Detector de = PLAIN.configure(new DetectorSettings(List.of("US", "DE")));
        assertThat(found(de, "Tel 030 1234567, 0301234567")).containsExactly("030 1234567", "0301234567");
        assertThat(found(de, "Tel 30 1234567, 301234567")).isEmpty();
    }

    @Test
    void rejectsLuhnValidCardLengthRuns() {
        assertThat(Luhn.isValid("4222222222222")).isTrue();
        assertThat(found("4222222222222")).isEmpty();
        // No card starts with 0: the call prefix of a number abroad does.
        assertThat(Luhn.isValid("00442079494914")).isTrue();
        assertThat(found("0044 20 7949 4914")).containsExactly("0044 20 7949 4914");
    }

    @Test
    void takesVerbsForLabelsOnlyRightBeforeTheNumber() throws IOException {
        assertThat(scanned("I'll ring 020 7030 8328 later; Handy: 0176 58617408, Mobil 030 2862269"))
                .containsExactly("020 7030 8328", "0176 58617408", "030 2862269");
        assertThat(scanned("dial 0044 20 7949 4914 or call 0161 496 0000"))
                .containsExactly("0044 20 7949 4914", "0161 496 0000");
        assertThat(scanned("ring buffer 020 7030 8328")).isEmpty();
        assertThat(scanned("call took 0161 496 0000 ns")).isEmpty();
    }

    /** The phone numbers the default engine reports in {@code text}, context applied. */
    private static List<String> scanned(String text) throws IOException {
        List<String> out = new ArrayList<>();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Engine.withDefaults().scan(new InputSource("t", () -> new ByteArrayInputStream(bytes), InputFormat.TEXT), f -> {
            if (f.type().equals(EntityTypes.PHONE_NUMBER)) {
                out.add(text.substring((int) f.start(), (int) f.end()));
            }
        });
        return out;
    }

    @Test
    void readsTheConfiguredRegionsOnly() {
        Detector us = PLAIN.configure(new DetectorSettings(List.of("US")));
        assertThat(found(us, "02079460958")).isEmpty();
        assertThat(found("02079460958")).containsExactly("02079460958");
        assertThat(PLAIN.normalize("02079460958")).isEqualTo("+442079460958");
        assertThat(PLAIN.configure(DetectorSettings.DEFAULTS)).isSameAs(PLAIN);
    }

    @Test
    void masksAndNormalizes() {
        assertThat(PLAIN.mask("2125551234")).isEqualTo("******1234");
        assertThat(PLAIN.normalize("2125551234")).isEqualTo("+12125551234");
    }
}
