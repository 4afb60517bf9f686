package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.MatchStart;
import io.piiscanner.core.detect.ScanText;
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
    static final MatchStart START = MatchStart.of(CharClass.DIGIT, CharClass.WORD.plus("+-")).digitsEndToken()
            .where((s, i, to) -> i < 2 || s.charAt(i - 1) != '.' || !Shapes.isDigit(s.charAt(i - 2)));

    /** Where a bare run of exactly nine digits can start (SSN, ITIN, ABA without separators). */
    static final MatchStart NINE_DIGITS = START.leadingDigits(9, 9).where((s, i, to) -> digitRun(s, i, to) == 9);

    private NumberBounds() {
    }

    /**
     * Returns whether a number written with single spaces between its groups, starting at
     * {@code start}, follows another digit and a space, so that it is the tail of a longer run
     * such as {@code 12 536 90 4399}. Checked in code because a look-behind cannot refer to the
     * separator the match captures later.
     */
    static boolean continuesSpacedRun(ScanText text, int start) {
        return start >= 2 && text.charAt(start - 1) == ' ' && Shapes.isDigit(text.charAt(start - 2));
    }

    /**
     * The length of the digit run starting at {@code i}, or 0 when it does not end by
     * {@code to}: a number bounded by {@link #AFTER} is a whole run and must fit its region.
     */
    static int digitRun(CharSequence s, int i, int to) {
        int n = Shapes.digits(s, i, s.length());
        return i + n <= to ? n : 0;
    }

    /** Whether {@code ddd?dd?dddd} with one separator from {@code " .-"} starts at {@code i}. */
    static boolean ssnShape(CharSequence s, int i, int to) {
        if (i + 11 > to || digitRun(s, i, to) != 3) {
            return false;
        }
        char sep = s.charAt(i + 3);
        return (sep == '-' || sep == ' ' || sep == '.') && digitRun(s, i + 4, to) == 2
                && s.charAt(i + 6) == sep && digitRun(s, i + 7, to) == 4;
    }
}
