package io.piiscanner.core.detect.builtin;

import static io.piiscanner.core.detect.builtin.FinancialScans.candidates;
import static io.piiscanner.core.detect.builtin.FinancialScans.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.validate.Iban;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanDetectorTest {

    private final IbanDetector detector = new IbanDetector();

    /** The print format: groups of four separated by single spaces. */
    private static String printFormat(String compact) {
        return compact.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Test
    void describesItself() {
        assertThat(detector.id()).isEqualTo("iban");
        assertThat(detector.type()).isEqualTo(EntityTypes.IBAN_CODE);
        assertThat(detector.context().required()).isFalse();
        assertThat(detector.context().words()).contains("iban", "bank", "account", "swift", "bic", "transfer");
        assertThat(IbanDetector.BASE_SCORE).isGreaterThanOrEqualTo(0.6);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DE89370400440532013000",
                "GB82WEST12345698765432",
                "FR1420041010050500013M02606",
                "NL91ABNA0417164300",
                "BE68539007547034",
                "NO9386011117947",
                "LC55HEMM000100010012001200023015"
            })
    void findsCompactAndPrintedIbans(String iban) {
        assertThat(Iban.isValid(iban)).isTrue();
        String printed = printFormat(iban);
        for (String written : new String[] {iban, printed, iban.toLowerCase(Locale.ROOT)}) {
            String text = "IBAN: " + written + ", thanks";
            assertThat(candidates(detector, text))
                    .as(written)
                    .containsExactly(new Candidate(6, 6 + written.length(), IbanDetector.BASE_SCORE));
        }
    }

    @Test
    void printsWithGroupsOfFour() {
        assertThat(printFormat("DE89370400440532013000")).isEqualTo("DE89 3704 0044 0532 0130 00");
        assertThat(printFormat("BE68539007547034")).isEqualTo("BE68 5390 0754 7034");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DE89370400440532013000",
                "(DE89370400440532013000)",
                "iban=DE89370400440532013000;",
                "a,DE89370400440532013000,b",
                "DE89370400440532013000.",
                "\"DE89370400440532013000\""
            })
    void findsIbansAtEdgesAndNextToPunctuation(String text) {
        assertThat(found(detector, text)).containsExactly("DE89370400440532013000");
    }

    @Test
    void stopsAtTheCountryLengthWhenAWordFollowsThePrintFormat() {
        assertThat(found(detector, "BE68 5390 0754 7034 EUR")).containsExactly("BE68 5390 0754 7034");
        assertThat(found(detector, "BE68 5390 0754 7034 ABCD")).containsExactly("BE68 5390 0754 7034");
        assertThat(found(detector, "NL91 ABNA 0417 1643 00 EUR")).containsExactly("NL91 ABNA 0417 1643 00");
        assertThat(found(detector, "DE89 3704 0044 0532 0130 00 to pay"))
                .containsExactly("DE89 3704 0044 0532 0130 00");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DE88370400440532013000",
                "DE89370400440532013001", // checksum
                "DE8937040044053201300",
                "DE893704004405320130001",
                "DE89 3704 0044 0532 0130 0", // length
                "XX89370400440532013000",
                "US89370400440532013000", // no IBAN country
                "ADE89370400440532013000",
                "DE89370400440532013000X",
                "1DE89370400440532013000",
                "DE89370400440532013000-1",
                "x-DE89370400440532013000",
                "DE89370400440532013000_",
                "DE89 37040044 0532 0130 00",
                "DE89  3704 0044 0532 0130 00",
                "DE89-3704-0044-0532-0130-00",
                "DE893704 0044 0532 0130 00",
                "DE89 3704 0044 0532 0130 00X",
                "DE00370400440532013000"
            })
    void ignoresInvalidOrEmbeddedIbans(String text) {
        assertThat(candidates(detector, text)).isEmpty();
    }

    @Test
    void findsSeveralIbans() {
        assertThat(found(detector, "from DE89370400440532013000 to GB82 WEST 1234 5698 7654 32\nNL91ABNA0417164300"))
                .containsExactly("DE89370400440532013000", "GB82 WEST 1234 5698 7654 32", "NL91ABNA0417164300");
    }

    @Test
    void masksAllButTheCountryAndTheLastFour() {
        assertThat(detector.mask("DE89 3704 0044 0532 0130 00")).isEqualTo("DE** **** **** **** **30 00");
        assertThat(detector.mask("DE89370400440532013000")).isEqualTo("DE****************3000");
        assertThat(detector.mask("NO9386011117947")).isEqualTo("NO*********7947");
    }

    @Test
    void normalizesToUpperCaseWithoutSpaces() {
        assertThat(detector.normalize("de89 3704 0044 0532 0130 00")).isEqualTo("DE89370400440532013000");
    }

    @Property
    void findsEveryValidIbanOfEveryCountryInBothFormats(@ForAll("ibans") String iban) {
        for (String written : new String[] {iban, printFormat(iban)}) {
            String text = "pay to " + written + " today";
            assertThat(candidates(detector, text))
                    .as(written)
                    .containsExactly(new Candidate(7, 7 + written.length(), IbanDetector.BASE_SCORE));
        }
    }

    @Provide
    Arbitrary<String> ibans() {
        return Arbitraries.of(Iban.countryCodes())
                .flatMap(country -> Arbitraries.strings()
                        .withChars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray())
                        .ofLength(Iban.length(country) - 4)
                        .map(bban -> country + Iban.checkDigits(country, bban) + bban));
    }
}
