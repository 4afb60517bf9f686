package io.piiscanner.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs the command in-process with captured streams. */
final class Cli {

    /** What a run produced. */
    record Result(int exit, String out, String err) {

        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    private Cli() {}

    static Result run(String... args) {
        return run(Map.of(), new byte[0], args);
    }

    static Result run(Map<String, String> env, String... args) {
        return run(env, new byte[0], args);
    }

    static Result withStdin(byte[] stdin, String... args) {
        return run(Map.of(), stdin, args);
    }

    static Result run(Map<String, String> env, byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(
                args, out, new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin), env);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A run whose standard output is the given stream; the result's {@code out} is empty. */
    static Result withOutput(OutputStream stdout, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(
                args,
                stdout,
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]),
                Map.of());
        return new Result(exit, "", err.toString(StandardCharsets.UTF_8));
    }

    /** A run whose streams count as a terminal, as when a person types the command. */
    static Result onTerminal(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit =
                Main.run(args, new Invocation(out, errStream, new ByteArrayInputStream(new byte[0]), Map.of(), true));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
