package io.piiscanner.preflight.template;

/**
 * A position in a template file, both 1-based; the column counts characters.
 *
 * @param line   line number
 * @param column column number
 */
public record Location(int line, int column) {

    /** Where a value built outside any file (a CDK construct tree) is said to be. */
    public static final Location UNKNOWN = new Location(0, 0);

    /** Whether this points into a file. */
    public boolean known() {
        return line > 0;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
