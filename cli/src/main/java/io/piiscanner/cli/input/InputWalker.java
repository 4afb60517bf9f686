package io.piiscanner.cli.input;

import io.piiscanner.core.format.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands the paths given on the command line into inputs: files as given, folders walked
 * recursively in name order (so output is the same from run to run), {@code -} as standard
 * input. Symbolic links are followed, and each file and folder is read once, under the first name
 * the walk meets it by (identified by its file key: device and inode): a later name for it, such as
 * a link to a folder already walked or to one of the folders it is in, is reported as a duplicate.
 * Entries of a folder that cannot be read are reported as skipped, not fatal: one unreadable file
 * should not hide the findings in a thousand others.
 *
 * <p>Remembering what was read costs memory in proportion to the files walked, about a hundred
 * bytes each.
 */
public final class InputWalker {

    private static final Comparator<Path> BY_NAME =
            Comparator.comparing(p -> p.getFileName().toString());

    private final List<String> arguments;
    private final ExcludeFilter excludes;
    private final InputFormat format;
    private final InputStream stdin;
    private final S3Inputs s3;
    private final Set<Path> ignored = new HashSet<>();
    /** Files and folders met so far, by identity, with the name each was first met by. */
    private final Map<Object, String> seen = new HashMap<>();

    private Path output;
    private Object outputIdentity;

    /**
     * @param arguments the paths as given: files, folders, {@code s3://bucket/prefix}, {@code -}
     *                  for standard input
     * @param excludes  what to leave out of folder and prefix walks
     * @param format    the format of every input, or {@code null} to go by file names
     * @param stdin     standard input
     * @param s3        lists and reads the {@code s3://} arguments
     */
    public InputWalker(
            List<String> arguments, ExcludeFilter excludes, InputFormat format, InputStream stdin, S3Inputs s3) {
        this.arguments = List.copyOf(arguments);
        this.excludes = excludes;
        this.format = format;
        this.stdin = stdin;
        this.s3 = s3;
    }

    /** Leaves a file out of folder walks, such as the temporary file of a report being written. */
    public void ignore(Path file) {
        ignored.add(file.toAbsolutePath().normalize());
    }

    /**
     * Names the file the report will replace: a walk must not read it, since the report would
     * overwrite an input. Reaching it, under any name, is an error.
     */
    public void protectOutput(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
                output = file;
                outputIdentity = identity(file, attributes);
            }
        } catch (IOException e) {
            // Not there yet (or not readable): no input can be it.
        }
    }

    /**
     * Checks that every argument exists and is readable, and that none is or holds the output file,
     * before anything is scanned, so that a typo fails fast instead of after a long scan.
     *
     * @throws InputException naming the first bad argument
     */
    public void checkArguments() {
        int stdinCount = 0;
        for (String argument : arguments) {
            if (Inputs.STDIN.equals(argument)) {
                if (++stdinCount > 1) {
                    throw new InputException("standard input (-) can be given only once");
                }
            } else if (S3Inputs.isS3(argument)) {
                s3.check(argument);
            } else {
                checkOutputNotIn(Inputs.existing(argument), argument);
            }
        }
    }

    /** Refuses an argument that is the output file, or a folder it is in (unless excluded there). */
    private void checkOutputNotIn(Path argument, String name) {
        if (outputIdentity == null) {
            return;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(argument, BasicFileAttributes.class);
            if (outputIdentity.equals(identity(argument, attributes))) {
                throw Inputs.outputIsInput(name);
            }
            Path folder = argument.toRealPath();
            Path file = output.toRealPath();
            if (attributes.isDirectory() && file.startsWith(folder) && !excludes.excludes(folder.relativize(file))) {
                throw Inputs.outputIsInput(output.toString());
            }
        } catch (IOException e) {
            // Unreadable: the walk reports it, and checks again what it reads.
        }
    }

    /**
     * The total size of the inputs when every argument is a regular file, so nothing is left to
     * walk: the progress meter then knows the total from the start. Else -1.
     */
    public long namedFilesSize() {
        long total = 0;
        for (String argument : arguments) {
            if (Inputs.STDIN.equals(argument) || S3Inputs.isS3(argument)) {
                return -1;
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(Path.of(argument), BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    return -1;
                }
                total += attributes.size();
            } catch (IOException e) {
                return -1;
            }
        }
        return total;
    }

    /** Reports every input in order. Call {@link #checkArguments()} first. */
    public void walk(InputVisitor visitor) {
        for (String argument : arguments) {
            if (Inputs.STDIN.equals(argument)) {
                visitor.input(Inputs.stdin(stdin, format), -1);
                continue;
            }
            if (S3Inputs.isS3(argument)) {
                s3.walk(argument, excludes, format, visitor);
                continue;
            }
            Path path = Path.of(argument);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class);
            } catch (IOException e) {
                visitor.skipped(argument, IoErrors.reason(e));
                continue;
            }
            if (!attributes.isDirectory()) {
                // Given by name, so read whatever it is: a FIFO from <(command) is a fine input.
                file(path, argument, attributes, visitor);
            } else if (firstVisit(path, argument, attributes, visitor)) {
                walkFolder(path, path, visitor);
            }
        }
    }

    private void walkFolder(Path root, Path folder, InputVisitor visitor) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            visitor.skipped(folder.toString(), "cannot list folder: " + IoErrors.reason(e));
            return;
        }
        entries.sort(BY_NAME);
        for (Path entry : entries) {
            if (excludes.excludes(root.relativize(entry))
                    || ignored.contains(entry.toAbsolutePath().normalize())) {
                continue;
            }
            visitEntry(root, entry, visitor);
        }
    }

    private void visitEntry(Path root, Path entry, InputVisitor visitor) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (IOException e) {
            visitor.skipped(
                    entry.toString(), Files.isSymbolicLink(entry) ? Inputs.linkProblem(entry) : IoErrors.reason(e));
            return;
        }
        if (attributes.isDirectory()) {
            if (firstVisit(entry, entry.toString(), attributes, visitor)) {
                walkFolder(root, entry, visitor);
            }
        } else if (attributes.isRegularFile()) {
            file(entry, entry.toString(), attributes, visitor);
        } else {
            // Reading a FIFO or device found by a walk could block forever or never end.
            visitor.skipped(entry.toString(), "not a regular file");
        }
    }

    private void file(Path file, String name, BasicFileAttributes attributes, InputVisitor visitor) {
        if (outputIdentity != null && outputIdentity.equals(identity(file, attributes))) {
            throw Inputs.outputIsInput(name);
        }
        if (firstVisit(file, name, attributes, visitor)) {
            visitor.input(Inputs.file(file, name, format), attributes.isRegularFile() ? attributes.size() : -1);
        }
    }

    /** Records the first name of a file or folder; when it was met before, tells the visitor and returns false. */
    private boolean firstVisit(Path path, String name, BasicFileAttributes attributes, InputVisitor visitor) {
        String first = seen.putIfAbsent(identity(path, attributes), name);
        if (first == null) {
            return true;
        }
        visitor.duplicate(name, first);
        return false;
    }

    /** What identifies a file or folder however it is reached: its file key, or else its real path. */
    private static Object identity(Path path, BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        if (key != null) {
            return key;
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
