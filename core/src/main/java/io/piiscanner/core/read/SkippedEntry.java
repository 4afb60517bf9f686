package io.piiscanner.core.read;

import java.util.Objects;

/**
 * A member that cannot be read, such as an encrypted file in a ZIP archive.
 *
 * @param name   its path in the input (raw: the engine masks it)
 * @param reason why, in one line that quotes no content
 */
public record SkippedEntry(String name, String reason) implements Item {

    public SkippedEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }
}
