package io.piiscanner.core.format;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Follows the structure of an input as its bytes go by, to name the field (CSV column, JSON path)
 * that holds the next byte. Implementations keep bounded state whatever the input size.
 */
public interface FieldLocator extends ByteConsumer {

    /**
     * The field holding the next byte, e.g. {@code email} or {@code $.customers[2].ssn}, with any
     * value a name in it holds masked; or null.
     */
    String field();

    /**
     * A short name for the field suited to context matching: the CSV column name or the nearest
     * JSON key. Null when there is none.
     */
    String fieldLabel();

    /**
     * Tells the locator that a value was found at the next byte. A CSV locator takes a first row
     * that holds a value for data, not for a header.
     */
    default void valueFound() {
        // Only a CSV header depends on it.
    }

    /** True when the next byte is inside a quoted value (a JSON string or a quoted CSV field). */
    boolean inQuotedValue();

    /** True when the value {@code text[start, end)} would span two fields, so it cannot be one value. */
    boolean crossesBoundary(CharSequence text, int start, int end);

    /**
     * Every {@link #fieldLabel()} this locator can give from here to the end of the input, when it
     * knows them all in advance (a CSV file's column names once its header is read); null when it
     * does not (JSON keys can turn up anywhere). Lets the engine see that no field name can supply
     * a detector's required context, so only words in the text around a value can.
     */
    default List<String> labelsAhead() {
        return null;
    }

    /**
     * Every {@link #fieldLabel()} this locator can give while it reads the bytes that come next,
     * {@code buf[from, to)} (it may name more), or null when it cannot tell; the locator does not
     * change. Lets the engine see, window by window, that no field name there can supply a
     * detector's required context: a CSV header read ahead of the locator (a value in the header
     * row itself has no field label), the JSON keys of the window.
     */
    default List<String> labelsAhead(byte[] buf, int from, int to) {
        return labelsAhead();
    }

    /** Receives the field labels a locator would give, byte by byte, as it read ahead ({@link #labelsAt}). */
    @FunctionalInterface
    interface LabelSink {
        /** From offset {@code at} on, until the next call, {@link #fieldLabel()} would be {@code label}. */
        void label(int at, String label);
    }

    /**
     * Tells, without changing this locator, the {@link #fieldLabel()} it would give before each byte
     * of {@code buf[from, to)} as it read them: calls {@code sink} with {@code from} and the label
     * there, then at each offset where the label may change (it may repeat a label). Returns false,
     * calling nothing, when it cannot tell. Lets the engine run a detector whose context is
     * required only where a field name can supply that context (or a word in the text can).
     */
    default boolean labelsAt(byte[] buf, int from, int to, LabelSink sink) {
        return false;
    }

    /**
     * The locator for a text format ({@link InputFormat#text()}).
     *
     * @param maskName masks the values a name holds: {@link #field()} shows names through it
     */
    static FieldLocator forFormat(InputFormat format, UnaryOperator<String> maskName) {
        return switch (format) {
            case TEXT -> NoFieldLocator.INSTANCE;
            case CSV -> new CsvFieldLocator((byte) ',', maskName);
            case TSV -> new CsvFieldLocator((byte) '\t', maskName);
            case JSON -> new JsonFieldLocator(false, maskName);
            case NDJSON -> new JsonFieldLocator(true, maskName);
            case XML -> new MarkupFieldLocator(false, maskName);
            case HTML -> new MarkupFieldLocator(true, maskName);
            default -> throw new IllegalArgumentException(format.description() + " is not scanned as text");
        };
    }
}
