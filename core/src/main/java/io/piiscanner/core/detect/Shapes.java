package io.piiscanner.core.detect;

/** Small character tests for {@link MatchStart.Shape}s. */
public final class Shapes {

    private Shapes() {}

    /** The number of consecutive ASCII digits in {@code s} from {@code i}, stopping at {@code to}. */
    public static int digits(CharSequence s, int i, int to) {
        int j = i;
        while (j < to && isDigit(s.charAt(j))) {
            j++;
        }
        return j - i;
    }

    /** The number of consecutive hex digits in {@code s} from {@code i}, at most {@code max}. */
    public static int hexDigits(CharSequence s, int i, int to, int max) {
        int j = i;
        int end = Math.min(to, i + max);
        while (j < end && isHex(s.charAt(j))) {
            j++;
        }
        return j - i;
    }

    /** Whether {@code s[i]} exists below {@code to} and is one of {@code chars}. */
    public static boolean charIn(CharSequence s, int i, int to, String chars) {
        return i < to && chars.indexOf(s.charAt(i)) >= 0;
    }

    /** Whether {@code s} has an ASCII letter or digit at {@code i} (false past its end). */
    public static boolean alnumAt(CharSequence s, int i) {
        return i < s.length() && CharClass.ALNUM.contains(s.charAt(i));
    }

    /** Whether {@code s[i]} exists below {@code to} and is an ASCII letter. */
    public static boolean letterAt(CharSequence s, int i, int to) {
        if (i >= to) {
            return false;
        }
        char c = s.charAt(i);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
