package io.piiscanner.infra.live;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the live suite ({@code -Plive}) does when no stack is deployed: it is skipped on a
 * developer's machine, but in CI, where {@code CI=true} (GitHub Actions, GitLab CI and most
 * others set it) and running the live profile means a live run was asked for, a missing
 * deployment fails the build instead of passing it green.
 */
public final class LiveRun {

    /** The variable CI services set. */
    static final String CI = "CI";

    private static final Set<String> TRUE = Set.of("true", "1", "yes");

    private LiveRun() {}

    /**
     * Returns why the run must fail without a deployment, or nothing when it may be skipped.
     *
     * @param environment the process environment
     * @param outputs the outputs file that does not exist
     */
    public static Optional<String> failureWithoutDeployment(Map<String, String> environment, Path outputs) {
        String ci = environment.get(CI);
        if (ci == null || !TRUE.contains(ci.strip().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of("CI asked for a live run (CI=" + ci + ") but " + outputs
                + " does not exist: deploy first with" + " infra/scripts/deploy.sh, or leave out -Plive");
    }
}
