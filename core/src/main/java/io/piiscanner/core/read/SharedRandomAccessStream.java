package io.piiscanner.core.read;

import jakarta.mail.internet.SharedInputStream;
import java.io.IOException;

/**
 * A range of a {@link RandomAccessInput} as Jakarta Mail's {@link SharedInputStream}: a message
 * parsed from it keeps offsets instead of copying its parts, so that only header sections are held
 * in memory. Reading through this stream itself, as the parser does for a header section, stops
 * with an {@link UnreadableInputException} after {@code limit} bytes; the streams it hands out for
 * content have no such limit.
 */
final class SharedRandomAccessStream extends RandomAccessStream implements SharedInputStream {

    private final long limit;

    SharedRandomAccessStream(RandomAccessInput input, long start, long end, long limit) {
        super(input, start, end);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        checkLimit();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkLimit();
        return super.read(b, off, (int) Math.min(len, Math.max(1, start + limit - pos)));
    }

    private void checkLimit() throws UnreadableInputException {
        if (pos - start >= limit) {
            throw new UnreadableInputException("an email header section is over " + limit + " bytes");
        }
    }

    @Override
    public long getPosition() {
        return pos - start;
    }

    @Override
    public SharedRandomAccessStream newStream(long from, long to) {
        return new SharedRandomAccessStream(input, start + from, to < 0 ? end : start + to, Long.MAX_VALUE);
    }

    /** The same range, read with a limit: for a body part, whose headers the parser reads through it. */
    SharedRandomAccessStream limited(long max) {
        return new SharedRandomAccessStream(input, start, end, max);
    }
}
