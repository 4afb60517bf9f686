package io.piiscanner.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import io.github.cdklabs.cdknag.PCIDSS321Checks;
import io.piiscanner.preflight.cdk.PreflightChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Template;

/**
 * A TapStack synthesized once per distinct context and shared by every test class that asks for
 * the same context: jsii starts Node.js and synthesis with the nag packs (cdk-nag's two and
 * pii-scanner's own preflight pack) takes seconds, so the
 * suite synthesizes each variant once per JVM. The app gets the feature flags of
 * {@code cdk.json}, so the tests see the template that {@code cdk synth} produces.
 *
 * @param stack the stack
 * @param template its CloudFormation template
 * @param annotations the errors, warnings and infos recorded on it, cdk-nag's among them
 */
record SynthesizedStack(TapStack stack, Template template, Annotations annotations) {

    private static final Map<Map<String, String>, SynthesizedStack> CACHE = new ConcurrentHashMap<>();

    /** Address subscribed to the alerts in {@link #production()}. */
    static final String ALERT_EMAIL = "security-team@example.com";

    /** Returns a CI environment: suffix {@code test}, everything else as {@code cdk synth} has it. */
    static SynthesizedStack defaults() {
        return of(Map.of("environmentSuffix", "test"));
    }

    /** Returns the production environment, {@code prod}, with an e-mail subscription. */
    static SynthesizedStack production() {
        return of(Map.of("environmentSuffix", "prod", "alertEmail", ALERT_EMAIL));
    }

    /** Concurrency reserved for each function in {@link #reservedConcurrency()}. */
    static final int RESERVED_CONCURRENCY = 5;

    /** Returns a CI environment that reserves concurrency, {@code -c reservedConcurrency=5}. */
    static SynthesizedStack reservedConcurrency() {
        return of(Map.of("environmentSuffix", "rc-test", "reservedConcurrency", String.valueOf(RESERVED_CONCURRENCY)));
    }

    /** Returns the LocalStack variant, {@code -c target=localstack}. */
    static SynthesizedStack localStack() {
        return of(Map.of("environmentSuffix", "local", "target", "localstack"));
    }

    /**
     * Returns the stack synthesized with the given {@code -c} values.
     *
     * @param context values as they would be passed with {@code -c}
     * @return the synthesized stack, from the cache when it was synthesized before
     */
    static SynthesizedStack of(Map<String, String> context) {
        return CACHE.computeIfAbsent(Map.copyOf(context), SynthesizedStack::synthesize);
    }

    private static SynthesizedStack synthesize(Map<String, String> context) {
        Map<String, Object> all = new HashMap<>(cdkJsonContext());
        all.putAll(context);
        App app = App.Builder.create().context(all).outdir(tempDir().toString()).build();
        Aspects.of(app)
                .add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        Aspects.of(app)
                .add(new PCIDSS321Checks(NagPackProps.builder().verbose(true).build()));
        Aspects.of(app)
                .add(new PreflightChecks(NagPackProps.builder().verbose(true).build()));
        TapStack stack = TapApp.build(app);
        Template template = Template.fromStack(stack);
        return new SynthesizedStack(stack, template, Annotations.fromStack(stack));
    }

    /** Returns the {@code context} object of {@code infra/cdk.json}: the feature flags. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> cdkJsonContext() {
        try {
            Map<String, Object> cdkJson =
                    new ObjectMapper().readValue(Path.of("cdk.json").toFile(), Map.class);
            return (Map<String, Object>) cdkJson.get("context");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("tapstack-cdk.out");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
