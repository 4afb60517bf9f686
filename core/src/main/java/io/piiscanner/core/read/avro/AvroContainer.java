package io.piiscanner.core.read.avro;

import io.piiscanner.core.format.CorruptInputException;
import io.piiscanner.core.read.RandomAccessInput;
import io.piiscanner.core.read.RandomAccessStream;
import io.piiscanner.core.read.UnreadableInputException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.avro.NameValidator;
import org.apache.avro.Schema;
import org.apache.avro.file.Codec;
import org.apache.avro.file.DataFileConstants;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.DecoderFactory;

/**
 * An Avro object container file read a block at a time: its header (magic, metadata, sync marker),
 * then each block's record count, size, bytes and sync marker, the records decoded by Avro.
 *
 * <p>Why not Avro's {@code DataFileReader}: it allocates a block's bytes, and each header value's,
 * as long as the file says (up to 2 GiB) before reading them, so a few hostile bytes could claim
 * more memory than the file holds. Here each declared size is checked first against what the file
 * still holds (more is a truncated file), then against a limit: a header value of at most
 * {@link #MAX_HEADER_VALUE_BYTES}, a block of at most {@link AvroCodecs#MAX_BLOCK_BYTES} as
 * decompressed blocks are. Values in a block are checked by {@link BlockDecoder}. A block may
 * declare no more records than it has bytes (a record of no bytes, a null, is no record a writer
 * makes by the million), so that a few bytes cannot stand for billions of records.
 */
final class AvroContainer implements Closeable {

    /** Bytes of one header value, the schema's JSON above all, at most: as a Parquet footer. */
    static final int MAX_HEADER_VALUE_BYTES = 16 << 20;

    private static final int MB = 1 << 20;

    private final RandomAccessInput input;
    private final long length;
    private final RandomAccessStream stream;
    private final BinaryDecoder framing;
    private final byte[] sync = new byte[DataFileConstants.SYNC_SIZE];
    private final byte[] marker = new byte[DataFileConstants.SYNC_SIZE];
    private final Schema schema;
    /** The blocks' codec; null for none. */
    private final Codec codec;

    private final BlockDecoder block = new BlockDecoder();
    private final GenericDatumReader<Object> reader;
    private long recordsLeft;
    private boolean inBlock;

    private AvroContainer(RandomAccessInput input) throws IOException {
        this.input = input;
        this.length = input.size();
        this.stream = new RandomAccessStream(input, 0, length);
        this.framing = DecoderFactory.get().binaryDecoder(stream, null);
        byte[] magic = new byte[DataFileConstants.MAGIC.length];
        framing.readFixed(magic);
        if (!Arrays.equals(magic, DataFileConstants.MAGIC)) {
            throw new CorruptInputException("corrupt Avro file (no Avro magic number)");
        }
        String schemaJson = null;
        String codecName = null;
        for (long n = framing.readMapStart(); n != 0; n = framing.mapNext()) {
            for (long i = 0; i < n; i++) {
                String key = new String(headerValue(), StandardCharsets.UTF_8);
                if (key.equals(DataFileConstants.SCHEMA)) {
                    schemaJson = new String(headerValue(), StandardCharsets.UTF_8);
                } else if (key.equals(DataFileConstants.CODEC)) {
                    codecName = new String(headerValue(), StandardCharsets.UTF_8);
                } else {
                    framing.skipBytes();
                }
            }
        }
        framing.readFixed(sync);
        if (schemaJson == null) {
            throw new CorruptInputException("corrupt Avro file (its header has no schema)");
        }
        this.schema = new Schema.Parser(NameValidator.NO_VALIDATION)
                .setValidateDefaults(false)
                .parse(schemaJson);
        this.codec = codecName == null || codecName.equals(DataFileConstants.NULL_CODEC)
                ? null
                : AvroCodecs.forName(codecName);
        this.reader = new BoundedReader(schema, block);
    }

    /**
     * Opens the file and reads its header.
     *
     * @throws CorruptInputException    when the header is damaged or cut short
     * @throws UnreadableInputException when a header value is over {@link #MAX_HEADER_VALUE_BYTES}
     *                                  or the blocks' codec is none this reader has
     */
    static AvroContainer open(RandomAccessInput input) throws IOException {
        return new AvroContainer(input);
    }

    Schema schema() {
        return schema;
    }

    /** Whether a record follows; false after the last block, which a whole file ends with. */
    boolean hasNext() throws IOException {
        while (recordsLeft == 0) {
            if (inBlock && !block.isEnd()) {
                throw new CorruptInputException("corrupt Avro file (a block longer than its records)");
            }
            if (remaining() == 0) {
                return false;
            }
            readBlock();
        }
        return true;
    }

    /** The next record; {@link #hasNext()} must have said there is one. */
    Object next() throws IOException {
        recordsLeft--;
        return reader.read(null, block);
    }

    private void readBlock() throws IOException {
        long count = framing.readLong();
        long size = framing.readLong();
        if (count < 0 || size < 0) {
            throw new CorruptInputException("corrupt Avro file (a block of negative size)");
        }
        if (size > remaining() - sync.length) {
            throw truncated();
        }
        if (size > AvroCodecs.MAX_BLOCK_BYTES) {
            throw AvroCodecs.tooLarge();
        }
        byte[] bytes = new byte[(int) size];
        framing.readFixed(bytes);
        framing.readFixed(marker);
        if (!Arrays.equals(marker, sync)) {
            throw new CorruptInputException("corrupt Avro file (a block's sync marker is not the header's)");
        }
        ByteBuffer data = codec == null ? ByteBuffer.wrap(bytes) : codec.decompress(ByteBuffer.wrap(bytes));
        if (count > Math.max(1, data.remaining())) {
            throw new CorruptInputException("corrupt Avro file (a block declares more records than it has bytes)");
        }
        block.reset(data);
        recordsLeft = count;
        inBlock = true;
    }

    /** A header value, its length checked before it is allocated. */
    private byte[] headerValue() throws IOException {
        long size = framing.readLong();
        if (size < 0) {
            throw new CorruptInputException("corrupt Avro file (a header value of negative length)");
        }
        if (size > remaining()) {
            throw truncated();
        }
        if (size > MAX_HEADER_VALUE_BYTES) {
            throw new UnreadableInputException("Avro header value of " + size / MB + " MiB is over the "
                    + MAX_HEADER_VALUE_BYTES / MB + " MiB limit");
        }
        byte[] value = new byte[(int) size];
        framing.readFixed(value);
        return value;
    }

    /** Bytes of the file after what the framing decoder has handed out. */
    private long remaining() throws IOException {
        return length - (stream.position() - framing.inputStream().available());
    }

    private static CorruptInputException truncated() {
        return new CorruptInputException("truncated Avro file");
    }

    @Override
    public void close() throws IOException {
        input.close();
    }

    /** Avro's generic reader, a fixed value's size checked against its block before it is allocated. */
    private static final class BoundedReader extends GenericDatumReader<Object> {
        private final BlockDecoder block;

        BoundedReader(Schema schema, BlockDecoder block) {
            super(schema);
            this.block = block;
        }

        @Override
        protected Object readFixed(Object old, Schema expected, Decoder in) throws IOException {
            block.checkLength(expected.getFixedSize());
            return super.readFixed(old, expected, in);
        }
    }
}
