package io.piiscanner.core.detect;

/** Masking helpers that keep a value's shape (separators, length) but not its content. */
public final class Masks {

    public static final char MASK = '*';

    private Masks() {}

    /**
     * Replaces every letter and digit with {@code *} except the last {@code keep} of them;
     * separators stay, so {@code 4111-1111-1111-1111} becomes {@code ****-****-****-1111}.
     * Values with no more than {@code 2 * keep} letters and digits keep half as many, so a short
     * value never shows most of itself.
     */
    public static String keepLast(CharSequence raw, int keep) {
        int alnum = countAlphanumeric(raw);
        int shown = alnum > 2 * keep ? keep : alnum / 4;
        int toHide = alnum - shown;
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isAlphanumeric(c) && toHide > 0) {
                out.append(MASK);
                toHide--;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Replaces every letter and digit with {@code *}, keeping separators. */
    public static String all(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            out.append(isAlphanumeric(c) ? MASK : c);
        }
        return out.toString();
    }

    /** The ASCII letters and digits of a value, in order. */
    public static String alphanumeric(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isAlphanumeric(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The ASCII digits of a value, in order. */
    public static String digits(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    static int countAlphanumeric(CharSequence raw) {
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (isAlphanumeric(raw.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static boolean isAlphanumeric(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
