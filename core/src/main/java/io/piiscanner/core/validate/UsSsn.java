package io.piiscanner.core.validate;

/**
 * US Social Security numbers. They carry no check digit, so validity means "could have been
 * issued": the area, group and serial rules of the Social Security Administration, minus numbers
 * that are known to be published or used as examples.
 */
public final class UsSsn {

    private UsSsn() {}

    /**
     * Returns whether {@code digits} (exactly nine ASCII digits, no separators) could be an SSN.
     * Rejected: area 000, 666 and 900-999 (the 9xx block belongs to ITINs and includes the
     * advertising range 987-65-4320..4329), group 00, serial 0000, one digit repeated nine times
     * (a placeholder), and 078-05-1120, 219-09-9999 and 123-45-6789, which were printed in
     * advertisements or are used as examples.
     */
    public static boolean isValid(CharSequence digits) {
        if (digits.length() != 9 || !Digits.allAscii(digits) || Digits.allSame(digits)) {
            return false;
        }
        int area = Digits.value(digits, 0, 3);
        int group = Digits.value(digits, 3, 5);
        int serial = Digits.value(digits, 5, 9);
        if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
            return false;
        }
        int all = area * 1_000_000 + group * 10_000 + serial;
        return all != 78_051_120 && all != 219_099_999 && all != 123_456_789;
    }
}
