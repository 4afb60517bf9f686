package io.piiscanner.core.format;

import io.piiscanner.core.swar.Swar;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Follows CSV or TSV records (RFC 4180 quoting, quoted fields may hold delimiters and newlines)
 * and names the column of the next byte from the header row. Hand-written rather than a CSV
 * library because it must see every byte offset of the raw input, which parsers hide.
 *
 * <p>A first row that holds a value is data, not a header: an export without a header would
 * otherwise name every column after the first record's card number or address. So when the
 * engine finds a value in the first row ({@link #valueFound()}), or a cell of it holds one as
 * a name, columns are named by position ({@code column 2}), the first row's included.
 */
public final class CsvFieldLocator implements FieldLocator {

    /** Header names longer than this are cut, and columns beyond the cap get positional names. */
    static final int MAX_NAME_BYTES = 256;

    static final int MAX_COLUMNS = 4096;

    private enum State {
        FIELD_START,
        UNQUOTED,
        QUOTED,
        QUOTE_IN_QUOTED
    }

    private final byte delimiter;
    private final UnaryOperator<String> maskName;
    /** The header's cells as written: the labels context is read from. */
    private final List<String> header = new ArrayList<>();
    /** What {@link #field()} shows for each header cell, or null for the column's position. */
    private final List<String> shown = new ArrayList<>();

    private final ByteArrayOutputStream name = new ByteArrayOutputStream();
    private boolean nameCut;
    private boolean firstRowHoldsValue;
    private State state = State.FIELD_START;
    private long record;
    private int column;
    /** Set where {@link #fieldLabel()} may have changed: a new field or record. */
    private boolean labelMoved;

    /** A locator that takes every header cell as a name that holds no value. */
    public CsvFieldLocator(byte delimiter) {
        this(delimiter, UnaryOperator.identity());
    }

    /** @param maskName masks the values a name holds: a header cell that holds one makes the first row data */
    public CsvFieldLocator(byte delimiter, UnaryOperator<String> maskName) {
        this.delimiter = delimiter;
        this.maskName = maskName;
    }

    /**
     * Reads ahead with a copy of this locator. The copy cannot know of a value the engine will
     * find in the first row ({@link #valueFound()}): where that turns the header into data, this
     * locator gives no label and the copy gave the header's, which only tells of too many labels.
     */
    @Override
    public boolean labelsAt(byte[] buf, int from, int to, LabelSink sink) {
        CsvFieldLocator ahead = new CsvFieldLocator(delimiter, maskName);
        ahead.header.addAll(header);
        ahead.shown.addAll(shown);
        ahead.name.writeBytes(name.toByteArray());
        ahead.nameCut = nameCut;
        ahead.firstRowHoldsValue = firstRowHoldsValue;
        ahead.state = state;
        ahead.record = record;
        ahead.column = column;
        sink.label(from, ahead.fieldLabel());
        ahead.read(buf, from, to, sink);
        return true;
    }

    @Override
    public void consume(byte[] buf, int from, int to) {
        read(buf, from, to, null);
    }

    /** Consumes {@code buf[from, to)}, telling {@code sink} (when not null) where the label may have changed. */
    private void read(byte[] buf, int from, int to, LabelSink sink) {
        for (int i = from; i < to; i++) {
            if (record > 0 && (state == State.UNQUOTED || state == State.QUOTED)) {
                // Past the header, the bytes inside a field change nothing: skip to the next one that may.
                i = state == State.QUOTED
                        ? skipTo(buf, i, to, (byte) '"', (byte) '"')
                        : skipTo(buf, i, to, delimiter, (byte) '\n');
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
            if (sink != null && labelMoved) {
                labelMoved = false;
                sink.label(i + 1, fieldLabel());
            }
        }
    }

    private static int skipTo(byte[] buf, int i, int to, byte a, byte b) {
        return Swar.indexOfEither(buf, i, to, a, b);
    }

    private void plain(byte b) {
        if (b == delimiter) {
            labelMoved = true;
            endField();
            column++;
            state = State.FIELD_START;
        } else if (b == '\n') {
            labelMoved = true;
            endField();
            if (record == 0) {
                endFirstRow();
            }
            record++;
            column = 0;
            state = State.FIELD_START;
        } else if (b != '\r') {
            appendName(b);
            state = State.UNQUOTED;
        }
    }

    private void appendName(byte b) {
        if (record == 0) {
            if (name.size() < MAX_NAME_BYTES) {
                name.write(b);
            } else {
                nameCut = true;
            }
        }
    }

    private void endField() {
        if (record == 0) {
            if (header.size() < MAX_COLUMNS) {
                String cell = name.toString(StandardCharsets.UTF_8).trim();
                header.add(cell);
                shown.add(nameCut ? CutNames.shown(cell, maskName) : cell.isEmpty() ? null : cell);
            }
            name.reset();
            nameCut = false;
        }
    }

    /** Keeps the first row as the header unless it holds a value: then it is data, and columns have no names. */
    private void endFirstRow() {
        if (firstRowHoldsValue
                || header.stream().anyMatch(cell -> !maskName.apply(cell).equals(cell))) {
            header.clear();
            shown.clear();
        }
    }

    @Override
    public void valueFound() {
        if (record == 0) {
            firstRowHoldsValue = true;
        }
    }

    /** The header cell's name; {@code column N} in the first row, without a header, and for unnamed columns. */
    @Override
    public String field() {
        if (record > 0 && column < shown.size() && shown.get(column) != null) {
            return shown.get(column);
        }
        return "column " + (column + 1);
    }

    @Override
    public String fieldLabel() {
        return record == 0 || column >= header.size() ? null : header.get(column);
    }

    /** The header's column names, once it is read (none without a header); columns beyond them have no label. */
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
