package io.piiscanner.core.format;

import io.piiscanner.core.swar.Swar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Follows CSV or TSV records (RFC 4180 quoting, quoted fields may hold delimiters and newlines)
 * and names the column of the next byte from the header row. Hand-written rather than a CSV
 * library because it must see every byte offset of the raw input, which parsers hide.
 */
public final class CsvFieldLocator implements FieldLocator {

    /** Header names longer than this are cut, and columns beyond the cap get positional names. */
    static final int MAX_NAME_BYTES = 256;
    static final int MAX_COLUMNS = 4096;

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final byte delimiter;
    private final List<String> header = new ArrayList<>();
    private final ByteArrayOutputStream name = new ByteArrayOutputStream();
    private State state = State.FIELD_START;
    private long record;
    private int column;

    public CsvFieldLocator(byte delimiter) {
        this.delimiter = delimiter;
    }

    @Override
    public void consume(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (record > 0 && (state == State.UNQUOTED || state == State.QUOTED)) {
                // Past the header, the bytes inside a field change nothing: skip to the next one that may.
                i = state == State.QUOTED ? skipTo(buf, i, to, (byte) '"', (byte) '"') : skipTo(buf, i, to, delimiter, (byte) '\n');
                if (i == to) {
                    return;
                }
            }
            byte b = buf[i];
            switch (state) {
                case FIELD_START -> {
                    if (b == '"') {
                        state = State.QUOTED;
                    } else {
                        plain(b);
                    }
                }
                case UNQUOTED -> plain(b);
                case QUOTED -> {
                    if (b == '"') {
                        state = State.QUOTE_IN_QUOTED;
                    } else {
                        appendName(b);
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    if (b == '"') {
                        appendName(b);
                        state = State.QUOTED;
                    } else {
                        plain(b);
                    }
                }
            }
        }
    }

    private static int skipTo(byte[] buf, int i, int to, byte a, byte b) {
        return Swar.indexOfEither(buf, i, to, a, b);
    }

    private void plain(byte b) {
        if (b == delimiter) {
            endField();
            column++;
            state = State.FIELD_START;
        } else if (b == '\n') {
            endField();
            record++;
            column = 0;
            state = State.FIELD_START;
        } else if (b != '\r') {
            appendName(b);
            state = State.UNQUOTED;
        }
    }

    private void appendName(byte b) {
        if (record == 0 && name.size() < MAX_NAME_BYTES) {
            name.write(b);
        }
    }

    private void endField() {
        if (record == 0 && header.size() < MAX_COLUMNS) {
            header.add(name.toString(StandardCharsets.UTF_8).trim());
            name.reset();
        }
    }

    @Override
    public String field() {
        if (record == 0) {
            return null;
        }
        if (column < header.size() && !header.get(column).isEmpty()) {
            return header.get(column);
        }
        return "column " + (column + 1);
    }

    @Override
    public String fieldLabel() {
        return record == 0 || column >= header.size() ? null : header.get(column);
    }

    /** The header's column names, once it is read; columns beyond them have no label. */
    @Override
    public List<String> labelsAhead() {
        return record == 0 ? null : Collections.unmodifiableList(header);
    }

    @Override
    public List<String> labelsAhead(byte[] buf, int from, int to) {
        if (record > 0 || !header.isEmpty() || name.size() > 0 || state != State.FIELD_START) {
            return labelsAhead();
        }
        // At the start of the input: read the header row into a locator of its own.
        CsvFieldLocator ahead = new CsvFieldLocator(delimiter);
        int at = from;
        while (ahead.record == 0 && at < to) {
            int lineEnd = at;
            while (lineEnd < to && buf[lineEnd] != '\n') {
                lineEnd++;
            }
            int next = Math.min(to, lineEnd + 1);
            ahead.consume(buf, at, next);
            at = next;
        }
        return ahead.labelsAhead();
    }

    @Override
    public boolean inQuotedValue() {
        return state == State.QUOTED;
    }

    @Override
    public boolean crossesBoundary(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
