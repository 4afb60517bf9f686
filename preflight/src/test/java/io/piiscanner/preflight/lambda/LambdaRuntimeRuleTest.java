package io.piiscanner.preflight.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.preflight.Checks;
import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LambdaRuntimeRuleTest {

    private static List<Finding> check(String runtime, LocalDate today) {
        return Checks.run(new LambdaRuntimeRule(RuntimeTable.bundled(), today), """
                Resources:
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties: {Runtime: %s, Role: r, Code: {ZipFile: x}}
                """.formatted(runtime));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "python3.7, 2026-11-23, CRITICAL",
        "go1.x, 2026-11-23, CRITICAL",
        "nodejs12.x, 2026-11-23, CRITICAL",
        "nodejs18.x, 2026-11-23, HIGH",
        "python3.9, 2026-11-23, HIGH",
        "python3.9, 2027-02-01, CRITICAL",
        "nodejs20.x, 2026-11-23, HIGH",
        "java17, 2026-11-23, MEDIUM",
        "java8.al2, 2026-11-23, MEDIUM",
        "provided.al2, 2026-11-23, MEDIUM",
        "java17, 2027-07-01, HIGH",
        "java17, 2027-08-01, CRITICAL",
        "nodejs22.x, 2027-03-01, MEDIUM",
        "made-up9.x, 2026-11-23, LOW"
    })
    void judgesRuntimesByTheirDates(String runtime, LocalDate today, Impact impact) {
        assertThat(check(runtime, today)).singleElement().satisfies(f -> {
            assertThat(f.impact()).isEqualTo(impact);
            assertThat(f.key()).isEqualTo("Properties.Runtime");
        });
    }

    @ParameterizedTest
    @CsvSource({"java21", "java17.al2023", "python3.13", "nodejs22.x", "nodejs24.x", "provided.al2023"})
    void currentAmazonLinux2023RuntimesPass(String runtime) {
        assertThat(check(runtime, Checks.TODAY)).isEmpty();
    }

    @Test
    void aParameterDefaultIsJudgedAndTheSuccessorSuggested() {
        List<Finding> findings = Checks.run(new LambdaRuntimeRule(RuntimeTable.bundled(), Checks.TODAY), """
                Parameters:
                  Runtime: {Type: String, Default: java11}
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties: {Runtime: !Ref Runtime, Handler: h}
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.problem()).contains("Amazon Linux 2", "2027-06-30");
            assertThat(f.fix()).startsWith("Runtime: java11.al2023");
        });
    }
}
