package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        assertThat(Files.isRegularFile(outdir.resolve("TapStacktest.template.json")))
                .isTrue();
    }

    @Test
    void theStackIsEnvironmentAgnosticSoSynthesisNeedsNoCredentials() {
        TapStack stack = synthesized.stack();
        assertThat(Token.isUnresolved(stack.getAccount())).isTrue();
        assertThat(Token.isUnresolved(stack.getRegion())).isTrue();
        String json = synthesized.template().toJSON().toString();
        assertThat(json)
                .doesNotContainPattern("\\b\\d{12}\\b")
                .doesNotContainPattern("\\b(us|eu|ap|ca|sa)-[a-z]+-\\d\\b");
    }

    /**
     * Issue 16, item 5. Two JVMs, because {@code Map.of} orders its entries by a seed drawn once per
     * JVM: two syntheses in one JVM would agree even with an unordered map in the stack.
     */
    @Test
    void synthesesInTwoJvmsGiveTheSameTemplateByteForByte(@TempDir Path dir) throws Exception {
        List<String> runs = List.of("first", "second");
        List<Process> processes = new ArrayList<>();
        for (String run : runs) {
            processes.add(synthesizeInANewJvm(dir.resolve(run), dir.resolve(run + ".log")));
        }
        for (int i = 0; i < runs.size(); i++) {
            assertThat(processes.get(i).waitFor(10, TimeUnit.MINUTES))
                    .as("synthesis finished")
                    .isTrue();
            assertThat(processes.get(i).exitValue())
                    .as(Files.readString(dir.resolve(runs.get(i) + ".log")))
                    .isZero();
        }
        byte[] one = Files.readAllBytes(dir.resolve("first/TapStacktest.template.json"));
        byte[] other = Files.readAllBytes(dir.resolve("second/TapStacktest.template.json"));
        assertThat(other).as("the second template is the first, byte for byte").isEqualTo(one);
    }

    /** Runs {@link TapApp} as the CDK CLI does: context and output directory in the environment. */
    private static Process synthesizeInANewJvm(Path outdir, Path log) throws IOException {
        Map<String, Object> context = new HashMap<>(SynthesizedStack.cdkJsonContext());
        context.put("environmentSuffix", "test");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                TapApp.class.getName());
        builder.environment().put("CDK_OUTDIR", outdir.toString());
        builder.environment().put("CDK_CONTEXT_JSON", new ObjectMapper().writeValueAsString(context));
        return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void cdkJsonRunsTheAppThroughMavenAndCarriesTheFeatureFlags() throws Exception {
        String cdkJson = Files.readString(Path.of("cdk.json"));
        assertThat(cdkJson).contains("-Psynth package").contains("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1");
        assertThat(SynthesizedStack.cdkJsonContext())
                .containsEntry("@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true);
    }
}
