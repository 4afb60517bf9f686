package io.piiscanner.core.read;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/** A {@link RandomAccessInput} as PDFBox reads a PDF: buffered, at any position, without copying it. */
final class PdfSource extends RandomAccessStream implements RandomAccessRead {

    private boolean closed;

    PdfSource(RandomAccessInput input) throws IOException {
        super(input, 0, input.size());
    }

    @Override
    public long getPosition() {
        return pos;
    }

    @Override
    public void seek(long position) throws IOException {
        if (position < 0) {
            throw new IOException("negative position " + position);
        }
        pos = Math.min(position, end);
    }

    @Override
    public long length() {
        return end;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isEOF() {
        return pos >= end;
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) {
        return new RandomAccessReadView(this, startPosition, streamLength);
    }

    @Override
    public int available() {
        return (int) Math.min(end - pos, Integer.MAX_VALUE);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        input.close();
    }
}
