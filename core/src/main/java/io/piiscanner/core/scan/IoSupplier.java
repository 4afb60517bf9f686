package io.piiscanner.core.scan;

import java.io.IOException;

/** Opens something that may fail with an I/O error, such as an input stream. */
@FunctionalInterface
public interface IoSupplier<T> {
    T get() throws IOException;
}
