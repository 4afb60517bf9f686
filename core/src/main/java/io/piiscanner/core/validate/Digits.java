package io.piiscanner.core.validate;

/** Small checks on strings of ASCII digits shared by the validators and detectors. */
public final class Digits {

    private Digits() {
    }

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
