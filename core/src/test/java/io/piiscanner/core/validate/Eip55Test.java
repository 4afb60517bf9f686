package io.piiscanner.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Eip55Test {

    /** The examples of the EIP-55 specification. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                "fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                "dbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
                "D1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
            })
    void acceptsSpecificationExamples(String hex) {
        assertThat(Eip55.isValid(hex)).isTrue();
    }

    @Test
    void rejectsAnyFlippedLetter() {
        String hex = "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (Character.isLetter(c)) {
                char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
                assertThat(Eip55.isValid(hex.substring(0, i) + flipped + hex.substring(i + 1)))
                        .as("flip at %d", i)
                        .isFalse();
            }
        }
    }

    @Test
    void rejectsWrongLengthAndNonHex() {
        assertThat(Eip55.isValid("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe")).isFalse();
        assertThat(Eip55.isValid("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg")).isFalse();
        assertThat(Eip55.isValid("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed".toUpperCase(Locale.ROOT)))
                .isFalse();
    }
}
