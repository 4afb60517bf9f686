package io.piiscanner.core.read;

import java.util.HashMap;
import java.util.Map;

/**
 * The first row of a sheet or a table, taken for the names of its columns, as a CSV file's header
 * row is: each name is the field of the cells below it and the context they are read in. A first
 * row that holds a number is data, and the columns have no names. Names hold what the cells hold,
 * raw: the engine masks any value a name holds wherever it shows one.
 */
final class HeaderRow {

    /** Longer text is no column name. */
    static final int MAX_NAME_CHARS = 256;
    /** Columns named at most: Excel's limit. */
    static final int MAX_COLUMNS = 16_384;

    private final Map<Integer, String> names = new HashMap<>();
    private boolean data;

    /**
     * A cell of the first row.
     *
     * @param column its 1-based column
     * @param number whether it holds a number (or a date) rather than text
     */
    void add(long column, String text, boolean number) {
        if (number) {
            data = true;
            names.clear();
        } else if (!data && names.size() < MAX_COLUMNS && text.length() <= MAX_NAME_CHARS && !text.isBlank()) {
            names.put((int) column, text.strip());
        }
    }

    /** The name of a 1-based column, for a cell of a later row; {@code null} when it has none. */
    String name(long column) {
        return names.get((int) column);
    }
}
