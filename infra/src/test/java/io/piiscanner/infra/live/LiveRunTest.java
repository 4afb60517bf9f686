package io.piiscanner.infra.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 16, item 9: the live suite skips green only where no live run was asked for. */
class LiveRunTest {

    private static final Path OUTPUTS = Path.of("cfn-outputs", "flat-outputs.json");

    @Test
    void inCiAMissingDeploymentFailsTheRun() {
        assertThat(LiveRun.failureWithoutDeployment(Map.of("CI", "true"), OUTPUTS))
                .hasValueSatisfying(m -> assertThat(m)
                        .contains("CI=true")
                        .contains("flat-outputs.json")
                        .contains("deploy.sh"));
        assertThat(LiveRun.failureWithoutDeployment(Map.of("CI", "1"), OUTPUTS)).isPresent();
    }

    @Test
    void elsewhereTheRunIsSkipped() {
        assertThat(LiveRun.failureWithoutDeployment(Map.of(), OUTPUTS)).isEmpty();
        assertThat(LiveRun.failureWithoutDeployment(Map.of("CI", "false"), OUTPUTS))
                .isEmpty();
    }
}
