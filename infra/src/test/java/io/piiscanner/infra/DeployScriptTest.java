package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, item 3: {@code scripts/deploy.sh} refuses a reservation the account cannot give
 * before CloudFormation fails on it. The arithmetic is the scripts' own function, run by bash
 * with the figures {@code aws lambda get-account-settings} reports.
 */
class DeployScriptTest {

    private record Run(int exit, String stderr) {}

    @ParameterizedTest(name = "{0} per function, limit {1}, unreserved {2}, ours {3}: exit {4}")
    @CsvSource({
        // A new account: its whole limit of 10 must stay unreserved.
        "5, 10, 10, 0, 1",
        // The default limit leaves room for 3 x 5.
        "5, 1000, 1000, 0, 0",
        // 115 leaves exactly the 100 Lambda keeps; 114 one too few.
        "5, 115, 115, 0, 0",
        "5, 114, 114, 0, 1",
        // A redeploy: the stack's own 15 are given back before they are taken again.
        "5, 120, 105, 15, 0"
    })
    void theReservationMustLeaveLambdaItsUnreservedMinimum(int each, int limit, int unreserved, int ours, int exit)
            throws Exception {
        Run run = bash("concurrency_fits " + each + " " + limit + " " + unreserved + " " + ours);
        assertThat(run.exit()).as(run.stderr()).isEqualTo(exit);
        if (exit != 0) {
            assertThat(run.stderr())
                    .contains("Lambda keeps at least")
                    .contains("Deploy without -c reservedConcurrency");
        }
    }

    @Test
    void theReservationIsReadFromTheCommandLinesContext() throws Exception {
        Run run = bash(
                "parse_args --suffix pr1 -c reservedConcurrency=7 -c owner=me; context_value reservedConcurrency >&2");
        assertThat(run.exit()).isZero();
        assertThat(run.stderr().strip()).isEqualTo("7");
        assertThat(bash("concurrency_fits five 1000 1000 0").stderr()).contains("must be a whole number");
    }

    private static Run bash(String commands) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", "set -euo pipefail; source scripts/common.sh; " + commands)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), stderr);
    }
}
