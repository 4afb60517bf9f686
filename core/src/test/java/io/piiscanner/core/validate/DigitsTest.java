package io.piiscanner.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitsTest {

    @Test
    void recognisesAsciiDigits() {
        assertThat(Digits.allAscii("0123456789")).isTrue();
        assertThat(Digits.allAscii("")).isFalse();
        assertThat(Digits.allAscii("12 3")).isFalse();
        assertThat(Digits.allAscii("١٢٣")).isFalse();
    }

    @Test
    void recognisesRepeatedCharacters() {
        assertThat(Digits.allSame("0000")).isTrue();
        assertThat(Digits.allSame("7")).isTrue();
        assertThat(Digits.allSame("0001")).isFalse();
        assertThat(Digits.allSame("")).isFalse();
    }

    @Test
    void readsValues() {
        assertThat(Digits.value("0123456789", 1, 4)).isEqualTo(123);
        assertThat(Digits.value("999999999", 0, 9)).isEqualTo(999_999_999);
    }
}
