package io.piiscanner.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files of {@link AtomicFileOutput}, named
 * {@code .<target>.pii-scanner-<pid>-<random>.tmp}, and the removal of those a killed run left
 * behind (SIGKILL, a crash, a power cut; an interrupted run removes its own). Only files of
 * exactly that name are touched, and only stale ones, so a run writing into the same folder at
 * the same time keeps its file.
 */
final class TempFiles {

    static final String SUFFIX = ".tmp";
    /** How long a file must be left untouched before it can be stale: its writer may have only just created it. */
    static final Duration MIN_AGE = Duration.ofMinutes(1);

    private static final Pattern NAME = Pattern.compile("\\..+\\.pii-scanner-(\\d{1,18})-\\d+\\.tmp");

    private TempFiles() {}

    /** The start of the name of a temporary file for {@code target}, with this process's id. */
    static String prefix(Path target) {
        return "." + target.getFileName() + ".pii-scanner-"
                + ProcessHandle.current().pid() + "-";
    }

    /** Removes the stale temporary files in a folder; best effort, since a leftover harms nothing. */
    static void sweep(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*.pii-scanner-*" + SUFFIX)) {
            Instant now = Instant.now();
            for (Path file : entries) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches() && stale(file, Long.parseLong(m.group(1)), now)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // Not listable or not removable: the files stay, as they would without a sweep.
        }
    }

    /**
     * Whether a temporary file was left by a run that is over: a regular file untouched for
     * {@link #MIN_AGE}, whose writer (the process of the id in its name) has ended or is a later
     * process that reuses the id, and whose lock no process holds (a run on another machine
     * writing to a shared folder holds it).
     */
    static boolean stale(Path file, long pid, Instant now) throws IOException {
        BasicFileAttributes attributes =
                Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Instant modified = attributes.lastModifiedTime().toInstant();
        if (!attributes.isRegularFile() || modified.isAfter(now.minus(MIN_AGE))) {
            return false;
        }
        Optional<ProcessHandle> writer = ProcessHandle.of(pid);
        if (writer.isPresent()
                && writer.get().isAlive()
                && writer.get()
                        .info()
                        .startInstant()
                        .map(started -> started.isBefore(modified))
                        .orElse(true)) {
            return false;
        }
        return !locked(file);
    }

    /**
     * Locks a file being written, so that a sweep from another process, on this machine or another
     * sharing the folder, sees it in use. Best effort: some file systems have no locks.
     */
    static void lock(FileChannel channel) {
        try {
            channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            // No locks here: the process id and age still protect the file.
        }
    }

    private static boolean locked(Path file) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
        } catch (IOException e) {
            return true; // Not ours to open, so not ours to remove.
        }
        try (channel) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false; // No locks on this file system: the process id and age decide.
        }
    }
}
