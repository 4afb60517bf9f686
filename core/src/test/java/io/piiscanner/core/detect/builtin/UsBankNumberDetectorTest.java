package io.piiscanner.core.detect.builtin;

import static io.piiscanner.core.detect.builtin.FinancialScans.candidates;
import static io.piiscanner.core.detect.builtin.FinancialScans.found;
import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsBankNumberDetectorTest {

    private final UsBankNumberDetector detector = new UsBankNumberDetector();

    @Test
    void describesItselfAndRequiresContext() {
        assertThat(detector.id()).isEqualTo("us-bank-number");
        assertThat(detector.type()).isEqualTo(EntityTypes.US_BANK_NUMBER);
        assertThat(detector.context().required()).isTrue();
        assertThat(detector.context().words())
                .contains("account", "acct", "bank account", "account number", "acct#", "dda");
        assertThat(detector.context().labelWords()).contains("checking", "savings");
        assertThat(detector.context().negative())
                .contains("routing", "aba", "card", "phone", "order", "invoice", "account id", "aws account");
        assertThat(UsBankNumberDetector.BASE_SCORE + ContextRule.DEFAULT_BOOST).isGreaterThanOrEqualTo(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"87154266", "000123456789", "63279019111552470", "4111111111111111"})
    void findsEightToSeventeenDigits(String number) {
        String text = "acct " + number;
        assertThat(candidates(detector, text))
                .containsExactly(new Candidate(5, 5 + number.length(), UsBankNumberDetector.BASE_SCORE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1234567",
                "123456789012345678",
                "00000000",
                "99999999999",
                "x12345678",
                "12345678x",
                "12345678-01",
                "12-12345678",
                "1234.12345678",
                "12345678.90",
                "+12345678901",
                "12345678",
                "9876543210",
                "1234567812345678",
                "45004500"
            })
    void ignoresOtherNumbers(String number) {
        assertThat(candidates(detector, "account " + number)).isEmpty();
    }

    @Test
    void findsNumbersAtEdgesAndInCsv() {
        assertThat(found(detector, "87154266")).containsExactly("87154266");
        assertThat(found(detector, "checking,87154266,savings,29585032.")).containsExactly("87154266", "29585032");
    }

    /** A billing ticket: an account number, and a test number typed into the account field. */
    @Test
    void leavesOutPlaceholdersTypedForAnAccountNumber() {
        String ticket = """
                Customer asked us to debit account number 6327901911155 for future invoices.
                Account reference 1234567812345678 failed the check digit.
                Acct: 123456789 was entered by the test harness, ignore.
                """;
        assertThat(EngineScans.found(ticket, EntityTypes.US_BANK_NUMBER)).containsExactly("6327901911155");
    }

    @Test
    void masksAllButTheLastFour() {
        assertThat(detector.mask("123456789012")).isEqualTo("********9012");
    }
}
