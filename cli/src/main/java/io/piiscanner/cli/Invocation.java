package io.piiscanner.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * The process environment a command runs in. Passed in rather than read from {@link System}
 * so that tests run commands in-process with their own streams and environment.
 *
 * @param out      standard output, for reports and redacted copies
 * @param err      standard error, for summaries, progress and error messages
 * @param in       standard input, read when a path is {@code -}
 * @param env      environment variables
 * @param terminal whether standard output and error are an interactive terminal
 */
public record Invocation(OutputStream out, PrintStream err, InputStream in, Map<String, String> env, boolean terminal) {

    public Invocation {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(in, "in");
        env = Map.copyOf(env);
    }
}
