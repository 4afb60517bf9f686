package io.piiscanner.core.read;

import io.piiscanner.core.format.CorruptInputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.util.LittleEndian;
import org.apache.poi.util.LittleEndianInputStream;

/**
 * A stream of a Word 97-2003 document ({@code WordDocument} or the table stream), copied out of
 * the compound file to a temporary file, because the document's structures point into it at any
 * position and POI's stream can only go forward (its {@code skip} even allocates what it skips).
 * Every read is checked against the stream's size before anything is allocated for it.
 */
final class WordStream implements Closeable {

    private final RandomAccessInput file;
    private final long size;

    private WordStream(RandomAccessInput file) throws IOException {
        this.file = file;
        this.size = file.size();
    }

    /**
     * Copies a stream of the compound file.
     *
     * @param maxBytes the most bytes copied: the compound file's own size
     */
    static WordStream copy(DirectoryNode root, String name, long maxBytes) throws IOException {
        try (InputStream in = root.createDocumentInputStream(root.getEntryCaseInsensitive(name))) {
            return new WordStream(SpooledInput.spool(in, maxBytes));
        }
    }

    long size() {
        return size;
    }

    /**
     * Fails unless {@code [position, position + length)} lies in the stream.
     *
     * @param what what lies there, for the message
     */
    void check(long position, long length, String what) throws CorruptInputException {
        if (position < 0 || length < 0 || position > size - length) {
            throw DocReader.corrupt(what + " lies beyond its stream");
        }
    }

    /** Reads {@code len} bytes at {@code position}, which must lie in the stream. */
    void read(long position, byte[] buf, int len) throws IOException {
        check(position, len, "text");
        if (!file.readFully(position, buf, 0, len)) {
            throw DocReader.corrupt("a stream ends early");
        }
    }

    int u16(long position) throws IOException {
        byte[] b = new byte[2];
        read(position, b, 2);
        return LittleEndian.getUShort(b, 0);
    }

    /** An unsigned 32-bit value, as the format's offsets and lengths are. */
    long u32(long position) throws IOException {
        byte[] b = new byte[4];
        read(position, b, 4);
        return LittleEndian.getUInt(b, 0);
    }

    /** The bytes of {@code [start, end)}, which must lie in the stream, read in order. */
    LittleEndianInputStream stream(long start, long end, String what) throws CorruptInputException {
        check(start, end - start, what);
        return new LittleEndianInputStream(new RandomAccessStream(file, start, end));
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
