package io.piiscanner.cli.input;

import io.piiscanner.core.scan.InputSource;

/** Receives the inputs a walk finds, in walk order. */
public interface InputVisitor {

    /**
     * An input to scan.
     *
     * @param size its size in bytes as stored (compressed, for gzip), or -1 when not known
     */
    void input(InputSource source, long size);

    /** Something the walk found but cannot read, such as a broken symbolic link. */
    void skipped(String path, String reason);

    /**
     * A path that is not read again: the same file or folder (by file identity) as {@code sameAs},
     * met earlier and read once under that name, such as a symbolic link to a scanned folder.
     */
    void duplicate(String path, String sameAs);
}
