package io.piiscanner.core.detect;

import io.piiscanner.core.swar.Swar;

/** A set of ASCII characters, tested with one array lookup. */
public final class CharClass {

    private static final String DIGITS = "0123456789";
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String MARKS = "+(:/";

    /** Digits. */
    public static final CharClass DIGIT = of(DIGITS);
    /** ASCII letters. */
    public static final CharClass LETTER = of(LETTERS);
    /** ASCII letters and digits. */
    public static final CharClass ALNUM = of(DIGITS + LETTERS);
    /** Base64 characters without padding, as in AWS secret keys. */
    public static final CharClass BASE64 = ALNUM.plus("+/");
    /** Word characters as in a regular expression's {@code \w}: letters, digits and underscore. */
    public static final CharClass WORD = ALNUM.plus("_");
    /**
     * Characters other than letters and digits that can start a match of a built-in pattern:
     * a phone number's {@code +} or {@code (}, an IPv6 address's {@code :}, a secret key's {@code /}.
     */
    public static final CharClass TOKEN_MARK = of(MARKS);
    /** Characters that start a token (see {@link Tokens}). */
    static final CharClass TOKEN_START = ALNUM.plus(MARKS);
    /** Characters of IPv4 and IPv6 literals. */
    public static final CharClass IP_LITERAL = of(DIGITS + "abcdefABCDEF:.");

    private final boolean[] member = new boolean[256];
    /** The class's members when it has one or two (the same twice for one), else null. */
    private byte[] pair;

    private CharClass(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            member[chars.charAt(i)] = true;
        }
        updatePair();
    }

    private void updatePair() {
        byte[] found = new byte[3];
        int n = 0;
        for (int c = 0; c < member.length && n < 3; c++) {
            if (member[c]) {
                found[n++] = (byte) c;
            }
        }
        pair = n == 1 ? new byte[] {found[0], found[0]} : n == 2 ? new byte[] {found[0], found[1]} : null;
    }

    /** The class of exactly these ASCII characters. */
    public static CharClass of(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) > 127) {
                throw new IllegalArgumentException("ASCII only");
            }
        }
        return new CharClass(chars);
    }

    /** Whether {@code c}, a character of a {@link ScanText} (so at most 0xFF), is in the class. */
    public boolean contains(char c) {
        return c < 256 && member[c];
    }

    /** This class and these ASCII characters. */
    public CharClass plus(String chars) {
        CharClass more = of(chars);
        for (int c = 0; c < member.length; c++) {
            more.member[c] |= member[c];
        }
        more.updatePair();
        return more;
    }

    /** Whether every character of this class is in {@code other}. */
    public boolean isSubsetOf(CharClass other) {
        for (int c = 0; c < member.length; c++) {
            if (member[c] && !other.member[c]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the byte {@code b}, read as ISO-8859-1, is in the class. */
    public boolean contains(byte b) {
        return member[b & 0xff];
    }

    /**
     * The index of the first byte of {@code b[from, to)} in the class, or {@code to}. A class of
     * one or two characters, such as the dots and colons every IP address holds, is looked for
     * eight bytes at a time ({@link Swar#indexOfEither}): those gates read whole windows.
     */
    int indexIn(byte[] b, int from, int to) {
        if (pair != null) {
            return Swar.indexOfEither(b, from, to, pair[0], pair[1]);
        }
        boolean[] m = member;
        int i = from;
        while (i < to && !m[b[i] & 0xff]) {
            i++;
        }
        return i;
    }

    /** The index of the first byte of {@code b[from, to)} not in the class, or {@code to}. */
    int indexNotIn(byte[] b, int from, int to) {
        boolean[] m = member;
        int i = from;
        while (i < to && m[b[i] & 0xff]) {
            i++;
        }
        return i;
    }
}
