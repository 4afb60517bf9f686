package io.piiscanner.core.read.avro;

import io.piiscanner.core.format.CorruptInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.util.Utf8;

/**
 * Avro's binary decoder over one decompressed block, each size the block declares checked before
 * anything is allocated for it: a string or bytes no longer than what the block still holds, and
 * no more array and map items in the whole block than it has bytes. Avro's own decoder allocates
 * a string or bytes value as long as its length says (up to 2 GiB) before it reads it, and an
 * array of that many items. Arrays of nulls, whose items take no bytes, longer than their block
 * are refused with the rest; no writer makes them.
 */
final class BlockDecoder extends Decoder {

    private BinaryDecoder in;
    /** Array and map items the block may still declare. */
    private long itemsLeft;

    /** Decodes this block's bytes from now on. */
    void reset(ByteBuffer block) {
        in = DecoderFactory.get()
                .binaryDecoder(block.array(), block.arrayOffset() + block.position(), block.remaining(), in);
        itemsLeft = block.remaining();
    }

    /** Bytes of the block not read yet. */
    long remaining() throws IOException {
        return in.inputStream().available();
    }

    /** Refuses a value of {@code length} bytes that the rest of the block cannot hold. */
    void checkLength(long length) throws IOException {
        if (length < 0 || length > remaining()) {
            throw new CorruptInputException("corrupt Avro file (a value longer than its block)");
        }
    }

    private int length() throws IOException {
        long length = in.readLong();
        checkLength(length);
        return (int) length;
    }

    private long items(long count) throws IOException {
        itemsLeft -= count;
        if (itemsLeft < 0) {
            throw new CorruptInputException("corrupt Avro file (more array or map items than its block has bytes)");
        }
        return count;
    }

    @Override
    public Utf8 readString(Utf8 old) throws IOException {
        int length = length();
        Utf8 result = old != null ? old : new Utf8();
        result.setByteLength(length);
        in.readFixed(result.getBytes(), 0, length);
        return result;
    }

    @Override
    public String readString() throws IOException {
        return readString(null).toString();
    }

    @Override
    public ByteBuffer readBytes(ByteBuffer old) throws IOException {
        byte[] bytes = new byte[length()];
        in.readFixed(bytes);
        return ByteBuffer.wrap(bytes);
    }

    @Override
    public long readArrayStart() throws IOException {
        return items(in.readArrayStart());
    }

    @Override
    public long arrayNext() throws IOException {
        return items(in.arrayNext());
    }

    @Override
    public long readMapStart() throws IOException {
        return items(in.readMapStart());
    }

    @Override
    public long mapNext() throws IOException {
        return items(in.mapNext());
    }

    /** Whether the block has been read to its end. */
    boolean isEnd() throws IOException {
        return in.isEnd();
    }

    @Override
    public void readNull() throws IOException {
        in.readNull();
    }

    @Override
    public boolean readBoolean() throws IOException {
        return in.readBoolean();
    }

    @Override
    public int readInt() throws IOException {
        return in.readInt();
    }

    @Override
    public long readLong() throws IOException {
        return in.readLong();
    }

    @Override
    public float readFloat() throws IOException {
        return in.readFloat();
    }

    @Override
    public double readDouble() throws IOException {
        return in.readDouble();
    }

    @Override
    public void skipString() throws IOException {
        in.skipString();
    }

    @Override
    public void skipBytes() throws IOException {
        in.skipBytes();
    }

    @Override
    public void readFixed(byte[] bytes, int start, int length) throws IOException {
        in.readFixed(bytes, start, length);
    }

    @Override
    public void skipFixed(int length) throws IOException {
        in.skipFixed(length);
    }

    @Override
    public int readEnum() throws IOException {
        return in.readEnum();
    }

    @Override
    public long skipArray() throws IOException {
        return in.skipArray();
    }

    @Override
    public long skipMap() throws IOException {
        return in.skipMap();
    }

    @Override
    public int readIndex() throws IOException {
        return in.readIndex();
    }
}
