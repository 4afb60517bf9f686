package io.piiscanner.core.validate;

/**
 * US Individual Taxpayer Identification Numbers: nine digits in the SSN layout whose area starts
 * with 9 and whose middle pair lies in one of the ranges the IRS assigns. There is no check digit.
 */
public final class UsItin {

    private UsItin() {}

    /**
     * Returns whether {@code digits} (exactly nine ASCII digits, no separators) could be an ITIN:
     * first digit 9, middle pair 50-65, 70-88, 90-92 or 94-99, and not one digit repeated nine
     * times.
     */
    public static boolean isValid(CharSequence digits) {
        if (digits.length() != 9 || !Digits.allAscii(digits) || Digits.allSame(digits) || digits.charAt(0) != '9') {
            return false;
        }
        int group = Digits.value(digits, 3, 5);
        return (group >= 50 && group <= 65)
                || (group >= 70 && group <= 88)
                || (group >= 90 && group <= 92)
                || group >= 94;
    }
}
