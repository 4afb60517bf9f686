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
    void recognisesPlaceholders() {
        assertThat(Digits.isPlaceholder("00000000")).isTrue();
        assertThat(Digits.isPlaceholder("12345678")).isTrue();
        assertThat(Digits.isPlaceholder("7890123456")).isTrue();
        assertThat(Digits.isPlaceholder("9876543210")).isTrue();
        assertThat(Digits.isPlaceholder("1234567812345678")).isTrue();
        assertThat(Digits.isPlaceholder("121212121")).isTrue();
        assertThat(Digits.isPlaceholder("87154266")).isFalse();
        assertThat(Digits.isPlaceholder("1234567812345679")).isFalse();
        assertThat(Digits.isPlaceholder("12345687")).isFalse();
        assertThat(Digits.isPlaceholder("7")).isFalse();
    }

    @Test
    void readsValues() {
        assertThat(Digits.value("0123456789", 1, 4)).isEqualTo(123);
        assertThat(Digits.value("999999999", 0, 9)).isEqualTo(999_999_999);
    }
}
