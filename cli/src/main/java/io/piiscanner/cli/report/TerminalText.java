package io.piiscanner.cli.report;

/**
 * Makes text from scanned data safe to print on a terminal. File names, CSV headers and JSON keys
 * come from the data, and a control character or escape sequence in them must not move the
 * cursor, hide output or break a line of the table.
 */
final class TerminalText {

    private TerminalText() {}

    /** The text with every control character replaced by {@code ?}. */
    static String safe(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, '?');
            }
        }
        return sb == null ? text : sb.toString();
    }
}
