package io.piiscanner.core.format;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.tukaani.xz.MemoryLimitException;

/**
 * The compressed streams recognised from their first bytes, whatever the name: an input or entry
 * in one of them is read decompressed, then recognised again. Damage in a compressed stream is a
 * {@link CorruptInputException}, thrown once the bytes before it have been returned.
 */
public enum Compression {
    GZIP("gzip", ".gz", ".gzip"),
    BZIP2("bzip2", ".bz2", ".bzip2"),
    XZ("xz", ".xz"),
    ZSTD("zstd", ".zst", ".zstd");

    /**
     * Memory an xz stream may ask for, in KiB: {@code xz -9} needs 65 MiB to decompress; a stream
     * that asks for more is refused rather than read.
     */
    static final int XZ_MEMORY_LIMIT_KIB = 80 << 10;

    private static final int GZIP_BUFFER = 1 << 16;

    private final String description;
    private final String[] extensions;

    Compression(String description, String... extensions) {
        this.description = description;
        this.extensions = extensions;
    }

    public String description() {
        return description;
    }

    /** The compression that these leading bytes start, or {@code null}. */
    public static Compression of(byte[] h, int len) {
        if (ContentSniffer.isGzip(h, len)) {
            return GZIP;
        }
        // "BZh", the block size '1'-'9', then the magic of a first block or of the end of the stream.
        if (starts(h, len, 0, 'B', 'Z', 'h')
                && len >= 10
                && h[3] >= '1'
                && h[3] <= '9'
                && (starts(h, len, 4, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59)
                        || starts(h, len, 4, 0x17, 0x72, 0x45, 0x38, 0x50, 0x90))) {
            return BZIP2;
        }
        if (starts(h, len, 0, 0xFD, '7', 'z', 'X', 'Z', 0x00)) {
            return XZ;
        }
        if (starts(h, len, 0, 0x28, 0xB5, 0x2F, 0xFD)) {
            return ZSTD;
        }
        return null;
    }

    /** A name without its compression extension: {@code cards.csv.gz} is {@code cards.csv}. */
    public static String stripExtension(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (Compression c : values()) {
            for (String extension : c.extensions) {
                if (lower.endsWith(extension)) {
                    return name.substring(0, name.length() - extension.length());
                }
            }
        }
        return name;
    }

    /** The decompressed bytes of {@code in}, every concatenated stream of it. */
    public InputStream open(InputStream in) throws IOException {
        return switch (this) {
            case GZIP -> new GzipInputStream(in, GZIP_BUFFER);
            case BZIP2 -> new DamageReported(() -> new BZip2CompressorInputStream(in, true), this);
            case XZ ->
                new DamageReported(
                        () -> XZCompressorInputStream.builder()
                                .setInputStream(in)
                                .setDecompressConcatenated(true)
                                .setMemoryLimitKiB(XZ_MEMORY_LIMIT_KIB)
                                .get(),
                        this);
            case ZSTD -> new DamageReported(() -> new ZstdInputStream(new ZstdWindowGuard(in)), this);
        };
    }

    private static boolean starts(byte[] h, int len, int at, int... bytes) {
        if (len < at + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((h[at + i] & 0xff) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** Opens a decompressor, which may read and fail as it starts. */
    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * Opens the decompressor on the first read (some read a whole block as they start), and
     * reports its errors as damage, in one line without the library's wording, which might quote
     * data; an xz stream asking for more memory than allowed as a decompression bomb.
     */
    private static final class DamageReported extends InputStream {

        private final Opener opener;
        private final Compression compression;
        private InputStream in;

        DamageReported(Opener opener, Compression compression) {
            this.opener = opener;
            this.compression = compression;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                if (in == null) {
                    in = opener.open();
                }
                return in.read(b, off, len);
            } catch (IOException | RuntimeException e) {
                throw translate(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
            }
        }

        private IOException translate(Exception e) {
            if (e instanceof MemoryLimitException m) {
                return new DecompressionBombException("decompression bomb guard: the xz stream needs "
                        + m.getMemoryNeeded() / 1024 + " MiB of memory, over the limit of "
                        + m.getMemoryLimit() / 1024 + " MiB");
            }
            if (e instanceof DecompressionBombException
                    || e instanceof CorruptInputException
                    || e instanceof SourceException) {
                return (IOException) e;
            }
            return new CorruptInputException(Damage.describe(compression.description + " stream", e));
        }
    }
}
