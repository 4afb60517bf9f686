package io.piiscanner.core.read;

import java.io.IOException;

/** What a format's library throws unchecked, sorted: I/O exceptions out from under its wrappers. */
public final class LibraryErrors {

    private static final int MAX_DEPTH = 16;

    private LibraryErrors() {}

    /**
     * Rethrows the first I/O exception under a runtime exception of a library (the engine's own:
     * damage, a limit, a read error of the input; or the library's reading a damaged file), so that
     * it is reported as what it is; else returns {@code e}, which the engine takes for damage.
     */
    public static RuntimeException unwrap(RuntimeException e) throws IOException {
        Throwable t = e;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof IOException io) {
                throw io;
            }
        }
        return e;
    }
}
