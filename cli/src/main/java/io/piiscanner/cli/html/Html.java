package io.piiscanner.cli.html;

import java.util.Locale;

/**
 * Text for HTML. File names, field names and template text come from the data: escaped, they
 * cannot open an element or leave an attribute, and control characters cannot break a line of
 * the page.
 */
public final class Html {

    private Html() {}

    /**
     * The text escaped for element content and quoted attribute values alike; control characters
     * other than tab and line feed become {@code ?}, as on the terminal.
     */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\t', '\n' -> sb.append(c);
                default -> sb.append(Character.isISOControl(c) ? '?' : c);
            }
        }
        return sb.toString();
    }

    /** A count with thousands separators, e.g. {@code 1,234,567}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
