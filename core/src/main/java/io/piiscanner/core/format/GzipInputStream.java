package io.piiscanner.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses a gzip stream (RFC 1952) of one or more members, streamed.
 *
 * <p>Written over the JDK's {@link Inflater} rather than {@link java.util.zip.GZIPInputStream},
 * which loses data without a word: it ignores whatever follows a member when that is not a gzip
 * header, and it takes a member for the last when the stream under it has nothing
 * {@link InputStream#available() available} at that moment, as pipes and network streams may not.
 *
 * <p>Damage is a {@link CorruptInputException}, thrown once everything before it has been
 * returned: a stream that ends early, a bad header, a CRC or length that does not match, bytes
 * after the last member that are neither a member nor zero padding. Errors of the stream
 * underneath pass through unchanged.
 */
public final class GzipInputStream extends InputStream {

    private static final int MAGIC1 = 0x1f;
    private static final int MAGIC2 = 0x8b;
    private static final int DEFLATE = 8;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream in;
    private final byte[] buf;
    private final byte[] single = new byte[1];
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    /** The compressed bytes read into {@link #buf} and not yet consumed: {@code [pos, limit)}. */
    private int pos;

    private int limit;
    /** Compressed bytes consumed so far, for messages. */
    private long consumed;
    /** Decompressed bytes of the current member, to check against its trailer. */
    private long memberBytes;

    private boolean started;
    private boolean ended;
    /** Set when the deflate data turned out invalid after output was made: thrown on the next read. */
    private boolean invalid;

    /**
     * @param in         the compressed bytes
     * @param bufferSize how many compressed bytes to read at a time
     */
    public GzipInputStream(InputStream in, int bufferSize) {
        this.in = Objects.requireNonNull(in, "in");
        this.buf = new byte[bufferSize];
    }

    @Override
    public int read() throws IOException {
        return read(single, 0, 1) < 0 ? -1 : single[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (invalid) {
            throw corrupt("invalid deflate data");
        }
        if (!started) {
            started = true;
            if (requireByte() != MAGIC1 || requireByte() != MAGIC2) {
                throw corrupt("not a gzip stream");
            }
            readHeader();
        }
        while (!ended) {
            if (inflater.finished()) {
                readTrailer();
                ended = !nextMember();
                continue;
            }
            boolean more = !inflater.needsInput() || pos < limit || fill();
            if (more && inflater.needsInput()) {
                inflater.setInput(buf, pos, limit - pos);
            }
            // Without more input, the inflater may still hold output it had no room for before.
            int n = inflate(b, off, len);
            if (n > 0) {
                crc.update(b, off, n);
                memberBytes += n;
                return n;
            }
            if (!more) {
                throw truncated();
            }
            if (inflater.needsDictionary()) {
                throw corrupt("a member asks for a preset dictionary, which gzip does not have");
            }
            if (!inflater.finished() && !inflater.needsInput()) {
                throw corrupt("invalid deflate data");
            }
        }
        return -1;
    }

    private int inflate(byte[] b, int off, int len) throws CorruptInputException {
        long written = inflater.getBytesWritten();
        int n;
        try {
            n = inflater.inflate(b, off, len);
        } catch (DataFormatException e) {
            // The inflater counts what it wrote before it met the damage (JDK 11 and later): that is
            // returned first, else a read of a megabyte would lose all it decompressed before.
            n = (int) (inflater.getBytesWritten() - written);
            invalid = true;
        }
        // The inflater's input is the end of buf[pos, limit); what it did not take is still there.
        int next = limit - inflater.getRemaining();
        consumed += next - pos;
        pos = next;
        if (invalid && n == 0) {
            throw corrupt("invalid deflate data");
        }
        return n;
    }

    /** Reads a member's header after its two magic bytes, and readies the inflater for its data. */
    private void readHeader() throws IOException {
        int method = requireByte();
        if (method != DEFLATE) {
            throw corrupt("unknown compression method " + method);
        }
        int flags = requireByte();
        skip(6); // modification time, extra flags, operating system
        if ((flags & FEXTRA) != 0) {
            skip(requireByte() | requireByte() << 8);
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            skip(2); // the header's own CRC; the data's is checked
        }
        inflater.reset();
        crc.reset();
        memberBytes = 0;
    }

    private void readTrailer() throws IOException {
        long expectedCrc = readInt();
        long expectedLength = readInt();
        if (expectedCrc != crc.getValue()) {
            throw corrupt("CRC mismatch");
        }
        if (expectedLength != (memberBytes & 0xffff_ffffL)) {
            throw corrupt("length mismatch");
        }
    }

    /** Starts the next member; false at the end of the stream, or of the zero padding after the last member. */
    private boolean nextMember() throws IOException {
        int first = readByte();
        if (first < 0) {
            return false;
        }
        if (first == 0) {
            // Padding to a block size, as tape and some archivers write: nothing to scan.
            int b;
            do {
                b = readByte();
            } while (b == 0);
            if (b > 0) {
                throw trailingData();
            }
            return false;
        }
        if (first != MAGIC1 || requireByte() != MAGIC2) {
            throw trailingData();
        }
        readHeader();
        return true;
    }

    private CorruptInputException trailingData() {
        return new CorruptInputException("data after the end of the gzip stream, at compressed byte " + (consumed - 1)
                + ", is not gzip and was not read");
    }

    private CorruptInputException truncated() {
        return new CorruptInputException("truncated gzip stream after " + consumed + " compressed bytes");
    }

    private CorruptInputException corrupt(String what) {
        return new CorruptInputException("corrupt gzip stream at compressed byte " + consumed + ": " + what);
    }

    private long readInt() throws IOException {
        return requireByte() | requireByte() << 8 | requireByte() << 16 | (long) requireByte() << 24;
    }

    private void skip(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            requireByte();
        }
    }

    private void skipZeroTerminated() throws IOException {
        while (requireByte() != 0) {
            // skipped: a file name or comment, which may itself be personal data and is not reported
        }
    }

    private int requireByte() throws IOException {
        int b = readByte();
        if (b < 0) {
            throw truncated();
        }
        return b;
    }

    private int readByte() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        consumed++;
        return buf[pos++] & 0xff;
    }

    /** Reads more compressed bytes; called only when the inflater holds none of {@link #buf}'s. */
    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
