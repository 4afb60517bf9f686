package io.piiscanner.core.validate;

/**
 * Payment card brands by issuer identification number (the leading digits) and length. The
 * table is what the major networks publish; a number outside it is not a card in circulation.
 */
public final class CardIssuers {

    public static final String VISA = "visa";
    public static final String MASTERCARD = "mastercard";
    public static final String AMEX = "amex";
    public static final String DISCOVER = "discover";
    public static final String DINERS = "diners";
    public static final String JCB = "jcb";
    public static final String UNIONPAY = "unionpay";
    public static final String MAESTRO = "maestro";

    private CardIssuers() {}

    /**
     * Returns the brand of a card number given as ASCII digits, or {@code null} when its prefix
     * and length fit no brand. The Luhn check is separate ({@link Luhn}).
     *
     * <ul>
     *   <li>visa: 4, length 13, 16 or 19</li>
     *   <li>mastercard: 51-55 and 2221-2720, length 16</li>
     *   <li>amex: 34 and 37, length 15</li>
     *   <li>discover: 6011, 644-649, 65 and 622126-622925 (co-branded UnionPay), length 16-19</li>
     *   <li>diners: 300-305, 36, 38 and 39, length 14-19</li>
     *   <li>jcb: 3528-3589, length 16-19; 1800 and 2131, length 15</li>
     *   <li>unionpay: other 62 numbers, length 16-19</li>
     *   <li>maestro: 5018, 5020, 5038, 5893, 6304, 6759 and 6761-6763, length 12-19</li>
     * </ul>
     */
    public static String brand(CharSequence digits) {
        int n = digits.length();
        if (n < 12 || n > 19) {
            return null;
        }
        int p6 = 0;
        for (int i = 0; i < n; i++) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return null;
            }
            if (i < 6) {
                p6 = p6 * 10 + d;
            }
        }
        int p4 = p6 / 100;
        int p3 = p6 / 1000;
        int p2 = p6 / 10000;
        if (p2 / 10 == 4) {
            return n == 13 || n == 16 || n == 19 ? VISA : null;
        }
        if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
            return n == 16 ? MASTERCARD : null;
        }
        if (p2 == 34 || p2 == 37) {
            return n == 15 ? AMEX : null;
        }
        // Before UnionPay: 622126-622925 is the Discover-accepted part of UnionPay's 62 range.
        if (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925)) {
            return n >= 16 ? DISCOVER : null;
        }
        if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) {
            return n >= 14 ? DINERS : null;
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return n >= 16 ? JCB : null;
        }
        if (p4 == 1800 || p4 == 2131) {
            return n == 15 ? JCB : null;
        }
        if (p2 == 62) {
            return n >= 16 ? UNIONPAY : null;
        }
        if (p4 == 5018
                || p4 == 5020
                || p4 == 5038
                || p4 == 5893
                || p4 == 6304
                || p4 == 6759
                || (p4 >= 6761 && p4 <= 6763)) {
            return MAESTRO;
        }
        return null;
    }
}
