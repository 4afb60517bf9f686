package io.piiscanner.infra;

import java.nio.file.Path;
import software.amazon.awscdk.App;

/**
 * The CDK app: {@code cd infra && npx aws-cdk@2 synth} runs this class (see {@code cdk.json}) and
 * leaves {@code cdk.out/TapStack<suffix>.template.json}. Synthesis needs no AWS credentials: the
 * stack is environment-agnostic and resolves account and region at deploy time.
 */
public final class TapApp {

    private TapApp() {}

    /**
     * Builds the stack into an app.
     *
     * @param app the app, whose context holds the {@code -c} values
     * @return the stack
     */
    public static TapStack build(App app) {
        StackConfig config = StackConfig.from(app.getNode(), System.getenv(), Path.of(""));
        return new TapStack(app, config);
    }

    /**
     * Synthesizes the app.
     *
     * @param args ignored; configuration comes from CDK context and the environment
     */
    public static void main(String[] args) {
        App app = new App();
        build(app);
        app.synth();
    }
}
