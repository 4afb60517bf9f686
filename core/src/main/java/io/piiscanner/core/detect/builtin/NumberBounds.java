package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.MatchStart;
import io.piiscanner.core.detect.Shapes;

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

    /** Where a number bounded by {@link #BEFORE} can start: on a digit, not after {@code [\w+-]}. */
    static final MatchStart START = MatchStart.of(CharClass.DIGIT, CharClass.WORD.plus("+-"))
            .digitsEndToken()
            .where((s, i, to) -> i < 2 || s.charAt(i - 1) != '.' || !Shapes.isDigit(s.charAt(i - 2)));

    private NumberBounds() {}

    /**
     * Nine digits written {@code ddd-dd-dddd} or {@code ddd.dd.dddd}, one separator used in both
     * places, whose first three match {@code area} (SSN, ITIN).
     */
    static String dashedNine(String area) {
        return BEFORE + area + "([-.])\\d{2}\\1\\d{4}(?!\\w|[-.]\\w|\\1\\d)";
    }

    /**
     * Nine digits written bare or {@code ddd dd dddd} whose first three match {@code area}; spaced,
     * not part of a longer run of numbers separated by single spaces ({@code 12 536 90 4399}).
     */
    static String bareOrSpacedNine(String area) {
        return BEFORE + "(?:" + area + "\\d{6}" + AFTER + "|(?<!\\d )" + area + " \\d{2} \\d{4}(?!\\w| \\d|[-.]\\w))";
    }

    /**
     * The length of the digit run starting at {@code i}, or 0 when it does not end by
     * {@code to}: a number bounded by {@link #AFTER} is a whole run and must fit its region.
     */
    static int digitRun(CharSequence s, int i, int to) {
        int n = Shapes.digits(s, i, s.length());
        return i + n <= to ? n : 0;
    }
}
