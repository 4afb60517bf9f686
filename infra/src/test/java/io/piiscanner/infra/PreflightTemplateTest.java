package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.preflight.Finding;
import io.piiscanner.preflight.Preflight;
import io.piiscanner.preflight.template.ObjectTemplateReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The synthesized template passes {@code pii-scanner check}: nothing Critical or High, the level
 * at which the check fails a deployment. It reads the template as CloudFormation receives it, so
 * it also sees what the CDK adds after the aspects run.
 */
class PreflightTemplateTest {

  @ParameterizedTest
  @ValueSource(strings = {"test", "prod"})
  @SuppressWarnings("unchecked")
  void synthesizedTemplatePassesTheCheck(String environment) {
    SynthesizedStack stack =
        environment.equals("prod") ? SynthesizedStack.production() : SynthesizedStack.defaults();
    Map<String, Object> json = (Map<String, Object>) stack.template().toJSON();
    List<Finding> findings = Preflight.standard().check(ObjectTemplateReader.read(json));
    assertThat(findings)
        .filteredOn(f -> f.impact().failsCheck())
        .extracting(f -> f.impact() + " " + f.resourceLabel() + ": " + f.problem())
        .isEmpty();
  }
}
