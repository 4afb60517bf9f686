package io.piiscanner.cli.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns I/O exceptions into short messages for people. Java's messages are often just a file
 * name ({@link NoSuchFileException}) or carry the exception's class name.
 */
public final class IoErrors {

    private IoErrors() {}

    /** What went wrong, without naming the file, e.g. {@code permission denied}. */
    public static String reason(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            return reason(u.getCause());
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            // ELOOP: the JDK adds "or unable to access attributes of symbolic link" to the system's words.
            return f.getReason().startsWith("Too many levels of symbolic links") ? "symbolic link loop" : f.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : firstLine(message);
    }

    /** What went wrong, naming the file when the exception knows it, e.g. {@code a.csv: permission denied}. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + reason(e);
        }
        return reason(e);
    }

    /** The first line of a message, since error output is one line per problem. */
    public static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
