package io.piiscanner.cli;

import io.piiscanner.cli.input.IoErrors;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * An output file that appears complete or not at all. Bytes go to a temporary file next to the
 * target, which {@link #commit()} renames over it; {@link #close()} without a commit deletes the
 * temporary file. Readers never see a half-written report, a failed run leaves no file behind,
 * and the target may be the input being read (in-place redaction).
 *
 * <p>If the process is interrupted (Ctrl-C, SIGTERM), a shutdown hook deletes the temporary file;
 * one left by a killed run is removed by a later run writing into the same folder (see
 * {@link TempFiles}).
 *
 * <p>A target that already exists keeps its permissions. A new one is readable and writable by its
 * owner only (0600), whatever the umask, since what is written derives from sensitive data.
 *
 * <p>A target that exists but is not a regular file, such as {@code /dev/null} or a named pipe, is
 * written directly: renaming a file over it would replace the device or pipe with a plain file.
 */
public final class AtomicFileOutput implements Closeable {

    private static final int BUFFER = 1 << 16;
    /**
     * Temporary files being written, which the shutdown hook deletes if the process is interrupted.
     * Guarded by itself: a commit either renames its file before the hook runs or is refused after.
     */
    private static final Set<Path> PENDING = new HashSet<>();

    private static boolean interrupted;

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(AtomicFileOutput::deletePending, "pii-scanner-temporary-files"));
    }

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean committed;

    private AtomicFileOutput(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.stream = new BufferedOutputStream(
                new OutputStreamGuard(Channels.newOutputStream(channel), target.toString()), BUFFER);
    }

    /**
     * Creates the temporary file for {@code target}.
     *
     * @throws OutputException when the target is a directory or its directory is not writable
     */
    public static AtomicFileOutput create(Path target) {
        if (Files.isDirectory(target)) {
            throw new OutputException("cannot write " + target + ": it is a directory", null);
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            try {
                return new AtomicFileOutput(target, null, FileChannel.open(target, StandardOpenOption.WRITE));
            } catch (IOException e) {
                throw new OutputException("cannot write " + target + ": " + IoErrors.reason(e), e);
            }
        }
        Path dir = target.toAbsolutePath().getParent();
        TempFiles.sweep(dir);
        Path temp = null;
        try {
            // Created readable by the owner only, whatever the umask.
            temp = Files.createTempFile(dir, TempFiles.prefix(target), TempFiles.SUFFIX);
            synchronized (PENDING) {
                PENDING.add(temp);
            }
            keepPermissions(target, temp);
            FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
            TempFiles.lock(channel);
            return new AtomicFileOutput(target, temp, channel);
        } catch (IOException e) {
            discard(temp);
            throw new OutputException("cannot write " + target + ": " + IoErrors.reason(e), e);
        }
    }

    /** Where to write. Closing it only flushes; the file is finished by {@link #commit()}. */
    public OutputStream stream() {
        return stream;
    }

    /** The file being written (the temporary file, or a special target itself), so a folder walk can leave it out. */
    public Path tempFile() {
        return temp != null ? temp : target;
    }

    /** Flushes the bytes to disk and renames the temporary file over the target. */
    public void commit() {
        try {
            stream.flush();
            if (temp == null) {
                channel.close();
                committed = true;
                return;
            }
            channel.force(true);
            channel.close();
            synchronized (PENDING) {
                if (interrupted) {
                    throw new OutputException("cannot write " + target + ": interrupted", null);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                PENDING.remove(temp);
            }
            committed = true;
        } catch (IOException e) {
            throw new OutputException("cannot write " + target + ": " + IoErrors.reason(e), e);
        }
    }

    /** Deletes the temporary file unless committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing to save: the file is deleted next.
            }
            discard(temp);
        }
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.exists(target)) {
            try {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the temporary file's defaults apply.
            }
        }
    }

    /** Deletes a temporary file no longer wanted, if there is one. */
    private static void discard(Path temp) {
        if (temp != null) {
            synchronized (PENDING) {
                deleteQuietly(temp);
                PENDING.remove(temp);
            }
        }
    }

    /** The shutdown hook: deletes the files being written, and refuses any commit from now on. */
    private static void deletePending() {
        synchronized (PENDING) {
            interrupted = true;
            PENDING.forEach(AtomicFileOutput::deleteQuietly);
            PENDING.clear();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Best effort: a leftover hidden temporary file is all that remains, for a later sweep.
        }
    }
}
