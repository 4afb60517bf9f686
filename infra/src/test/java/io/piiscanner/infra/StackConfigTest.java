package io.piiscanner.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;

/** How the configuration is read from context and environment. */
class StackConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreADevEnvironmentOnAws() throws IOException {
        StackConfig config = read(Map.of(), Map.of());
        assertThat(config.environmentSuffix()).isEqualTo("dev");
        assertThat(config.stackName()).isEqualTo("TapStackdev");
        assertThat(config.target()).isEqualTo(StackConfig.Target.AWS);
        assertThat(config.retain()).isFalse();
        assertThat(config.alertEmail()).isEmpty();
        assertThat(config.manageApiGatewayAccountRole()).isTrue();
        assertThat(config.reservedConcurrency()).isEmpty();
        assertThat(config.queueConcurrency()).isEqualTo(StackConfig.DEFAULT_QUEUE_CONCURRENCY);
    }

    @Test
    void contextSuffixWinsOverTheEnvironmentWhichWinsOverTheDefault() throws IOException {
        assertThat(read(Map.of(), Map.of("ENVIRONMENT_SUFFIX", "pr42")).environmentSuffix())
                .isEqualTo("pr42");
        assertThat(read(Map.of("environmentSuffix", "ci7"), Map.of("ENVIRONMENT_SUFFIX", "pr42"))
                        .environmentSuffix())
                .isEqualTo("ci7");
    }

    @Test
    void productionSuffixesRetainDataAndTheFlagOverridesEitherWay() throws IOException {
        assertThat(read(Map.of("environmentSuffix", "prod"), Map.of()).retain()).isTrue();
        assertThat(read(Map.of("environmentSuffix", "production"), Map.of()).retain())
                .isTrue();
        assertThat(read(Map.of("environmentSuffix", "staging", "retain", "true"), Map.of())
                        .retain())
                .isTrue();
        assertThat(read(Map.of("environmentSuffix", "prod", "retain", "false"), Map.of())
                        .retain())
                .isFalse();
    }

    @Test
    void localStackRetainsNothingAndLeavesTheAccountLoggingRoleAlone() throws IOException {
        StackConfig config = read(Map.of("environmentSuffix", "prod", "target", "localstack"), Map.of());
        assertThat(config.target()).isEqualTo(StackConfig.Target.LOCALSTACK);
        assertThat(config.retain()).isFalse();
        assertThat(config.manageApiGatewayAccountRole()).isFalse();
    }

    @Test
    void reservedConcurrencyIsOptInAndBoundsTheQueueBatches() throws IOException {
        StackConfig config = read(Map.of("reservedConcurrency", "3"), Map.of());
        assertThat(config.reservedConcurrency()).hasValue(3);
        assertThat(config.queueConcurrency()).isEqualTo(3);
    }

    @Test
    void tagsAndAlertAddressComeFromContext() throws IOException {
        StackConfig config = read(
                Map.of(
                        "owner",
                        "payments",
                        "costCenter",
                        "cc-1",
                        "dataClassification",
                        "Restricted",
                        "alertEmail",
                        "a@example.com"),
                Map.of());
        assertThat(config.tags()).isEqualTo(new StackConfig.StackTags("payments", "cc-1", "Restricted"));
        assertThat(config.alertEmail()).contains("a@example.com");
    }

    @Test
    void malformedValuesAreRefusedWithTheValueInTheMessage() {
        assertThatThrownBy(() -> read(Map.of("environmentSuffix", "Dev_1"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Dev_1'");
        assertThatThrownBy(() -> read(Map.of("environmentSuffix", "a".repeat(25)), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> read(Map.of("target", "azure"), Map.of())).hasMessageContaining("'azure'");
        assertThatThrownBy(() -> read(Map.of("retain", "maybe"), Map.of()))
                .hasMessageContaining("retain must be true or false");
        assertThatThrownBy(() -> read(Map.of("reservedConcurrency", "1"), Map.of()))
                .hasMessageContaining("at least 2");
        assertThatThrownBy(() -> read(Map.of("reservedConcurrency", "many"), Map.of()))
                .hasMessageContaining("'many'");
    }

    private StackConfig read(Map<String, String> context, Map<String, String> environment) throws IOException {
        Path jar = Files.write(dir.resolve("pii-scanner-lambda.jar"), new byte[] {1});
        Map<String, String> env = new HashMap<>(environment);
        env.put(LambdaArtifact.ENV, jar.toString());
        App app = App.Builder.create().context(Map.copyOf(context)).build();
        return StackConfig.from(app.getNode(), env, dir);
    }
}
