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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands the paths given on the command line into inputs: files as given, folders walked
 * recursively in name order (so output is the same from run to run), {@code -} as standard
 * input. Symbolic links are followed; a link back to a folder being walked is reported as
 * skipped instead of walked forever. Entries of a folder that cannot be read are reported as
 * skipped, not fatal: one unreadable file should not hide the findings in a thousand others.
 */
public final class InputWalker {

    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

    private final List<String> arguments;
    private final ExcludeFilter excludes;
    private final InputFormat format;
    private final InputStream stdin;
    private final S3Inputs s3;
    private final Set<Path> ignored = new HashSet<>();

    /**
     * @param arguments the paths as given: files, folders, {@code s3://bucket/prefix}, {@code -}
     *                  for standard input
     * @param excludes  what to leave out of folder and prefix walks
     * @param format    the format of every input, or {@code null} to go by file names
     * @param stdin     standard input
     * @param s3        lists and reads the {@code s3://} arguments
     */
    public InputWalker(List<String> arguments, ExcludeFilter excludes, InputFormat format, InputStream stdin,
                       S3Inputs s3) {
        this.arguments = List.copyOf(arguments);
        this.excludes = excludes;
        this.format = format;
        this.stdin = stdin;
        this.s3 = s3;
    }

    /** Leaves a file out of folder walks, such as the report being written into a walked folder. */
    public void ignore(Path file) {
        ignored.add(file.toAbsolutePath().normalize());
    }

    /**
     * Checks that every argument exists and is readable, before anything is scanned, so that a
     * typo fails fast instead of after a long scan.
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
                Inputs.existing(argument);
            }
        }
    }

    /** Reports every input in order. Call {@link #checkArguments()} first. */
    public void walk(InputVisitor visitor) {
        for (String argument : arguments) {
            if (Inputs.STDIN.equals(argument)) {
                visitor.input(Inputs.stdin(stdin, format));
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
            if (attributes.isDirectory()) {
                Set<Object> ancestors = new HashSet<>();
                ancestors.add(identity(path, attributes));
                walkFolder(path, path, ancestors, visitor);
            } else {
                // Given by name, so read whatever it is: a FIFO from <(command) is a fine input.
                visitor.input(Inputs.file(path, argument, format));
            }
        }
    }

    private void walkFolder(Path root, Path folder, Set<Object> ancestors, InputVisitor visitor) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            visitor.skipped(folder.toString(), "cannot list folder: " + IoErrors.reason(e));
            return;
        }
        entries.sort(BY_NAME);
        for (Path entry : entries) {
            if (excludes.excludes(root.relativize(entry)) || ignored.contains(entry.toAbsolutePath().normalize())) {
                continue;
            }
            visitEntry(root, entry, ancestors, visitor);
        }
    }

    private void visitEntry(Path root, Path entry, Set<Object> ancestors, InputVisitor visitor) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (IOException e) {
            visitor.skipped(entry.toString(),
                    Files.isSymbolicLink(entry) ? "broken symbolic link" : IoErrors.reason(e));
            return;
        }
        if (attributes.isDirectory()) {
            Object id = identity(entry, attributes);
            if (!ancestors.add(id)) {
                visitor.skipped(entry.toString(), "symbolic link loop");
                return;
            }
            walkFolder(root, entry, ancestors, visitor);
            ancestors.remove(id);
        } else if (attributes.isRegularFile()) {
            visitor.input(Inputs.file(entry, entry.toString(), format));
        } else {
            // Reading a FIFO or device found by a walk could block forever or never end.
            visitor.skipped(entry.toString(), "not a regular file");
        }
    }

    /** What identifies a folder however it is reached: its file key, or else its real path. */
    private static Object identity(Path folder, BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        if (key != null) {
            return key;
        }
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize();
        }
    }
}
