package io.piiscanner.core.detect.builtin;

import static io.piiscanner.core.detect.builtin.FinancialScans.candidates;
import static io.piiscanner.core.detect.builtin.FinancialScans.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.validate.CardIssuers;
import io.piiscanner.core.validate.Luhn;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCardDetectorTest {

    private final CreditCardDetector detector = new CreditCardDetector();

    /** The payload completed with its Luhn check digit. */
    private static String luhn(String payload) {
        return payload + Luhn.checkDigit(payload);
    }

    @Test
    void describesItself() {
        assertThat(detector.id()).isEqualTo("credit-card");
        assertThat(detector.type()).isEqualTo(EntityTypes.CREDIT_CARD);
        assertThat(detector.context().required()).isFalse();
        assertThat(detector.context().words()).contains("card", "credit", "visa", "pan", "cc", "expiry");
        assertThat(detector.context().negative()).contains("order", "invoice", "tracking", "isbn", "id", "trace");
    }

    @ParameterizedTest
    @CsvSource({
        "4111111111111111, visa",
        "4012888888881881, visa",
        "4222222222222, visa",
        "5555555555554444, mastercard",
        "2223000048400011, mastercard",
        "378282246310005, amex",
        "371449635398431, amex",
        "6011111111111117, discover",
        "6011000990139424, discover",
        "30569309025904, diners",
        "36227206271667, diners",
        "3530111333300000, jcb",
        "3566002020360505, jcb",
        "180000000000002, jcb",
        "213100000000001, jcb",
        "6200000000000005, unionpay",
        "6212345678901265, unionpay",
        "6759649826438453, maestro"
    })
    void findsPlainNumbersOfEveryBrand(String number, String brand) {
        assertThat(Luhn.isValid(number)).isTrue();
        String text = "paid with " + number + ".";
        assertThat(candidates(detector, text))
                .containsExactly(new Candidate(10, 10 + number.length(), CreditCardDetector.BASE_SCORE, brand));
    }

    @ParameterizedTest
    @CsvSource({
        "4111 1111 1111 1111, visa", "4111-1111-1111-1111, visa", "5555 5555 5555 4444, mastercard",
        "3782 822463 10005, amex", "3056 930902 5904, diners", "6011-0009-9013-9424, discover",
        "4111 1111 1111 1111 110, visa", "4111 11 11 11 11 11 11, visa", "411111 111111 1111, visa",
        "2131 000000 00001, jcb", "1800-000000-00002, jcb"
    })
    void findsGroupedNumbers(String number, String brand) {
        assertThat(Luhn.isValid(number.replaceAll("[ -]", ""))).isTrue();
        List<Candidate> found = candidates(detector, "card: " + number + " ok");
        assertThat(found).containsExactly(new Candidate(6, 6 + number.length(), 0.9, brand));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4111111111111111", "(4111111111111111)", "\"4111111111111111\"", "card=4111111111111111;",
                "a,4111111111111111,b", "4111111111111111\n", "\t4111111111111111", "[4111 1111 1111 1111]",
                "4111111111111111.", "4111111111111111-", "cc:4111111111111111", "<pan>4111111111111111</pan>"
            })
    void findsNumbersAtStringEdgesAndNextToPunctuation(String text) {
        assertThat(found(detector, text))
                .containsExactly(text.replaceAll("[^0-9 ]", "").strip());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4111111111111112", // Luhn fails
                "4444444444444444",
                "0000000000000000", // one repeated digit
                "ORD4111111111111111X",
                "x4111111111111111",
                "4111111111111111x",
                "4111111111111111_1",
                "_4111111111111111",
                "99994111111111111111",
                "41111111111111111111",
                "4111111111111111-01",
                "-4111111111111111",
                "+4111111111111111",
                "0.4111111111111111",
                "4111111111111111.50",
                "4111 1111-1111 1111",
                "4111-1111-1111-1111-1111",
                "1234-4111-1111-1111-1111",
                "4111  1111 1111 1111",
                "4111 1111 1111 11111",
                "4111.1111.1111.1111",
                "123e4567-e89b-12d3-a456-426614174000",
                "12345678-1234-1234-1234-411111111111",
                "+1 (555) 123-4567",
                "+44 20 7946 0958",
                "+49 1512 3456 7890",
                "+1-800-555-0199 ext 4111",
                "Total: $4,111.11",
                "1234.56",
                "tracking 1Z999AA10123456784",
                "00000000  54 75 65 73 64 61 79 20  31 32 3a 30 30 0a  |Tuesday 12:00.|",
                "41 11 11 11 11 11 11 11",
                "411 111 111 111 1111",
                "00000000: 5265 7365 7420 7468 6520 7265 7472 7920  Reset the retry ",
                "\t0x0010:  5265 7365 7420 7468 6520 7265 7472 7920  Reset the retry ",
                "0000020 5265 7365 7420 7468"
            })
    void ignoresNonCards(String text) {
        assertThat(candidates(detector, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "order 4111111111111111",
                "Order #4111111111111111",
                "dd.trace_id=4954872394851234563",
                "\"traceId\": \"4954872394851234563\"",
                "orderId=4111-1111-1111-1111",
                "ISBN: 4111111111111111",
                "span_id 4954872394851234563",
                "tracking: 4111111111111111"
            })
    void ignoresNumbersLabelledAsSomethingElse(String text) {
        assertThat(candidates(detector, text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "paid 4111111111111111|4111111111111111",
                "reorder: 4111111111111111|4111111111111111",
                "ORDERID 4111111111111111|4111111111111111",
                "order was charged to 4111111111111111|4111111111111111",
                "card: 4954872394851234563|4954872394851234563",
                "0001 4111111111111111|4111111111111111",
                "0001  4111 1111 1111 1111|4111 1111 1111 1111",
                "00000001: 4111 1111 1111 1111|4111 1111 1111 1111",
                "123456780: 4111 1111 1111 1111|4111 1111 1111 1111"
            })
    void findsNumbersWhoseLabelIsNotAnotherKindOfNumber(String text, String number) {
        assertThat(found(detector, text)).containsExactly(number);
    }

    @Test
    void ignoresEpochMilliseconds() {
        String millis = luhn("170000000000"); // Luhn-valid on purpose: the issuer table must reject it
        assertThat(millis).hasSize(13);
        assertThat(Luhn.isValid(millis)).isTrue();
        assertThat(candidates(detector, "ts=" + millis + " 1699999999999")).isEmpty();
    }

    @Test
    void ignoresLuhnValidNumbersOfWrongLengthOrUnknownPrefix() {
        String visa15 = luhn("41111111111111");
        String amex16 = luhn("378282246310001");
        String unknown = luhn("911111111111111");
        String visa20 = luhn("4111111111111111111");
        for (String n : List.of(visa15, amex16, unknown, visa20)) {
            assertThat(Luhn.isValid(n)).isTrue();
            assertThat(candidates(detector, "card " + n)).as(n).isEmpty();
        }
    }

    @Test
    void noRepeatedDigitPassesLuhnAndTheIssuerTable() {
        for (char d = '0'; d <= '9'; d++) {
            for (int length = 13; length <= 19; length++) {
                String n = String.valueOf(d).repeat(length);
                assertThat(Luhn.isValid(n) && CardIssuers.brand(n) != null)
                        .as(n)
                        .isFalse();
            }
        }
    }

    @Test
    void findsSeveralNumbersInOneText() {
        String text = "4111111111111111 5555555555554444,378282246310005\n4012 8888 8888 1881";
        assertThat(found(detector, text))
                .containsExactly("4111111111111111", "5555555555554444", "378282246310005", "4012 8888 8888 1881");
    }

    @Test
    void findsEachOfSeveralGroupedCardsSeparatedBySpaces() {
        assertThat(found(detector, "4111-1111-1111-1111 5555-5555-5555-4444"))
                .containsExactly("4111-1111-1111-1111", "5555-5555-5555-4444");
        assertThat(found(detector, "cards 4111 1111 1111 1111 5555 5555 5555 4444 3782 822463 10005 on file"))
                .containsExactly("4111 1111 1111 1111", "5555 5555 5555 4444", "3782 822463 10005");
        assertThat(found(detector, "4111 1111 1111 1111 4111 1111 1111 1111 110 12/27"))
                .containsExactly("4111 1111 1111 1111", "4111 1111 1111 1111 110");
        assertThat(found(detector, "order 12 4111-1111-1111-1111")).containsExactly("4111-1111-1111-1111");
    }

    @Test
    void findsEveryCardOfALongLineOfDashedCards() {
        String line = "4111-1111-1111-1111 5555-5555-5555-4444 ".repeat(5_000);
        assertThat(candidates(detector, line)).hasSize(10_000);
    }

    @Test
    void stopsAtTheFirstGroupsOfASpacedRunThatAreNotACard() {
        assertThat(found(detector, "4111 1111 1111 1111 123 5555 5555 5555 4444"))
                .containsExactly("4111 1111 1111 1111");
    }

    @Test
    void findsACardFollowedByItsExpiryAndCode() {
        assertThat(found(detector, "4111 1111 1111 1111 12/27 123")).containsExactly("4111 1111 1111 1111");
        assertThat(found(detector, "3782 822463 10005 0427")).containsExactly("3782 822463 10005");
        assertThat(found(detector, "4111-1111-1111-1111 12/27")).containsExactly("4111-1111-1111-1111");
    }

    @Test
    void neverReportsTheTailOfALongerGroupedNumber() {
        assertThat(candidates(detector, "12 4111 1111 1111 1111")).isEmpty();
        assertThat(candidates(detector, "1234 5678 4111 1111 1111 1111")).isEmpty();
    }

    @Test
    void reportsOnlyCandidatesStartingInTheScanRange() {
        String text = "a 4111111111111111 b 5555555555554444 c";
        assertThat(candidates(detector, new ScanText(text, 0, 19)))
                .extracting(Candidate::start)
                .containsExactly(2);
        assertThat(candidates(detector, new ScanText(text, 3, text.length())))
                .extracting(Candidate::start)
                .containsExactly(21);
        // The look-behind sees before the range, so a window starting mid-number finds nothing there.
        assertThat(candidates(detector, new ScanText(text, 3, 19))).isEmpty();
        // A candidate may run past the range end; it is the start that counts.
        assertThat(candidates(detector, new ScanText(text, 21, 22)))
                .extracting(Candidate::end)
                .containsExactly(37);
    }

    @Test
    void masksAllButTheLastFourDigits() {
        assertThat(detector.mask("4111 1111 1111 1111")).isEqualTo("**** **** **** 1111");
        assertThat(detector.mask("4111-1111-1111-1111")).isEqualTo("****-****-****-1111");
        assertThat(detector.mask("378282246310005")).isEqualTo("***********0005");
    }

    @Test
    void normalizesToDigits() {
        assertThat(detector.normalize("4111 1111 1111 1111")).isEqualTo("4111111111111111");
        assertThat(detector.normalize("4111-1111-1111-1111")).isEqualTo("4111111111111111");
    }

    @Property
    void findsEveryValidVisaInText(@ForAll("visas") String number) {
        String text = "Card " + number + " exp 12/30";
        assertThat(candidates(detector, text))
                .containsExactly(
                        new Candidate(5, 5 + number.length(), CreditCardDetector.BASE_SCORE, CardIssuers.VISA));
    }

    @Provide
    Arbitrary<String> visas() {
        return Arbitraries.of(11, 14, 17)
                .flatMap(payload -> Arbitraries.strings().numeric().ofLength(payload))
                .map(rest -> luhn("4" + rest))
                .filter(n -> !n.chars().allMatch(c -> c == '4'));
    }
}
