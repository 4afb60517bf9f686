package io.piiscanner.core.read.avro;

import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdInputStream;
import io.airlift.compress.zstd.ZstdOutputStream;
import io.piiscanner.core.format.CorruptInputException;
import io.piiscanner.core.format.DecompressionBombException;
import io.piiscanner.core.read.UnreadableInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.avro.file.Codec;
import org.apache.avro.file.DataFileConstants;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * The codecs of Avro object container files, in pure Java (aircompressor for snappy and zstandard,
 * where Avro would need snappy-java and zstd-jni, native code), and each block's decompressed size
 * capped at {@link #MAX_BLOCK_BYTES}, where Avro's own codecs decompress a block into memory
 * without limit.
 */
final class AvroCodecs {

    /** Decompressed bytes of one block, at most: Avro writers make blocks of about 64 KB. */
    static final int MAX_BLOCK_BYTES = 64 << 20;

    private static final int MB = 1 << 20;

    /** The codecs by the name a file's header gives them; the null codec is none. */
    static final Map<String, Supplier<Codec>> CODECS = Map.of(
            DataFileConstants.DEFLATE_CODEC,
            () -> new StreamCodec(
                    DataFileConstants.DEFLATE_CODEC,
                    in -> new InflaterInputStream(in, new Inflater(true)),
                    out -> new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, true))),
            DataFileConstants.BZIP2_CODEC,
            () -> new StreamCodec(
                    DataFileConstants.BZIP2_CODEC, BZip2CompressorInputStream::new, BZip2CompressorOutputStream::new),
            DataFileConstants.XZ_CODEC,
            () -> new StreamCodec(
                    DataFileConstants.XZ_CODEC, XZInputStream::new, out -> new XZOutputStream(out, new LZMA2Options())),
            DataFileConstants.ZSTANDARD_CODEC,
            () -> new StreamCodec(DataFileConstants.ZSTANDARD_CODEC, ZstdInputStream::new, ZstdOutputStream::new),
            DataFileConstants.SNAPPY_CODEC,
            Snappy::new);

    private AvroCodecs() {}

    /**
     * The codec of this name.
     *
     * @throws UnreadableInputException when it is none of {@link #CODECS}
     */
    static Codec forName(String name) throws UnreadableInputException {
        Supplier<Codec> codec = CODECS.get(name);
        if (codec == null) {
            throw new UnreadableInputException("Avro compression " + name + " is not supported");
        }
        return codec.get();
    }

    private interface Decoder {
        InputStream open(InputStream in) throws IOException;
    }

    private interface Encoder {
        OutputStream open(OutputStream out) throws IOException;
    }

    /** The refusal of a block over {@link #MAX_BLOCK_BYTES}. */
    static DecompressionBombException tooLarge() {
        return new DecompressionBombException(
                "decompression bomb guard: an Avro block of more than " + MAX_BLOCK_BYTES / MB + " MiB");
    }

    private static ByteArrayInputStream source(ByteBuffer in) {
        return new ByteArrayInputStream(in.array(), in.arrayOffset() + in.position(), in.remaining());
    }

    /** A codec whose blocks are streams of a compression format. */
    private static final class StreamCodec extends Codec {
        private final String name;
        private final Decoder decoder;
        private final Encoder encoder;

        StreamCodec(String name, Decoder decoder, Encoder encoder) {
            this.name = name;
            this.decoder = decoder;
            this.encoder = encoder;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public ByteBuffer compress(ByteBuffer data) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStream out = encoder.open(bytes)) {
                out.write(data.array(), data.arrayOffset() + data.position(), data.remaining());
            }
            return ByteBuffer.wrap(bytes.toByteArray());
        }

        @Override
        public ByteBuffer decompress(ByteBuffer data) throws IOException {
            try (InputStream in = decoder.open(source(data))) {
                byte[] out = in.readNBytes(MAX_BLOCK_BYTES + 1);
                if (out.length > MAX_BLOCK_BYTES) {
                    throw tooLarge();
                }
                return ByteBuffer.wrap(out);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StreamCodec c && c.name.equals(name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    /** Avro's snappy: a raw snappy block, then the CRC-32 of the data, big-endian. */
    private static final class Snappy extends Codec {
        @Override
        public String getName() {
            return DataFileConstants.SNAPPY_CODEC;
        }

        @Override
        public ByteBuffer compress(ByteBuffer data) {
            SnappyCompressor compressor = new SnappyCompressor();
            byte[] in = new byte[data.remaining()];
            data.duplicate().get(in);
            byte[] out = new byte[compressor.maxCompressedLength(in.length) + 4];
            int n = compressor.compress(in, 0, in.length, out, 0, out.length - 4);
            ByteBuffer result = ByteBuffer.wrap(out, 0, n + 4);
            result.putInt(n, crc(in, in.length));
            return result;
        }

        @Override
        public ByteBuffer decompress(ByteBuffer data) throws IOException {
            byte[] in = new byte[data.remaining()];
            data.duplicate().get(in);
            if (in.length < 4) {
                throw new CorruptInputException("corrupt Avro file (a snappy block without its checksum)");
            }
            int size = SnappyDecompressor.getUncompressedLength(in, 0);
            if (size > MAX_BLOCK_BYTES) {
                throw tooLarge();
            }
            byte[] out = new byte[size];
            int n = new SnappyDecompressor().decompress(in, 0, in.length - 4, out, 0, size);
            int expected = ByteBuffer.wrap(in, in.length - 4, 4).getInt();
            if (crc(out, n) != expected) {
                throw new CorruptInputException("corrupt Avro file (checksum mismatch)");
            }
            return ByteBuffer.wrap(out, 0, n);
        }

        private static int crc(byte[] data, int length) {
            CRC32 crc = new CRC32();
            crc.update(data, 0, length);
            return (int) crc.getValue();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Snappy;
        }

        @Override
        public int hashCode() {
            return getName().hashCode();
        }
    }
}
