package io.piiscanner.core.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * International Bank Account Numbers (ISO 13616): a country code, two check digits and a national
 * account number (BBAN) whose length the country fixes. The check digits make the whole number
 * satisfy ISO 7064 MOD 97-10, which detects every single-character substitution.
 */
public final class Iban {

    /**
     * Country code and IBAN length of every country in the SWIFT IBAN registry (2025).
     * Countries that only use IBAN-like numbers outside the registry are left out on purpose:
     * their formats are not stable enough to match on.
     */
    private static final String REGISTRY = ""
            + "AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28"
            + "EE20EG29ES24FI18FK18FO18FR27GB22GE22GI23GL18GR27GT28HN28HR21HU28IE22IL23IQ23IS26"
            + "IT27JO30KW30KZ20LB28LC32LI21LT20LU20LV21LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28"
            + "NL18NO15OM23PK24PL28PS29PT25QA29RO24RS22RU33SA24SC31SD18SE24SI19SK24SM27SO23ST25"
            + "SV28TL23TN24TR26UA29VA22VG24XK20YE30";

    /** IBAN length by {@code 26 * first letter + second letter}; 0 for countries without IBAN. */
    private static final byte[] LENGTHS = new byte[26 * 26];

    static {
        for (int i = 0; i < REGISTRY.length(); i += 4) {
            int len = Integer.parseInt(REGISTRY, i + 2, i + 4, 10);
            LENGTHS[(REGISTRY.charAt(i) - 'A') * 26 + (REGISTRY.charAt(i + 1) - 'A')] = (byte) len;
        }
    }

    private Iban() {}

    /**
     * Returns whether {@code iban} is a valid IBAN written compactly (no spaces; letters in
     * either case): a registry country, that country's length, check digits in 02-98 as ISO 13616
     * issues them, only letters and digits, and a MOD 97-10 remainder of 1.
     */
    public static boolean isValid(CharSequence iban) {
        int n = iban.length();
        if (n < 4 || n != length(iban)) {
            return false;
        }
        int c2 = digit(iban.charAt(2));
        int c3 = digit(iban.charAt(3));
        if (c2 < 0 || c3 < 0) {
            return false;
        }
        int check = c2 * 10 + c3;
        if (check < 2 || check > 98) {
            return false;
        }
        // The check is computed over the BBAN followed by the country code and check digits.
        int rem = mod97(iban, 4, n, 0);
        return rem >= 0 && mod97(iban, 0, 4, rem) == 1;
    }

    /**
     * Returns the IBAN length of the country whose code starts {@code value} (letters in either
     * case), or 0 when the country does not use IBAN.
     */
    public static int length(CharSequence value) {
        if (value.length() < 2) {
            return 0;
        }
        int a = letter(value.charAt(0));
        int b = letter(value.charAt(1));
        return a < 0 || b < 0 ? 0 : LENGTHS[a * 26 + b];
    }

    /** The upper-case country codes of the SWIFT IBAN registry, in alphabetical order. */
    public static List<String> countryCodes() {
        List<String> codes = new ArrayList<>(REGISTRY.length() / 4);
        for (int i = 0; i < REGISTRY.length(); i += 4) {
            codes.add(REGISTRY.substring(i, i + 2));
        }
        return List.copyOf(codes);
    }

    /**
     * Computes the two check digits for a country code and BBAN, e.g. {@code "89"} for
     * {@code DE} and {@code 370400440532013000}. It does not check the country or length.
     *
     * @throws IllegalArgumentException if the country code is not two letters or the BBAN holds
     *                                  a character other than a letter or digit
     */
    public static String checkDigits(CharSequence countryCode, CharSequence bban) {
        if (countryCode.length() != 2 || letter(countryCode.charAt(0)) < 0 || letter(countryCode.charAt(1)) < 0) {
            throw new IllegalArgumentException("country code must be two letters");
        }
        int rem = mod97(bban, 0, bban.length(), 0);
        if (rem < 0) {
            throw new IllegalArgumentException("BBAN must be letters and digits");
        }
        rem = mod97(countryCode, 0, 2, rem);
        rem = rem * 100 % 97; // the placeholder check digits "00"
        int check = 98 - rem;
        return check < 10 ? "0" + check : Integer.toString(check);
    }

    /**
     * Continues the remainder {@code rem} over {@code s[from, to)}, reading a digit as itself and
     * a letter as the two digits 10-35, without building the long number. Returns -1 on any
     * other character.
     */
    private static int mod97(CharSequence s, int from, int to, int rem) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                rem = (rem * 10 + d) % 97;
            } else {
                int l = letter(c);
                if (l < 0) {
                    return -1;
                }
                rem = (rem * 100 + l + 10) % 97;
            }
        }
        return rem;
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    /** 0-25 for an ASCII letter in either case, else -1. */
    private static int letter(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        return -1;
    }
}
