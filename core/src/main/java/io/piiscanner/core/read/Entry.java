package io.piiscanner.core.read;

import java.io.InputStream;
import java.util.Objects;

/**
 * Something inside an input to scan as an input of its own: an archive member, an email part or
 * attachment. Its format is recognised from its content, with its name as a hint.
 *
 * @param name    its path in the input, as {@code 2024/cards.csv} (raw: the engine masks it)
 * @param content its bytes, readable until the reader's next item
 */
public record Entry(String name, InputStream content) implements Item {

    public Entry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
