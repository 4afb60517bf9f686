package io.piiscanner.core.read.parquet;

import io.airlift.compress.Compressor;
import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import io.piiscanner.core.format.CorruptInputException;
import io.piiscanner.core.format.DecompressionGuard;
import io.piiscanner.core.read.UnreadableInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet's compression codecs in pure Java, with aircompressor and the JDK: what parquet-java
 * would otherwise take from Hadoop, snappy-java and zstd-jni (native code). Every page's
 * decompressed size, which its header states, is counted against the input's decompression limits
 * before the page is made, so a page claiming gigabytes is refused before any memory is taken.
 * One instance per input.
 */
final class ParquetCodecs implements CompressionCodecFactory {

    /** The codecs read and written; LZ4 (Hadoop's framing), LZO and Brotli are not. */
    static final Set<CompressionCodecName> SUPPORTED = Set.of(
            CompressionCodecName.UNCOMPRESSED,
            CompressionCodecName.SNAPPY,
            CompressionCodecName.GZIP,
            CompressionCodecName.ZSTD,
            CompressionCodecName.LZ4_RAW);

    private final DecompressionGuard.Budget budget;

    ParquetCodecs(DecompressionGuard.Budget budget) {
        this.budget = budget;
    }

    /** Refuses a codec this factory lacks, before anything is read. */
    static void requireSupported(CompressionCodecName codec) throws UnreadableInputException {
        if (!SUPPORTED.contains(codec)) {
            throw new UnreadableInputException("Parquet compression " + codec + " is not supported");
        }
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return switch (codec) {
            case SNAPPY -> new BlockCompressor(codec, new SnappyCompressor());
            case ZSTD -> new BlockCompressor(codec, new ZstdCompressor());
            case LZ4_RAW -> new BlockCompressor(codec, new Lz4Compressor());
            case GZIP -> new GzipCompressor();
            case UNCOMPRESSED -> new Identity();
            default -> throw new IllegalArgumentException("Parquet compression " + codec + " is not supported");
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return switch (codec) {
            case SNAPPY -> new BlockDecompressor(new SnappyDecompressor());
            case ZSTD -> new BlockDecompressor(new ZstdDecompressor());
            case LZ4_RAW -> new BlockDecompressor(new Lz4Decompressor());
            case GZIP -> new GzipDecompressor();
            case UNCOMPRESSED -> new Identity();
            default -> throw new IllegalArgumentException("Parquet compression " + codec + " is not supported");
        };
    }

    @Override
    public void release() {
        // Nothing pooled: each codec holds only its tables.
    }

    /** A decompressor of whole pages; the page's size is counted, then made. */
    private abstract class Decompressing implements BytesInputDecompressor {

        abstract byte[] decompress(byte[] in, int uncompressedSize) throws IOException;

        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
            if (uncompressedSize < 0) {
                throw new CorruptInputException("corrupt Parquet file (a page of negative size)");
            }
            budget.produced(uncompressedSize);
            return BytesInput.from(decompress(bytes.toByteArray(), uncompressedSize));
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                throws IOException {
            byte[] in = new byte[compressedSize];
            input.get(in);
            output.put(decompress(BytesInput.from(in), uncompressedSize).toByteArray());
        }

        @Override
        public void release() {
            // Stateless between pages.
        }
    }

    private final class BlockDecompressor extends Decompressing {
        private final Decompressor decompressor;

        BlockDecompressor(Decompressor decompressor) {
            this.decompressor = decompressor;
        }

        @Override
        byte[] decompress(byte[] in, int uncompressedSize) throws IOException {
            byte[] out = new byte[uncompressedSize];
            int n = decompressor.decompress(in, 0, in.length, out, 0, out.length);
            if (n != uncompressedSize) {
                throw new CorruptInputException("corrupt Parquet file (a page shorter than its header says)");
            }
            return out;
        }
    }

    private final class GzipDecompressor extends Decompressing {
        @Override
        byte[] decompress(byte[] in, int uncompressedSize) throws IOException {
            try (InputStream gzip = new GZIPInputStream(new java.io.ByteArrayInputStream(in))) {
                byte[] out = gzip.readNBytes(uncompressedSize);
                if (out.length != uncompressedSize) {
                    throw new CorruptInputException("corrupt Parquet file (a page shorter than its header says)");
                }
                return out;
            }
        }
    }

    private static final class BlockCompressor implements BytesInputCompressor {
        private final CompressionCodecName codec;
        private final Compressor compressor;

        BlockCompressor(CompressionCodecName codec, Compressor compressor) {
            this.codec = codec;
            this.compressor = compressor;
        }

        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            byte[] in = bytes.toByteArray();
            byte[] out = new byte[compressor.maxCompressedLength(in.length)];
            int n = compressor.compress(in, 0, in.length, out, 0, out.length);
            return BytesInput.from(out, 0, n);
        }

        @Override
        public CompressionCodecName getCodecName() {
            return codec;
        }

        @Override
        public void release() {
            // Stateless between pages.
        }
    }

    private static final class GzipCompressor implements BytesInputCompressor {
        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                bytes.writeAllTo(gzip);
            }
            return BytesInput.from(out);
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.GZIP;
        }

        @Override
        public void release() {
            // Stateless between pages.
        }
    }

    /** Pages stored as they are: nothing decompressed, nothing counted. */
    private final class Identity extends Decompressing implements BytesInputCompressor {
        @Override
        public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
            if (bytes.size() != uncompressedSize) {
                throw new CorruptInputException("corrupt Parquet file (a page whose sizes differ)");
            }
            return bytes;
        }

        @Override
        byte[] decompress(byte[] in, int uncompressedSize) throws IOException {
            return decompress(BytesInput.from(in), uncompressedSize).toByteArray();
        }

        @Override
        public BytesInput compress(BytesInput bytes) {
            return bytes;
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.UNCOMPRESSED;
        }
    }
}
