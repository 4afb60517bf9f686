package io.piiscanner.preflight.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.preflight.Checks;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservedConcurrencyRuleTest {

    private final ReservedConcurrencyRule rule = new ReservedConcurrencyRule();

    private static String functions(String reservation) {
        StringBuilder yaml = new StringBuilder("Resources:\n");
        for (String name : List.of("Objects", "Queue", "Api")) {
            yaml.append("  ")
                    .append(name)
                    .append(":\n    Type: AWS::Lambda::Function\n    Properties:\n")
                    .append("      Runtime: java21\n")
                    .append(reservation);
        }
        return yaml.toString();
    }

    @Test
    void threeFunctionsReservingFiveEachNeedAnAccountWithOneHundredAndFifteenUnreserved() {
        List<Finding> findings = Checks.run(rule, functions("      ReservedConcurrentExecutions: 5\n"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.impact()).isEqualTo(Impact.MEDIUM);
            assertThat(f.resourceId()).isEqualTo("Objects");
            assertThat(f.problem()).contains("reserves 15 ");
            assertThat(f.consequence()).contains("at least 115", "10", "below its minimum value");
        });
    }

    @Test
    void functionsThatReserveNothingPass() {
        assertThat(Checks.run(rule, functions(""))).isEmpty();
        assertThat(Checks.run(rule, functions("      ReservedConcurrentExecutions: 0\n")))
                .isEmpty();
    }
}
