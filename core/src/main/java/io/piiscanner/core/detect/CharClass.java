package io.piiscanner.core.detect;

/** A set of ASCII characters, tested with one array lookup. */
public final class CharClass {

    /** ASCII letters and digits. */
    public static final CharClass ALNUM = of("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    /** Base64 characters without padding, as in AWS secret keys. */
    public static final CharClass BASE64 = of("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+/");
    /** Characters of IPv4 and IPv6 literals. */
    public static final CharClass IP_LITERAL = of("0123456789abcdefABCDEF:.");

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

    /** Whether the byte {@code b}, read as ISO-8859-1, is in the class. */
    public boolean contains(byte b) {
        return member[b & 0xff];
    }
}
