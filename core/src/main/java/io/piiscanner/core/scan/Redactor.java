package io.piiscanner.core.scan;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.piiscanner.core.format.InputFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Copies scanned windows to an output, writing each finding's masked form in place of its bytes.
 * Streams: it writes each window as soon as it is scanned and holds no more than a window.
 *
 * <p>In JSON, a mask is written as JSON string content: a value found in a decoded string (a tab
 * between a card's groups, written {@code \t}) keeps its separators, so its mask is escaped again.
 */
final class Redactor implements WindowScanner.WindowListener {

    private final OutputStream out;
    private final boolean json;
    private final FindingListener listener;
    /** Offset of the next input byte to copy; beyond a window's end while inside a finding. */
    private long next;

    Redactor(OutputStream out, InputFormat format, FindingListener listener) {
        this.out = out;
        this.json = format == InputFormat.JSON || format == InputFormat.NDJSON;
        this.listener = listener;
    }

    @Override
    public void window(byte[] buf, int scanStart, int scanEnd, long base, List<WindowScanner.Emitted> found)
            throws IOException {
        for (WindowScanner.Emitted e : found) {
            Finding f = e.finding();
            copy(buf, base, f.start());
            // A bare JSON number cannot hold '*': the masked value becomes a string.
            boolean quote = json && !e.quoted();
            if (quote) {
                out.write('"');
            }
            out.write(
                    json
                            ? JsonStringEncoder.getInstance().quoteAsUTF8(f.masked())
                            : f.masked().getBytes(StandardCharsets.UTF_8));
            if (quote) {
                out.write('"');
            }
            next = f.end();
            listener.onFinding(f);
        }
        copy(buf, base, base + scanEnd);
    }

    private void copy(byte[] buf, long base, long to) throws IOException {
        if (to > next) {
            out.write(buf, (int) (next - base), (int) (to - next));
            next = to;
        }
    }

    /** A piece's text with each finding in it (at byte offsets of its UTF-8, in order) replaced by its masked form. */
    static String mask(String text, List<Finding> findings) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
        int at = 0;
        for (Finding f : findings) {
            int start = (int) f.start();
            if (start < at) {
                continue;
            }
            out.write(bytes, at, start - at);
            out.writeBytes(f.masked().getBytes(StandardCharsets.UTF_8));
            at = (int) f.end();
        }
        out.write(bytes, at, bytes.length - at);
        return out.toString(StandardCharsets.UTF_8);
    }

    void finish() throws IOException {
        out.flush();
    }
}
