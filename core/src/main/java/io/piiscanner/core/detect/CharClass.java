package io.piiscanner.core.detect;

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
    /** Characters that start a token of {@link ScanText#tokenCount()}. */
    static final CharClass TOKEN_START = ALNUM.plus(MARKS);
    /** Characters of IPv4 and IPv6 literals. */
    public static final CharClass IP_LITERAL = of(DIGITS + "abcdefABCDEF:.");

    private final boolean[] member = new boolean[256];

    private CharClass(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            member[chars.charAt(i)] = true;
        }
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

    /** The index of the first byte of {@code b[from, to)} in the class, or {@code to}. */
    int indexIn(byte[] b, int from, int to) {
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
