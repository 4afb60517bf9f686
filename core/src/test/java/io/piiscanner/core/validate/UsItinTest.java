package io.piiscanner.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsItinTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "900500000",
                "912651234",
                "912701234",
                "912881234",
                "912901234",
                "912921234",
                "912941234",
                "999991234"
            })
    void acceptsAssignedMiddleRanges(String itin) {
        assertThat(UsItin.isValid(itin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "912001234",
                "912491234",
                "912661234",
                "912691234",
                "912891234",
                "912931234",
                "812701234",
                "012701234",
                "999999999",
                "91270123",
                "9127012345",
                "912-70-1234",
                ""
            })
    void rejectsOtherNumbers(String value) {
        assertThat(UsItin.isValid(value)).isFalse();
    }
}
