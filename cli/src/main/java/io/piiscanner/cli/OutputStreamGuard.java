package io.piiscanner.cli;

import io.piiscanner.cli.input.IoErrors;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Reports write failures as {@link OutputException} naming the destination, and never closes
 * the stream under it: closing only flushes, the owner of the stream closes it.
 */
final class OutputStreamGuard extends FilterOutputStream {

    private final String destination;

    /**
     * @param out         the stream written to
     * @param destination what it writes to, for messages, e.g. {@code standard output}
     */
    OutputStreamGuard(OutputStream out, String destination) {
        super(out);
        this.destination = destination;
    }

    @Override
    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        flush();
    }

    private OutputException failure(IOException e) {
        return new OutputException("cannot write " + destination + ": " + IoErrors.reason(e), e);
    }
}
