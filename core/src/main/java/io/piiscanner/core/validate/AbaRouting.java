package io.piiscanner.core.validate;

/**
 * ABA routing transit numbers (RTN) of US banks: nine digits, a Federal Reserve prefix and a
 * weighted mod-10 checksum.
 */
public final class AbaRouting {

    private static final int[] WEIGHTS = {3, 7, 1};

    private AbaRouting() {}

    /**
     * Returns whether {@code digits} is a plausible routing number: exactly nine ASCII digits, a
     * first pair in 00-12 (government and Federal Reserve districts), 21-32 (thrifts), 61-72
     * (electronic) or 80 (traveler's cheques), and {@code 3(d1+d4+d7) + 7(d2+d5+d8) +
     * (d3+d6+d9)} divisible by 10. {@code 000000000} passes the arithmetic but is no bank and
     * is rejected.
     */
    public static boolean isValid(CharSequence digits) {
        if (digits.length() != 9) {
            return false;
        }
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < 9; i++) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            allZero &= d == 0;
            sum += WEIGHTS[i % 3] * d;
        }
        if (allZero || sum % 10 != 0) {
            return false;
        }
        int prefix = (digits.charAt(0) - '0') * 10 + (digits.charAt(1) - '0');
        return prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix == 80;
    }
}
