package io.piiscanner.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbaRoutingTest {

    /** The published checksum, computed independently of the class under test. */
    static boolean checksumHolds(String d) {
        int[] v = d.chars().map(c -> c - '0').toArray();
        return (3 * (v[0] + v[3] + v[6]) + 7 * (v[1] + v[4] + v[7]) + (v[2] + v[5] + v[8])) % 10 == 0;
    }

    /** Eight digits completed with the digit that satisfies the checksum. */
    static String withCheckDigit(String eight) {
        for (char c = '0'; c <= '9'; c++) {
            if (checksumHolds(eight + c)) {
                return eight + c;
            }
        }
        throw new AssertionError("no check digit for " + eight);
    }

    @ParameterizedTest
    @ValueSource(strings = {"011000015", "021000021", "026009593", "121000358", "322271627"})
    void acceptsRoutingNumbers(String number) {
        assertThat(checksumHolds(number)).isTrue();
        assertThat(AbaRouting.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"011000016", "021000012", "121000359"})
    void rejectsBadChecksum(String number) {
        assertThat(checksumHolds(number)).isFalse();
        assertThat(AbaRouting.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13", "20", "33", "60", "73", "79", "81", "99"})
    void rejectsUnassignedPrefixesEvenWithAGoodChecksum(String prefix) {
        String number = withCheckDigit(prefix + "100001");
        assertThat(checksumHolds(number)).isTrue();
        assertThat(AbaRouting.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000000", "", "02100002", "0210000210", "0210-0002-1", "02100002a"})
    void rejectsZeroWrongLengthAndNonDigits(String value) {
        assertThat(AbaRouting.isValid(value)).isFalse();
    }

    @Property
    void acceptsEveryAssignedPrefixWithItsCheckDigit(@ForAll("validNumbers") String number) {
        assertThat(AbaRouting.isValid(number)).isTrue();
    }

    @Property
    void detectsEverySingleDigitSubstitution(
            @ForAll("validNumbers") String number, @ForAll("positions") int pos, @ForAll("deltas") int delta) {
        char c = (char) ('0' + (number.charAt(pos) - '0' + delta) % 10);
        String changed = number.substring(0, pos) + c + number.substring(pos + 1);
        assertThat(AbaRouting.isValid(changed)).isFalse();
    }

    @Provide
    Arbitrary<String> validNumbers() {
        Arbitrary<Integer> prefix = Arbitraries.of(0, 1, 5, 9, 10, 12, 21, 26, 32, 61, 66, 72, 80);
        Arbitrary<String> middle = Arbitraries.strings().numeric().ofLength(6);
        return Combinators.combine(prefix, middle)
                .as((p, m) -> withCheckDigit(String.format("%02d", p) + m))
                .filter(n -> !n.equals("000000000"));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 8);
    }

    @Provide
    Arbitrary<Integer> deltas() {
        return Arbitraries.integers().between(1, 9);
    }
}
