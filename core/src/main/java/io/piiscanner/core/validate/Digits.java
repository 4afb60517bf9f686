package io.piiscanner.core.validate;

/** Small checks on strings of ASCII digits shared by the validators and detectors. */
public final class Digits {

    private Digits() {}

    /** Returns whether {@code s} is non-empty and holds only the ASCII digits 0-9. */
    public static boolean allAscii(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether {@code s} is non-empty and one character repeated, such as
     * {@code 000000000}: placeholders and test fillers rather than issued numbers.
     */
    public static boolean allSame(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        char first = s.charAt(0);
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != first) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether the digits {@code s} are a filler people type for a number rather than one
     * an issuer assigned: one digit repeated ({@code 00000000}), a block repeated
     * ({@code 12341234}, {@code 1234567812345678}) or a run counting up or down
     * ({@code 123456789}, {@code 9876543210}).
     */
    public static boolean isPlaceholder(CharSequence s) {
        return s.length() >= 2 && (counts(s, 1) || counts(s, -1) || repeatsBlock(s));
    }

    /** Whether each digit is the one before plus {@code step}, modulo 10: {@code 7890123}. */
    private static boolean counts(CharSequence s, int step) {
        for (int i = 1; i < s.length(); i++) {
            if ((s.charAt(i - 1) - '0' + step + 10) % 10 != s.charAt(i) - '0') {
                return false;
            }
        }
        return true;
    }

    /** Whether a block of at most half the length repeats to the end (the last copy may be cut short). */
    private static boolean repeatsBlock(CharSequence s) {
        int n = s.length();
        for (int period = 1; period <= n / 2; period++) {
            int i = period;
            while (i < n && s.charAt(i) == s.charAt(i - period)) {
                i++;
            }
            if (i == n) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number written by the ASCII digits {@code s[from, to)}; the caller guarantees they are
     * digits and at most nine of them.
     */
    public static int value(CharSequence s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
