package io.piiscanner.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fast path derived from a declared pattern restricts where it is tried as a hand-written one
 * would: that it finds what plain matching finds is {@link MatchStartTest}'s to prove; these say
 * that it saves the work it should.
 */
class FastPathTest {

    private static final String BEFORE = "(?<![\\w+\\-])(?<!\\d\\.)";
    private static final String AFTER = "(?!\\w|[-.]\\w)";
    private static final DetectorDeclaration.Where CLUSTER =
            DetectorDeclaration.detector("x", "X").inDigitCluster(0, 0).where();

    @Test
    void aDashedNumberIsTriedOnlyOnTokensOfItsFirstDigits() {
        FastPath fast = derive(BEFORE + "\\d{3}([-.])\\d{2}\\1\\d{4}" + AFTER, CLUSTER);
        assertThat(fast.gate()).isEqualTo(Gate.digits(9, 0, 0));
        assertThat(starts(fast, "2024-09-24 08:05:21 123-45-6789 x123 123")).containsExactly(20, 37);
    }

    @Test
    void alternativesAreTriedOnTheLeadsOfEach() {
        FastPath fast = derive("(?<![\\w\\-]|\\d\\.)(?:[A-Z]\\d{8}|\\d{9})(?!\\w|[\\-.]\\d)", CLUSTER);
        assertThat(fast.gate()).isEqualTo(Gate.digits(8, 0, 0));
        assertThat(starts(fast, "AB12345678 X12345678 123456789 1234 X")).containsExactly(11, 21);
    }

    @Test
    void aMatchThatCanFollowALetterIsTriedAnywhere() {
        assertThat(derive("\\d{9}", CLUSTER).start()).isSameAs(MatchStart.ANY);
    }

    @Test
    void aRunGateTakesItsLengthsFromThePattern() {
        DetectorDeclaration.Where run =
                DetectorDeclaration.detector("x", "X").inRunOf(CharClass.ALNUM).where();
        FastPath fast = derive("(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])", run);
        assertThat(fast.gate()).isEqualTo(Gate.runs(CharClass.ALNUM, 20, 20));
        assertThatThrownBy(() -> derive("(?:AKIA|ASIA)[A-Z2-7]{16}", run))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole runs");
    }

    @Test
    void aPatternOnRareTokensRunsWithinItsLongestMatchOfThem() {
        DetectorDeclaration.Where rare =
                DetectorDeclaration.detector("x", "X").startsOnRareTokens().where();
        FastPath fast =
                derive("(?<![\\w-])[A-Za-z]{2}\\d{2}(?:[A-Za-z0-9]{11,30}|(?: [A-Za-z0-9]{4}){2,7})(?![\\w-])", rare);
        assertThat(fast.gate()).isEqualTo(Gate.ANYWHERE);
        assertThat(fast.tokenLength()).isEqualTo(39);
        assertThat(starts(fast, "DE89 1234 x DE 89 D1 AB12")).containsExactly(0, 21);
        assertThatThrownBy(() -> derive("[A-Za-z]{2}\\d+", rare)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void declaredDigitBoundsRaiseTheGate() {
        DetectorDeclaration.Where bounded = DetectorDeclaration.detector("x", "X")
                .inDigitCluster(4, 2)
                .digits(6, 14)
                .where();
        assertThat(derive("(?<![\\w\\-])[A-Za-z]{1,3}+\\d++(?:-\\d++)*+(?!\\w)", bounded)
                        .gate())
                .isEqualTo(Gate.digits(6, 4, 2));
    }

    @Test
    void patternsNotReadAreRefused() {
        assertThatThrownBy(() -> derive("(?i)ssn\\d{9}", CLUSTER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> derive("[a-z]+", CLUSTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without a digit");
    }

    private static FastPath derive(String regex, DetectorDeclaration.Where where) {
        return FastPath.derive(Pattern.compile(regex), where);
    }

    /** The positions the start lets a match be tried at: those of the token regions it lists. */
    private static java.util.List<Integer> starts(FastPath fast, String text) {
        int[] regions = fast.start().tokenRegions(ScanText.of(text), 1);
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int r = 0; r < regions.length; r += 2) {
            out.add(regions[r]);
        }
        return out;
    }
}
