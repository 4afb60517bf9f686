package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.Token;

/** The app synthesizes offline, environment-agnostic, to {@code TapStack<suffix>.template.json}. */
class SynthesisTest {

  private final SynthesizedStack synthesized = SynthesizedStack.defaults();

  @Test
  void theCloudAssemblyHoldsTheTemplateNamedAfterTheStack() {
    TapStack stack = synthesized.stack();
    assertThat(stack.getStackName()).isEqualTo("TapStacktest");
    Path outdir = Path.of(Stage.of(stack).getOutdir());
    assertThat(Files.isRegularFile(outdir.resolve("TapStacktest.template.json"))).isTrue();
  }

  @Test
  void theStackIsEnvironmentAgnosticSoSynthesisNeedsNoCredentials() {
    TapStack stack = synthesized.stack();
    assertThat(Token.isUnresolved(stack.getAccount())).isTrue();
    assertThat(Token.isUnresolved(stack.getRegion())).isTrue();
    String json = synthesized.template().toJSON().toString();
    assertThat(json).doesNotContainPattern("\\b\\d{12}\\b").doesNotContainPattern("\\b(us|eu|ap|ca|sa)-[a-z]+-\\d\\b");
  }

  @Test
  void cdkJsonRunsTheAppThroughMavenAndCarriesTheFeatureFlags() throws Exception {
    String cdkJson = Files.readString(Path.of("cdk.json"));
    assertThat(cdkJson).contains("-Psynth package").contains("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1");
    assertThat(SynthesizedStack.cdkJsonContext()).containsEntry("@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true);
  }
}
