package io.piiscanner.core.corpus;

import io.piiscanner.core.detect.EntityTypes;
import java.util.List;
import java.util.Locale;

/** IBANs, ABA routing numbers and US account numbers. */
final class BankNumbers {

    /**
     * A country's BBAN layout: {@code n} digits, {@code a} upper-case letters, {@code c}
     * letters or digits, e.g. {@code 4a14n} for GB (bank code, sort code and account).
     */
    private record Country(String code, String layout, int weight) {}

    private static final List<Country> COUNTRIES = List.of(
            new Country("DE", "18n", 20),
            new Country("GB", "4a14n", 14),
            new Country("FR", "rib", 12),
            new Country("NL", "4a10n", 10),
            new Country("ES", "20n", 9),
            new Country("IT", "1a10n12c", 8),
            new Country("CH", "5n12c", 5),
            new Country("BE", "12n", 5),
            new Country("AT", "16n", 4),
            new Country("IE", "4a14n", 3),
            new Country("PL", "24n", 3),
            new Country("SE", "20n", 2),
            new Country("NO", "11n", 1),
            new Country("DK", "14n", 1),
            new Country("PT", "21n", 1),
            new Country("LU", "3n13c", 1),
            new Country("FI", "14n", 1));

    private static final int[] COUNTRY_WEIGHTS =
            COUNTRIES.stream().mapToInt(Country::weight).toArray();

    /** First two digits of routing numbers: Federal Reserve districts, thrifts, electronic. */
    private static final int[][] ABA_PREFIXES = {{1, 12}, {21, 32}, {61, 72}, {80, 80}};

    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALNUM = UPPER + "0123456789";

    private final Dice dice;

    BankNumbers(Dice dice) {
        this.dice = dice;
    }

    /** An IBAN, compact or in groups of four as printed on statements. */
    Value iban() {
        Country country = COUNTRIES.get(dice.weighted(COUNTRY_WEIGHTS));
        String compact = ibanFor(country);
        boolean grouped = dice.chance(0.45);
        String text = grouped ? group(compact) : compact;
        return new Value(EntityTypes.IBAN_CODE, text, country.code() + (grouped ? " grouped" : " compact"));
    }

    /** An IBAN with check digits that do not verify: a mistyped or made-up number. */
    String badIban() {
        String compact = ibanFor(COUNTRIES.get(dice.weighted(COUNTRY_WEIGHTS)));
        String check;
        do {
            check = String.format(Locale.ROOT, "%02d", dice.between(2, 98));
        } while (Checksums.ibanValid(compact.substring(0, 2) + check + compact.substring(4)));
        String bad = compact.substring(0, 2) + check + compact.substring(4);
        return dice.chance(0.5) ? bad : group(bad);
    }

    /** A routing number with a valid prefix and checksum. */
    Value aba() {
        return new Value(EntityTypes.ABA_ROUTING_NUMBER, abaDigits(), "aba");
    }

    /** Nine digits with a routing prefix but a wrong checksum, as internal reference numbers are. */
    String badAba() {
        String valid = abaDigits();
        int wrong = (valid.charAt(8) - '0' + dice.between(1, 9)) % 10;
        return valid.substring(0, 8) + wrong;
    }

    /** A US deposit account number: 8 to 12 digits. */
    Value account() {
        int length = dice.between(8, 12);
        return new Value(EntityTypes.US_BANK_NUMBER, dice.between(1, 9) + dice.digits(length - 1), length + " digits");
    }

    /** A SWIFT/BIC code such as {@code DEUTDEFF500}: not personal data, but seen next to IBANs. */
    String bic(String countryOf) {
        String country = countryOf.substring(0, 2);
        return dice.chars(UPPER, 4) + country + dice.chars(ALNUM, 2) + (dice.chance(0.4) ? dice.chars(ALNUM, 3) : "");
    }

    private String abaDigits() {
        int[] range = ABA_PREFIXES[dice.weighted(12, 12, 6, 1)];
        String eight = String.format(Locale.ROOT, "%02d", dice.between(range[0], range[1])) + dice.digits(6);
        return eight + Checksums.abaDigit(eight);
    }

    private String ibanFor(Country country) {
        String bban = "rib".equals(country.layout()) ? frenchBban() : bban(country.layout());
        return country.code() + Checksums.ibanCheck(country.code(), bban) + bban;
    }

    private String bban(String layout) {
        StringBuilder b = new StringBuilder();
        int count = 0;
        for (char c : layout.toCharArray()) {
            if (Character.isDigit(c)) {
                count = count * 10 + (c - '0');
                continue;
            }
            b.append(
                    switch (c) {
                        case 'n' -> dice.digits(count);
                        case 'a' -> dice.chars(UPPER, count);
                        default -> dice.chars(ALNUM, count);
                    });
            count = 0;
        }
        return b.toString();
    }

    /** French BBANs end in a RIB key over bank, branch and account, which real ones carry. */
    private String frenchBban() {
        String bank = dice.digits(5);
        String branch = dice.digits(5);
        String account = dice.digits(11);
        return bank + branch + account + Checksums.ribKey(bank, branch, account);
    }

    /** Groups of four separated by spaces, the ISO 13616 print format. */
    static String group(String compact) {
        StringBuilder b = new StringBuilder(compact.length() + compact.length() / 4);
        for (int i = 0; i < compact.length(); i += 4) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(compact, i, Math.min(compact.length(), i + 4));
        }
        return b.toString();
    }
}
