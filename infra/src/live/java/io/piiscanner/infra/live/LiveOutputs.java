package io.piiscanner.infra.live;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The outputs of a deployed stack, from {@code cfn-outputs/flat-outputs.json} (written by
 * {@code infra/scripts/deploy.sh} or {@code outputs.sh}). Without that file the live suite is
 * skipped, since there is nothing deployed to test, except in CI ({@link LiveRun}), where it
 * fails.
 */
final class LiveOutputs {

  private final Map<String, String> values;

  private LiveOutputs(Map<String, String> values) {
    this.values = values;
  }

  /** The outputs file: {@code -Doutputs=PATH}, else {@code cfn-outputs/} in the repository root. */
  static final Path FILE =
      Path.of(System.getProperty("outputs", "../cfn-outputs/flat-outputs.json")).toAbsolutePath().normalize();

  /** Why the suite is skipped when {@link #FILE} does not exist. */
  static final String MISSING =
      "skipped: " + FILE + " does not exist; deploy first with infra/scripts/deploy.sh [--localstack]";

  /**
   * Returns the outputs, or nothing when no stack has been deployed from this checkout.
   *
   * @throws IllegalStateException when CI asked for a live run and nothing is deployed
   */
  static Optional<LiveOutputs> load() throws IOException {
    if (!Files.isRegularFile(FILE)) {
      LiveRun.failureWithoutDeployment(System.getenv(), FILE).ifPresent(reason -> {
        throw new IllegalStateException(reason);
      });
      return Optional.empty();
    }
    return Optional.of(new LiveOutputs(new ObjectMapper().readValue(FILE.toFile(), new TypeReference<Map<String, String>>() {})));
  }

  /** Returns one output, failing with its name when the stack did not publish it. */
  String get(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalStateException("output " + name + " is missing from flat-outputs.json: " + values.keySet());
    }
    return value;
  }

  /** Returns the environment suffix of the deployment. */
  String suffix() {
    return get("EnvironmentSuffix");
  }
}
