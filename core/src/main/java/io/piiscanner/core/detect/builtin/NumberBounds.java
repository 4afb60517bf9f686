package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.ScanText;

/**
 * Regex fragments that keep a number from matching inside a longer token. Detectors scan with
 * transparent bounds, so these look-arounds also see the text beyond the scanned range.
 */
final class NumberBounds {

    /**
     * Not after a letter, digit, underscore, {@code +} or {@code -} (an id, a phone number, a
     * negative or dashed number), nor after the decimal point of a number.
     */
    static final String BEFORE = "(?<![\\w+\\-])(?<!\\d\\.)";

    /**
     * Not before a letter, digit or underscore, nor before a dash or dot that continues the token
     * ({@code 123456789-01}, {@code 12345678.90}); a dash or full stop that ends a sentence is fine.
     */
    static final String AFTER = "(?!\\w|[-.]\\w)";

    private NumberBounds() {
    }

    /**
     * Returns whether a number written with single spaces between its groups, starting at
     * {@code start}, follows another digit and a space, so that it is the tail of a longer run
     * such as {@code 12 536 90 4399}. Checked in code because a look-behind cannot refer to the
     * separator the match captures later.
     */
    static boolean continuesSpacedRun(ScanText text, int start) {
        return start >= 2 && text.charAt(start - 1) == ' ' && isDigit(text.charAt(start - 2));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
