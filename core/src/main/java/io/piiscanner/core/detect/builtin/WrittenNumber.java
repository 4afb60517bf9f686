package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.validate.Luhn;

/**
 * How a candidate phone number is written: its digit groups and separators, read in one pass that
 * stops past {@link PhoneRuns#MAX_DIGITS} digits or {@link PhoneRuns#MAX_GROUPS} groups, so that a
 * run holding a long digit group costs no more than a number. Mutable and reused from candidate
 * to candidate by one scan.
 */
final class WrittenNumber {

    /** The length of each digit group, in order. */
    final int[] lengths = new int[PhoneRuns.MAX_GROUPS];
    /** The value of each digit group of up to nine digits. */
    private final int[] values = new int[PhoneRuns.MAX_GROUPS];

    int count;
    int digits;
    /** Groups of one digit. */
    int singles;

    boolean plus;
    private boolean parens;
    private boolean dotted;
    /** More than one kind of separator. */
    private boolean mixed;
    /** The last separator, or 0 for none. */
    private char separator;

    /** Reads {@code s[from, to)}, a run's number or part of one; false when it is too long for a number. */
    boolean read(CharSequence s, int from, int to) {
        count = 0;
        digits = 0;
        singles = 0;
        plus = s.charAt(from) == '+';
        parens = false;
        dotted = false;
        mixed = false;
        separator = 0;
        int length = 0;
        int value = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                if (++digits > PhoneRuns.MAX_DIGITS) {
                    return false;
                }
                length++;
                value = value * 10 + (c - '0');
                continue;
            }
            if (length > 0) {
                if (count == lengths.length) {
                    return false;
                }
                singles += length == 1 ? 1 : 0;
                values[count] = length <= 9 ? value : -1;
                lengths[count++] = length;
                length = 0;
                value = 0;
            }
            if (c == '(' || c == ')') {
                parens = true;
            } else if (i < to && c != '+') {
                mixed |= separator != 0 && separator != c;
                dotted |= c == '.';
                separator = c;
            }
        }
        return true;
    }

    /** Written as a phone number rather than a bare run of digits: a country code, parentheses or groups. */
    boolean isFormatted() {
        return plus || parens || count > 1;
    }

    /**
     * Whether it is a shape that parses as a phone number in some regions but is something else: a
     * date, an SSN, a dotted quad, a decimal or a card number. {@code s[from, to)} is what was read.
     */
    boolean looksLikeOtherNumber(CharSequence s, int from, int to) {
        if (plus) {
            return false;
        }
        int longest = 0;
        for (int i = 0; i < count; i++) {
            longest = Math.max(longest, lengths[i]);
        }
        // Dotted quads are IPv4 addresses; long dotted groups are decimals and version numbers.
        if (dotted && ((count == 4 && longest <= 3) || longest > 4)) {
            return true;
        }
        if (!mixed
                && count == 3
                && separator != 0
                && ((lengths[0] == 3 && lengths[1] == 2 && lengths[2] == 4) || isDate())) {
            return true;
        }
        // No card number starts with 0; a call prefix (0044 20 7949 4914) does.
        return digits >= 13 && firstDigit(s, from, to) != '0' && Luhn.isValid(Masks.digits(s.subSequence(from, to)));
    }

    private static char firstDigit(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return c;
            }
        }
        return 0;
    }

    /** Three groups y-m-d or d-m-y / m-d-y with a plausible year, month and day. */
    private boolean isDate() {
        int a;
        int b;
        int year;
        if (lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
            year = values[0];
            a = values[1];
            b = values[2];
        } else if (lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] == 4) {
            a = values[0];
            b = values[1];
            year = values[2];
        } else {
            return false;
        }
        boolean dayMonth = a >= 1 && a <= 31 && b >= 1 && b <= 12;
        boolean monthDay = a >= 1 && a <= 12 && b >= 1 && b <= 31;
        return year >= 1800 && year <= 2199 && (dayMonth || monthDay);
    }
}
