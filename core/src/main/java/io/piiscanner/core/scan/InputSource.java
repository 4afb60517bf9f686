package io.piiscanner.core.scan;

import io.piiscanner.core.format.InputFormat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An input to scan: a name for reports, a way to open its bytes, and its format.
 * Gzip compression is recognised from the content, whatever the name.
 *
 * @param path   the input's name; findings and outcomes report it masked ({@link NameMasker})
 * @param opener opens the raw (possibly compressed) bytes; called once per scan
 * @param format the structure of the (decompressed) content
 */
public record InputSource(String path, IoSupplier<InputStream> opener, InputFormat format) {

    public InputSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(format, "format");
    }

    /** A file, with its format taken from its name. */
    public static InputSource of(Path file) {
        return new InputSource(file.toString(), () -> Files.newInputStream(file),
                InputFormat.fromName(file.getFileName() == null ? "" : file.getFileName().toString()));
    }
}
