package io.piiscanner.core.detect.builtin;

import static io.piiscanner.core.detect.builtin.FinancialScans.candidates;
import static io.piiscanner.core.detect.builtin.FinancialScans.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.validate.CardIssuers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShortCardDetectorTest {

    private final ShortCardDetector detector = new ShortCardDetector();

    @Test
    void describesItselfAndRequiresCardContext() {
        assertThat(detector.id()).isEqualTo("credit-card-short");
        assertThat(detector.type()).isEqualTo(EntityTypes.CREDIT_CARD);
        assertThat(detector.context().required()).isTrue();
        assertThat(detector.context().words())
                .isEqualTo(new CreditCardDetector().context().words());
        assertThat(ShortCardDetector.BASE_SCORE).isLessThan(CreditCardDetector.BASE_SCORE);
        assertThat(ShortCardDetector.BASE_SCORE + ContextRule.DEFAULT_BOOST).isGreaterThanOrEqualTo(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"501800000009", "675900000000", "676300000004", "5018 0000 0009", "6759-0000-0000"})
    void findsTwelveDigitMaestroNumbers(String number) {
        String text = "Maestro card " + number + ", exp 04/27";
        assertThat(candidates(detector, text))
                .containsExactly(
                        new Candidate(13, 13 + number.length(), ShortCardDetector.BASE_SCORE, CardIssuers.MAESTRO));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "501800000008", // Luhn fails
                "411111111117",
                "555555555559", // Luhn-valid, but only Maestro issues 12 digits
                "5018000000090",
                "50180000009",
                "x501800000009",
                "501800000009x",
                "501800000009-1",
                "1.501800000009",
                "5018 0000 0009 1234",
                "12 5018 0000 0009",
                "5018 0000-0009",
                "5018  0000 0009",
                "5018.0000.0009"
            })
    void ignoresOtherNumbers(String number) {
        assertThat(candidates(detector, "card " + number)).isEmpty();
    }

    @Test
    void findsNumbersAtEdgesAndInCsv() {
        assertThat(found(detector, "501800000009")).containsExactly("501800000009");
        assertThat(found(detector, "debit,501800000009,675900000000")).containsExactly("501800000009", "675900000000");
    }

    @Test
    void masksAllButTheLastFourAndFingerprintsDigits() {
        assertThat(detector.mask("5018 0000 0009")).isEqualTo("**** **** 0009");
        assertThat(detector.normalize("5018-0000-0009")).isEqualTo("501800000009");
    }
}
