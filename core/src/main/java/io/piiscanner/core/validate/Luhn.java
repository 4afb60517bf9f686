package io.piiscanner.core.validate;

/**
 * The Luhn (mod 10) check used by payment card numbers. It detects every single-digit error and
 * most transpositions of adjacent digits.
 */
public final class Luhn {

    /** The digit sum of twice each digit. */
    private static final int[] DOUBLED = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};

    private Luhn() {}

    /**
     * Returns whether {@code digits} is at least two ASCII digits whose last digit is the Luhn
     * check digit of the others. Any other character makes the value invalid.
     */
    public static boolean isValid(CharSequence digits) {
        return isValid(digits, 0, digits.length());
    }

    /** {@link #isValid(CharSequence)} for {@code s[from, to)}, without copying it out. */
    public static boolean isValid(CharSequence s, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = to - 1; i >= from; i--) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            sum += doubled ? DOUBLED[d] : d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /**
     * Returns the check digit to append to {@code payload} (one or more ASCII digits) so that the
     * result is Luhn-valid.
     *
     * @throws IllegalArgumentException if {@code payload} is empty or holds a non-digit
     */
    public static int checkDigit(CharSequence payload) {
        int n = payload.length();
        if (n == 0) {
            throw new IllegalArgumentException("empty payload");
        }
        int sum = 0;
        // The appended check digit takes the undoubled rightmost place, so the payload's last digit is doubled.
        boolean doubled = true;
        for (int i = n - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not a digit at " + i);
            }
            sum += doubled ? DOUBLED[d] : d;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
