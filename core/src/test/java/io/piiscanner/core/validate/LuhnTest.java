package io.piiscanner.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuhnTest {

    /** Textbook Luhn, written independently of the class under test. */
    static boolean reference(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4111111111111111",
                "4012888888881881",
                "5555555555554444",
                "378282246310005",
                "6011111111111117",
                "30569309025904",
                "3530111333300000",
                "6200000000000005",
                "79927398713",
                "00"
            })
    void acceptsKnownValidNumbers(String number) {
        assertThat(reference(number)).isTrue();
        assertThat(Luhn.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "79927398710", "1234567812345678", "01"})
    void rejectsWrongCheckDigit(String number) {
        assertThat(reference(number)).isFalse();
        assertThat(Luhn.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "4111 1111 1111 1111", "4111-1111-1111-1111", "411111111111111a", "٤١"})
    void rejectsTooShortOrNonDigits(String value) {
        assertThat(Luhn.isValid(value)).isFalse();
    }

    @Test
    void computesCheckDigit() {
        assertThat(Luhn.checkDigit("7992739871")).isEqualTo(3);
        assertThat(Luhn.checkDigit("411111111111111")).isEqualTo(1);
    }

    @Test
    void checkDigitRejectsBadPayload() {
        assertThatThrownBy(() -> Luhn.checkDigit("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Luhn.checkDigit("12a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void appendingTheCheckDigitMakesAnyPayloadValid(
            @ForAll @NumericChars @StringLength(min = 1, max = 30) String payload) {
        assertThat(Luhn.isValid(payload + Luhn.checkDigit(payload))).isTrue();
    }

    @Property
    void agreesWithTheReference(@ForAll @NumericChars @StringLength(min = 2, max = 30) String digits) {
        assertThat(Luhn.isValid(digits)).isEqualTo(reference(digits));
    }

    @Property
    void checksARangeInPlace(
            @ForAll @NumericChars @StringLength(min = 2, max = 30) String digits,
            @ForAll @StringLength(max = 5) String before,
            @ForAll @StringLength(max = 5) String after) {
        String s = before + digits + after;
        assertThat(Luhn.isValid(s, before.length(), before.length() + digits.length()))
                .isEqualTo(reference(digits));
    }

    @Property
    void detectsEverySingleDigitSubstitution(@ForAll("substitutions") Substitution s) {
        String valid = s.payload() + Luhn.checkDigit(s.payload());
        String changed = s.applyTo(valid);
        assertThat(Luhn.isValid(changed)).isFalse();
    }

    @Provide
    Arbitrary<Substitution> substitutions() {
        return Arbitraries.strings()
                .numeric()
                .ofMinLength(1)
                .ofMaxLength(25)
                .flatMap(payload -> Combinators.combine(
                                Arbitraries.integers().between(0, payload.length()),
                                Arbitraries.integers().between(1, 9))
                        .as((pos, delta) -> new Substitution(payload, pos, delta)));
    }

    /** Replaces the digit at {@code pos} by a different one: its value plus {@code delta} mod 10. */
    record Substitution(String payload, int pos, int delta) {
        String applyTo(String number) {
            char c = (char) ('0' + (number.charAt(pos) - '0' + delta) % 10);
            return number.substring(0, pos) + c + number.substring(pos + 1);
        }
    }
}
