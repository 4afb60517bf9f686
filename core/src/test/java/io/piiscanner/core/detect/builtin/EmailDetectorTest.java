package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.ScanText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmailDetectorTest {

    private static final EmailDetector DETECTOR = new EmailDetector();

    private static List<Candidate> candidates(ScanText text) {
        List<Candidate> out = new ArrayList<>();
        DETECTOR.find(text, out::add);
        return out;
    }

    private static List<String> found(String text) {
        return candidates(ScanText.of(text)).stream().map(c -> text.substring(c.start(), c.end())).toList();
    }

    @Test
    void describesItself() {
        assertThat(DETECTOR.id()).isEqualTo("email");
        assertThat(DETECTOR.type()).isEqualTo(EntityTypes.EMAIL_ADDRESS);
        assertThat(DETECTOR.context().required()).isFalse();
    }

    @Test
    void findsAddressWithExactSpanAndScore() {
        String text = "contact john.smith+tag@example.co.uk today";
        List<Candidate> found = candidates(ScanText.of(text));
        assertThat(found).containsExactly(new Candidate(8, 36, 0.9));
        assertThat(text.substring(8, 36)).isEqualTo("john.smith+tag@example.co.uk");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a@b.io|a@b.io",
        "<john@example.com>|john@example.com",
        "(john@example.com)|john@example.com",
        "\"john@example.com\",42|john@example.com",
        "mailto:john@example.com|john@example.com",
        "Write to john@example.com.|john@example.com",
        "Email:...john@example.com|john@example.com",
        "JOHN_DOE%1@Mail-Server.Example.ORG|JOHN_DOE%1@Mail-Server.Example.ORG",
        "user@example.xn--p1ai|user@example.xn--p1ai",
        "'john@example.com'|john@example.com",
    })
    void findsAddressesAmongPunctuation(String text, String address) {
        assertThat(found(text)).containsExactly(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "john@localhost",
        "john..doe@example.com",
        "john.@example.com",
        "john@-example.com",
        "john@example-.com",
        "john@example..com",
        "john@example.c",
        "john@example.c0m",
        "john@192.168.1.1",
        "icon@2x.png",
        "@example.com",
        "john@",
        "a@b@c.com",
        "john@example.com_backup",
        "@",
    })
    void rejectsNonAddresses(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void limitsLocalPartToSixtyFourCharacters() {
        assertThat(found("a".repeat(64) + "@example.com")).hasSize(1);
        assertThat(found("a".repeat(65) + "@example.com")).isEmpty();
    }

    @Test
    void findsSeveralAddresses() {
        assertThat(found("a@example.com,b@example.org;c@example.net"))
                .containsExactly("a@example.com", "b@example.org", "c@example.net");
    }

    @Test
    void reportsOnlyAddressesStartingInTheScanRange() {
        String text = "to: john@example.com";
        assertThat(candidates(new ScanText(text, 0, 4))).isEmpty();
        assertThat(candidates(new ScanText(text, 0, 5))).containsExactly(new Candidate(4, 20, 0.9));
        assertThat(candidates(new ScanText(text, 5, text.length()))).isEmpty();
    }

    @Test
    void masksLocalPartAndDomainLabelsButTld() {
        assertThat(DETECTOR.mask("john@example.com")).isEqualTo("j***@*******.com");
        assertThat(DETECTOR.mask("john.smith@mail.example.co.uk")).isEqualTo("j*********@****.*******.**.uk");
    }

    @Test
    void normalizesToLowerCase() {
        assertThat(DETECTOR.normalize("John.Smith@Example.COM")).isEqualTo("john.smith@example.com");
    }
}
