package io.piiscanner.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardIssuersTest {

    @ParameterizedTest
    @CsvSource({
        "4111111111111111, visa",
        "4222222222222, visa",
        "4111111111111111110, visa",
        "5555555555554444, mastercard",
        "5105105105105100, mastercard",
        "2223000048400011, mastercard",
        "2720990000000000, mastercard",
        "378282246310005, amex",
        "371449635398431, amex",
        "340000000000009, amex",
        "6011111111111117, discover",
        "6011000990139424, discover",
        "6440000000000000, discover",
        "6500000000000002, discover",
        "6221260000000000, discover",
        "6229250000000000000, discover",
        "30569309025904, diners",
        "36227206271667, diners",
        "38520000023237, diners",
        "3900000000000000000, diners",
        "3530111333300000, jcb",
        "3566002020360505, jcb",
        "3589000000000000000, jcb",
        "180000000000002, jcb",
        "213112345678904, jcb",
        "6200000000000005, unionpay",
        "6212345678901265, unionpay",
        "6229260000000000, unionpay",
        "6759649826438453, maestro",
        "5018000000000009, maestro",
        "6304000000000000, maestro",
        "676300000000, maestro",
        "5893000000000000000, maestro"
    })
    void recognisesBrands(String number, String brand) {
        assertThat(CardIssuers.brand(number)).isEqualTo(brand);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "41111111111111",
                "411111111111111",
                "41111111111111111", // visa is 13, 16 or 19 long
                "555555555555444",
                "55555555555544441",
                "2220990000000000",
                "2721000000000000",
                "5600000000000000",
                "3782822463100051",
                "37828224631000",
                "601111111111111",
                "6430000000000000",
                "3060000000000000",
                "3095000000000000",
                "3000000000000",
                "3527000000000000",
                "3590000000000000",
                "353011133330000",
                "1800000000000000",
                "18000000000000",
                "2131000000000000",
                "180100000000000",
                "213200000000000",
                "620000000000000",
                "5019000000000000",
                "6760000000000000",
                "6764000000000000",
                "1700000000000",
                "9111111111111111",
                "0411111111111111",
                "7000000000000000"
            })
    void rejectsUnknownPrefixesAndLengths(String number) {
        assertThat(CardIssuers.brand(number)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "41111111111", "41111111111111111111", "4111 1111 1111 1111", "411111111111111x"})
    void rejectsBadInput(String value) {
        assertThat(CardIssuers.brand(value)).isNull();
    }

    @Test
    void maestroAllowsTwelveDigits() {
        assertThat(CardIssuers.brand("675900000000")).isEqualTo(CardIssuers.MAESTRO);
        assertThat(CardIssuers.brand("411111111111")).isNull();
    }
}
