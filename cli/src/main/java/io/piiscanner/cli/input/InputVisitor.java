package io.piiscanner.cli.input;

import io.piiscanner.core.scan.InputSource;

/** Receives the inputs a walk finds, in walk order. */
public interface InputVisitor {

    /** An input to scan. */
    void input(InputSource source);

    /** Something the walk found but cannot scan, such as a symbolic link loop. */
    void skipped(String path, String reason);
}
