package io.piiscanner.core.scan;

import io.piiscanner.core.format.InputFormat;
import io.piiscanner.core.read.FileInput;
import io.piiscanner.core.read.RandomAccessInput;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An input to scan: a name for reports, a way to open its bytes, and its format.
 * Compression (gzip, bzip2, xz, zstd) is recognised from the content, whatever the name.
 *
 * @param path         the input's name; findings and outcomes report it masked ({@link NameMasker})
 * @param opener       opens the raw (possibly compressed) bytes as a stream; called at most once per scan
 * @param format       the structure of the (decompressed) content, or {@code null} to recognise it
 *                     from the content with the name as a hint ({@link io.piiscanner.core.format.FormatDetector})
 * @param randomAccess opens the raw bytes for reading at any position, for formats that need it
 *                     (a ZIP's central directory, a Parquet footer); {@code null} when the input is
 *                     a stream only, which such formats then copy to a temporary file first
 */
public record InputSource(
        String path, IoSupplier<InputStream> opener, InputFormat format, IoSupplier<RandomAccessInput> randomAccess) {

    public InputSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(opener, "opener");
    }

    /** A stream only, in the given format ({@code null}: recognised from the content). */
    public InputSource(String path, IoSupplier<InputStream> opener, InputFormat format) {
        this(path, opener, format, null);
    }

    /** A file, with its format recognised from its content, its name as a hint. */
    public static InputSource of(Path file) {
        return of(file, file.toString(), null);
    }

    /** A file reported under {@code name}, in {@code format} ({@code null}: recognised from the content). */
    public static InputSource of(Path file, String name, InputFormat format) {
        return new InputSource(name, () -> Files.newInputStream(file), format, () -> FileInput.open(file));
    }
}
