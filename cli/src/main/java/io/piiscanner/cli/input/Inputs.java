package io.piiscanner.cli.input;

import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.scan.InputSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Makes {@link InputSource}s from command-line arguments: file names, or {@code -} for standard input. */
public final class Inputs {

    /** The argument that stands for standard input. */
    public static final String STDIN = "-";

    private Inputs() {}

    /**
     * Standard input, in the format given or else recognised from its content: there is no name to
     * go by. The engine closes what it reads; standard input stays open for the process.
     */
    public static InputSource stdin(InputStream in, InputFormat format) {
        InputStream unclosable = new FilterInputStream(in) {
            @Override
            public void close() {
                // Standard input belongs to the process, not to one scan.
            }
        };
        return new InputSource(STDIN, () -> unclosable, format);
    }

    /**
     * A file, reported under {@code name}, in the given format or else recognised from its content
     * with its name as a hint; readable at random positions, for archives that need it.
     */
    public static InputSource file(Path file, String name, InputFormat format) {
        return InputSource.of(file, name, format);
    }

    /**
     * The path an argument names, checked to exist and be readable.
     *
     * @throws InputException naming the argument and the problem
     */
    public static Path existing(String argument) {
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            throw new InputException(argument + ": invalid path: " + e.getReason());
        }
        if (!Files.exists(path)) {
            throw new InputException(
                    argument + ": " + (Files.isSymbolicLink(path) ? linkProblem(path) : "no such file or directory"));
        }
        if (!Files.isReadable(path)) {
            throw new InputException(argument + ": permission denied");
        }
        return path;
    }

    /** The error for an input that is the output file, which the report would overwrite. */
    public static InputException outputIsInput(String name) {
        return new InputException(name + ": is the output file (-o), which the report would overwrite;"
                + " write the report elsewhere, or leave the file out with --exclude");
    }

    /**
     * Why a symbolic link cannot be followed: {@code symbolic link loop} when it leads back to
     * itself, else {@code broken symbolic link}.
     */
    static String linkProblem(Path link) {
        try {
            Path unused = link.toRealPath(); // resolving it again is how its exception tells loop from broken
            return "broken symbolic link";
        } catch (IOException e) {
            String reason = IoErrors.reason(e);
            return reason.equals("symbolic link loop") ? reason : "broken symbolic link";
        }
    }

    /**
     * One input to read whole, as {@code redact} does: standard input or a local file, not a
     * folder or an S3 location.
     *
     * @throws InputException when the argument is missing, unreadable, a directory or in S3
     */
    public static InputSource single(String argument, InputFormat format, InputStream stdin) {
        if (STDIN.equals(argument)) {
            return stdin(stdin, format);
        }
        if (S3Inputs.isS3(argument)) {
            throw new InputException(argument + ": S3 locations are not supported here, only local files and"
                    + " standard input (-); scan reads S3");
        }
        Path path = existing(argument);
        if (Files.isDirectory(path)) {
            throw new InputException(argument + ": is a directory");
        }
        return file(path, argument, format);
    }
}
