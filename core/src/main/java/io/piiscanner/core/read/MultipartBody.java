package io.piiscanner.core.read;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The body of a MIME multipart cut at its boundary lines (RFC 2046, section 5.1.1), one span at a
 * time: the preamble, each body part, the epilogue. Holds one buffer, whatever the length of the
 * spans or of their lines. Hand-written because Jakarta Mail's {@code MimeMultipart} keeps the
 * preamble in memory, reads every line before the parts' contents whole, and holds every part it
 * found; its body parts are still parsed by Jakarta Mail, from the spans found here.
 *
 * <p>As Jakarta Mail does, a boundary line may end in spaces or tabs, the line break before it
 * belongs to it, and a multipart without its closing boundary ends at the end of the input.
 */
final class MultipartBody {

    /** What a span is. */
    enum Kind {
        PREAMBLE,
        PART,
        EPILOGUE
    }

    /** A span of the input: {@code [start, end)}. */
    record Span(Kind kind, long start, long end) {

        boolean isEmpty() {
            return end <= start;
        }
    }

    private static final int BUFFER = 1 << 16;

    private final RandomAccessInput file;
    private final long end;
    private final byte[] delimiter;
    private final byte[] buf;
    private long bufStart;
    private int bufLen;

    /** Where the next span starts. */
    private long position;

    private Kind next = Kind.PREAMBLE;

    /** Where the boundary line last found starts, with the line break before it. */
    private long lineStart;

    /** Where that line ends, after its line break. */
    private long lineEnd;

    private boolean closing;

    /** The multipart whose body is {@code [start, end)} of {@code file}, its parts between boundaries {@code boundary}. */
    MultipartBody(RandomAccessInput file, long start, long end, String boundary) throws IOException {
        this.file = file;
        this.end = Math.min(end, file.size());
        this.delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buf = new byte[Math.max(BUFFER, delimiter.length + 2)];
        this.position = start;
        this.bufStart = start;
    }

    /** The next span, {@code null} after the last. */
    Span next() throws IOException {
        if (next == null) {
            return null;
        }
        Kind kind = next;
        long from = position;
        if (kind == Kind.EPILOGUE) {
            next = null;
            return new Span(kind, from, end);
        }
        if (!findBoundaryLine(from)) {
            next = null;
            return new Span(kind, from, end);
        }
        position = lineEnd;
        next = closing ? Kind.EPILOGUE : Kind.PART;
        return new Span(kind, from, lineStart);
    }

    /**
     * Finds the first boundary line at or after {@code from}, which is at the start of a line:
     * sets {@link #lineStart}, {@link #lineEnd} and {@link #closing}; false when there is none.
     */
    private boolean findBoundaryLine(long from) throws IOException {
        for (long p = from; p < end; p = nextLineStart(p)) {
            if (matchesBoundaryLine(p)) {
                long start = p;
                if (p > from && byteAt(p - 1) == '\n') {
                    start--;
                    if (start > from && byteAt(start - 1) == '\r') {
                        start--;
                    }
                } else if (p > from) {
                    start--;
                }
                lineStart = start;
                return true;
            }
        }
        return false;
    }

    /** The position after the next line break (CR or LF) at or after {@code p}; {@link #end} when there is none. */
    private long nextLineStart(long p) throws IOException {
        while (p < end) {
            byteAt(p);
            int i = (int) (p - bufStart);
            for (; i < bufLen; i++) {
                if (buf[i] == '\n' || buf[i] == '\r') {
                    return bufStart + i + 1;
                }
            }
            p = bufStart + bufLen;
        }
        return end;
    }

    /** Whether a boundary line starts at {@code p}: sets {@link #lineEnd} and {@link #closing} when it does. */
    private boolean matchesBoundaryLine(long p) throws IOException {
        if (p + delimiter.length > end) {
            return false;
        }
        for (int i = 0; i < delimiter.length; i++) {
            if (byteAt(p + i) != delimiter[i]) {
                return false;
            }
        }
        long q = p + delimiter.length;
        closing = q + 2 <= end && byteAt(q) == '-' && byteAt(q + 1) == '-';
        if (closing) {
            // As Jakarta Mail does, what follows a closing boundary on its line is ignored.
            q += 2;
            while (q < end && byteAt(q) != '\n') {
                q++;
            }
        } else {
            while (q < end && (byteAt(q) == ' ' || byteAt(q) == '\t')) {
                q++;
            }
            if (q < end && byteAt(q) == '\r') {
                q++;
            }
            if (q < end && byteAt(q) != '\n') {
                return false;
            }
        }
        lineEnd = Math.min(q + 1, end);
        return true;
    }

    /** The byte at {@code p}, which is before {@link #end}, read through the buffer. */
    private int byteAt(long p) throws IOException {
        if (p < bufStart || p >= bufStart + bufLen) {
            // Keep a few bytes before p: a boundary's line break is looked at behind it.
            bufStart = Math.max(0, p - 2);
            bufLen = 0;
            int want = (int) Math.min(buf.length, end - bufStart);
            while (bufLen < want) {
                int n = file.read(bufStart + bufLen, buf, bufLen, want - bufLen);
                if (n <= 0) {
                    throw new EOFException("the email ended while it was read");
                }
                bufLen += n;
            }
        }
        return buf[(int) (p - bufStart)] & 0xff;
    }
}
