package io.piiscanner.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** ISO 7064 MOD 97-10 with BigInteger, independent of the streaming implementation. */
    static boolean referenceChecksum(String iban) {
        String rearranged = (iban.substring(4) + iban.substring(0, 4)).toUpperCase(Locale.ROOT);
        StringBuilder number = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            number.append(Character.digit(c, 36));
        }
        return new BigInteger(number.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
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
                "CH9300762011623852957",
                "MT84MALT011000012345MTLCAST001S",
                "LC55HEMM000100010012001200023015"
            })
    void acceptsRegistryExamples(String iban) {
        assertThat(referenceChecksum(iban)).isTrue();
        assertThat(Iban.isValid(iban)).isTrue();
    }

    @Test
    void ignoresLetterCase() {
        assertThat(Iban.isValid("gb82west12345698765432")).isTrue();
        assertThat(Iban.isValid("Gb82WeSt12345698765432")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE88370400440532013000", "GB82WEST12345698765433", "NL91ABNA0417164301"})
    void rejectsBadChecksum(String iban) {
        assertThat(referenceChecksum(iban)).isFalse();
        assertThat(Iban.isValid(iban)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DE8937040044053201300",
                "DE893704004405320130000",
                "XX89370400440532013000",
                "US89370400440532013000",
                "1E89370400440532013000",
                "DEA9370400440532013000",
                "DE89 3704 0044 0532 0130 00",
                "DE89370400440532013-00",
                "",
                "DE",
                "DE89"
            })
    void rejectsWrongLengthUnknownCountryAndBadCharacters(String value) {
        assertThat(Iban.isValid(value)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"97,00", "98,01", "02,99"})
    void rejectsCheckDigitsOutsideTheIssuedRange(String issued, String alias) {
        // 00, 01 and 99 equal 97, 98 and 02 mod 97, so they satisfy MOD 97-10 but are never issued.
        String bban = findBbanWithCheckDigits("DE", 18, issued);
        assertThat(Iban.isValid("DE" + issued + bban)).isTrue();
        assertThat(referenceChecksum("DE" + alias + bban)).isTrue();
        assertThat(Iban.isValid("DE" + alias + bban)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"DE,22", "de,22", "NO,15", "RU,33", "LC,32", "YE,30", "US,0", "XX,0", "1A,0", "D,0"})
    void knowsCountryLengths(String country, int length) {
        assertThat(Iban.length(country)).isEqualTo(length);
    }

    @Test
    void listsTheRegistryCountries() {
        assertThat(Iban.countryCodes())
                .hasSize(89)
                .contains("DE", "GB", "FR", "NL", "NO", "RU", "XK")
                .doesNotContain("US")
                .isSorted();
        assertThat(Iban.countryCodes())
                .allSatisfy(c -> assertThat(Iban.length(c)).isBetween(15, 34));
    }

    @Test
    void computesCheckDigits() {
        assertThat(Iban.checkDigits("DE", "370400440532013000")).isEqualTo("89");
        assertThat(Iban.checkDigits("GB", "WEST12345698765432")).isEqualTo("82");
        assertThat(Iban.checkDigits("fr", "20041010050500013M02606")).isEqualTo("14");
        assertThatThrownBy(() -> Iban.checkDigits("D1", "123")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Iban.checkDigits("DE", "12-3")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void generatedIbansAreValidForEveryCountry(@ForAll("ibans") String iban) {
        assertThat(referenceChecksum(iban)).isTrue();
        assertThat(Iban.isValid(iban)).isTrue();
        assertThat(Iban.isValid(iban.toLowerCase(Locale.ROOT))).isTrue();
    }

    @Property
    void agreesWithTheReferenceOnArbitraryInput(@ForAll("ibanShaped") String value) {
        boolean expected = Iban.length(value) == value.length()
                && Character.isDigit(value.charAt(2))
                && Character.isDigit(value.charAt(3))
                && Integer.parseInt(value.substring(2, 4)) >= 2
                && Integer.parseInt(value.substring(2, 4)) <= 98
                && referenceChecksum(value);
        assertThat(Iban.isValid(value)).isEqualTo(expected);
    }

    @Property
    void detectsEverySingleCharacterSubstitution(
            @ForAll("ibans") String iban, @ForAll("indexes") int index, @ForAll("shifts") int shift) {
        int pos = index % iban.length();
        char c = iban.charAt(pos);
        // Replace a digit by another digit and a letter by another letter: the IBAN keeps its shape.
        char replacement = Character.isDigit(c)
                ? (char) ('0' + (c - '0' + 1 + shift % 9) % 10)
                : (char) ('A' + (c - 'A' + 1 + shift % 25) % 26);
        String changed = iban.substring(0, pos) + replacement + iban.substring(pos + 1);
        assertThat(Iban.isValid(changed)).isFalse();
    }

    @Property
    void detectsEverySwapOfAdjacentDifferentDigits(@ForAll("ibans") String iban, @ForAll("indexes") int index) {
        int pos = index % (iban.length() - 1);
        char a = iban.charAt(pos);
        char b = iban.charAt(pos + 1);
        Assume.that(Character.isDigit(a) && Character.isDigit(b) && a != b);
        String swapped = iban.substring(0, pos) + b + a + iban.substring(pos + 2);
        assertThat(Iban.isValid(swapped)).isFalse();
    }

    @Provide
    Arbitrary<String> ibans() {
        return Arbitraries.of(Iban.countryCodes()).flatMap(country -> {
            Arbitrary<String> bban =
                    Arbitraries.strings().withChars(ALPHANUMERIC.toCharArray()).ofLength(Iban.length(country) - 4);
            Arbitrary<String> numericBban = Arbitraries.strings().numeric().ofLength(Iban.length(country) - 4);
            return Arbitraries.oneOf(bban, numericBban).map(b -> country + Iban.checkDigits(country, b) + b);
        });
    }

    @Provide
    Arbitrary<String> ibanShaped() {
        return Arbitraries.of(Iban.countryCodes())
                .flatMap(country -> Arbitraries.strings()
                        .withChars(ALPHANUMERIC.toCharArray())
                        .ofMinLength(Iban.length(country) - 3)
                        .ofMaxLength(Iban.length(country) - 1)
                        .map(rest -> country + rest));
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<Integer> shifts() {
        return Arbitraries.integers().between(0, 1000);
    }

    /** Searches a numeric BBAN whose issued check digits are {@code wanted}. */
    private static String findBbanWithCheckDigits(String country, int length, String wanted) {
        for (long n = 0; ; n++) {
            String bban = String.format("%0" + length + "d", n);
            if (Iban.checkDigits(country, bban).equals(wanted)) {
                return bban;
            }
        }
    }
}
