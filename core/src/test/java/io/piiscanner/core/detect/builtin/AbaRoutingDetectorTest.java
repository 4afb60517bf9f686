package io.piiscanner.core.detect.builtin;

import static io.piiscanner.core.detect.builtin.FinancialScans.candidates;
import static io.piiscanner.core.detect.builtin.FinancialScans.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.validate.AbaRouting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbaRoutingDetectorTest {

    private final AbaRoutingDetector detector = new AbaRoutingDetector();

    @Test
    void describesItselfAndRequiresContext() {
        assertThat(detector.id()).isEqualTo("aba-routing");
        assertThat(detector.type()).isEqualTo(EntityTypes.ABA_ROUTING_NUMBER);
        assertThat(detector.context().required()).isTrue();
        assertThat(detector.context().words()).contains("aba", "rtn", "routing number", "ach", "rt#", "abartn");
        assertThat(detector.context().labelWords()).contains("routing", "transit", "bank", "wire");
        assertThat(AbaRoutingDetector.BASE_SCORE).isLessThan(0.5);
        assertThat(AbaRoutingDetector.BASE_SCORE + ContextRule.DEFAULT_BOOST).isGreaterThanOrEqualTo(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"011000015", "021000021", "026009593", "121000358", "0110-0001-5", "0210-0002-1"})
    void findsValidRoutingNumbers(String number) {
        assertThat(AbaRouting.isValid(number.replace("-", ""))).isTrue();
        String text = "routing " + number + "\n";
        assertThat(candidates(detector, text))
                .containsExactly(new Candidate(8, 8 + number.length(), AbaRoutingDetector.BASE_SCORE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"021000021", "(021000021)", "rtn=021000021;", "a,021000021,b", "ABA:021000021."})
    void findsNumbersAtEdgesAndNextToPunctuation(String text) {
        assertThat(found(detector, text)).containsExactly("021000021");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "011000016",
                "000000000",
                "02100002",
                "0210000210",
                "x021000021",
                "021000021x",
                "021000021-1",
                "1-021000021",
                "0.021000021",
                "021000021.5",
                "02100-0021",
                "0210-00021",
                "021-000-021",
                "021 000 021"
            })
    void ignoresOtherNumbers(String number) {
        assertThat(candidates(detector, "routing " + number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13", "20", "33", "60", "73", "81", "99"})
    void ignoresGoodChecksumsWithUnassignedPrefixes(String prefix) {
        String number = null;
        for (char check = '0'; check <= '9'; check++) {
            String n = prefix + "100000" + check;
            int[] d = n.chars().map(c -> c - '0').toArray();
            if ((3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0) {
                number = n;
            }
        }
        assertThat(number).isNotNull();
        assertThat(candidates(detector, "routing " + number)).isEmpty();
    }

    @Test
    void masksAllButTheLastFour() {
        assertThat(detector.mask("021000021")).isEqualTo("*****0021");
        assertThat(detector.normalize("0210-0002-1")).isEqualTo("021000021");
    }
}
