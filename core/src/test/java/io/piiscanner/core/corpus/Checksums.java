package io.piiscanner.core.corpus;

import java.math.BigInteger;

/**
 * The check-digit schemes the generator needs, written independently of the scanner's own
 * validators so that the corpus does not inherit their bugs.
 */
final class Checksums {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Checksums() {}

    /** The Luhn digit that makes {@code payload + digit} valid. */
    static int luhnDigit(String payload) {
        int sum = 0;
        // Counting from the right of the payload, the digit next to the check digit is doubled.
        for (int i = payload.length() - 1, k = 0; i >= 0; i--, k++) {
            int d = payload.charAt(i) - '0';
            if (k % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    /** ISO 7064 MOD 97-10 check digits of an IBAN with this country and BBAN. */
    static String ibanCheck(String country, String bban) {
        int check = 98 - mod97(bban + country + "00");
        return check < 10 ? "0" + check : String.valueOf(check);
    }

    static boolean ibanValid(String compact) {
        return mod97(compact.substring(4) + compact.substring(0, 4)) == 1;
    }

    /** Letters count as 10-35, as ISO 13616 defines. */
    private static int mod97(String s) {
        StringBuilder digits = new StringBuilder(s.length() * 2);
        for (char c : s.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }

    /** The ABA digit that makes 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9) divisible by 10. */
    static int abaDigit(String eight) {
        int sum = 0;
        int[] weights = {3, 7, 1};
        for (int i = 0; i < 8; i++) {
            sum += weights[i % 3] * (eight.charAt(i) - '0');
        }
        return (10 - sum % 10) % 10;
    }

    /** The French RIB key over bank, branch and account (letters already digits). */
    static String ribKey(String bank, String branch, String account) {
        long key = 97 - (89L * Long.parseLong(bank) + 15L * Long.parseLong(branch) + 3L * Long.parseLong(account)) % 97;
        return key < 10 ? "0" + key : String.valueOf(key);
    }
}
