package io.piiscanner.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsSsnTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "536904399",
                "001010001",
                "665999999",
                "667010001",
                "899999998",
                "078051121",
                "219099998",
                "123456788"
            })
    void acceptsIssuableNumbers(String ssn) {
        assertThat(UsSsn.isValid(ssn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "000123456",
                "666123456",
                "900123456",
                "950701234",
                "999123456", // reserved areas, 9xx is ITIN
                "123004567",
                "123450000", // group 00, serial 0000
                "078051120",
                "219099999",
                "123456789",
                "987654320",
                "987654329", // published or example numbers
                "111111111",
                "555555555", // placeholders
                "53690439",
                "5369043991",
                "536-90-4399",
                "53690439a",
                ""
            })
    void rejectsNumbersThatAreNeverIssued(String value) {
        assertThat(UsSsn.isValid(value)).isFalse();
    }
}
