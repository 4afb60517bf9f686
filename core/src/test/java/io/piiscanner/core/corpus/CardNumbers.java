package io.piiscanner.core.corpus;

import io.piiscanner.core.detect.EntityTypes;
import java.util.List;

/**
 * Payment card numbers from the networks' published issuer prefixes, with correct Luhn check
 * digits, written plain or grouped the way receipts and forms group them.
 */
final class CardNumbers {

    /** A network: prefix ranges (inclusive, same digit count per range) and lengths by weight. */
    private record Brand(String name, int weight, int[][] prefixRanges, int[] lengths, int[] lengthWeights) {}

    private static final List<Brand> BRANDS = List.of(
            new Brand("visa", 38, new int[][] {{4, 4}}, new int[] {16, 13, 19}, new int[] {90, 3, 7}),
            new Brand("mastercard", 18, new int[][] {{51, 55}}, new int[] {16}, new int[] {1}),
            new Brand("mastercard-2series", 6, new int[][] {{2221, 2720}}, new int[] {16}, new int[] {1}),
            new Brand("amex", 10, new int[][] {{34, 34}, {37, 37}}, new int[] {15}, new int[] {1}),
            new Brand(
                    "discover", 7, new int[][] {{6011, 6011}, {644, 649}, {65, 65}}, new int[] {16, 19}, new int[] {9, 1
                    }),
            new Brand("diners", 3, new int[][] {{36, 36}, {300, 305}}, new int[] {14}, new int[] {1}),
            new Brand("diners-intl", 2, new int[][] {{38, 39}}, new int[] {16}, new int[] {1}),
            new Brand("jcb", 6, new int[][] {{3528, 3589}}, new int[] {16, 19}, new int[] {9, 1}),
            new Brand("unionpay", 5, new int[][] {{62, 62}}, new int[] {16, 19}, new int[] {8, 2}),
            new Brand(
                    "maestro",
                    5,
                    new int[][] {
                        {5018, 5018}, {5020, 5020}, {5038, 5038}, {5893, 5893}, {6304, 6304}, {6759, 6759}, {6761, 6763}
                    },
                    new int[] {16, 18, 19},
                    new int[] {6, 1, 3}));

    private static final int[] BRAND_WEIGHTS =
            BRANDS.stream().mapToInt(Brand::weight).toArray();

    /** Prefixes no card network uses, for Luhn-valid look-alikes (loyalty and gift cards). */
    private static final String[] NO_ISSUER_PREFIXES = {"1", "7", "8", "9"};

    private final Dice dice;

    CardNumbers(Dice dice) {
        this.dice = dice;
    }

    /** A card number in a random format: plain, spaced or dashed. */
    Value next() {
        return format(dice.pick("plain", "spaces", "spaces", "dashes"));
    }

    /** A card number written as bare digits, for columns and JSON numbers. */
    Value plain() {
        return format("plain");
    }

    private Value format(String style) {
        Brand brand = BRANDS.get(dice.weighted(BRAND_WEIGHTS));
        int length = brand.lengths()[dice.weighted(brand.lengthWeights())];
        int[] range = brand.prefixRanges()[dice.between(0, brand.prefixRanges().length - 1)];
        String digits = withLuhn(String.valueOf(dice.between(range[0], range[1])), length);
        String text = switch (style) {
            case "spaces" -> group(digits, ' ');
            case "dashes" -> group(digits, '-');
            default -> digits;
        };
        return new Value(EntityTypes.CREDIT_CARD, text, brand.name() + "-" + length + " " + style);
    }

    /** Sixteen digits with a real issuer prefix and a wrong check digit: a mistyped card. */
    String badLuhn() {
        String valid = withLuhn(dice.pick("4", "51", "52", "37", "6011"), 16);
        int check = valid.charAt(15) - '0';
        int wrong = (check + dice.between(1, 9)) % 10;
        String digits = valid.substring(0, 15) + wrong;
        return dice.chance(0.5) ? digits : group(digits, dice.pick(' ', '-'));
    }

    /** A Luhn-valid 16-digit number whose prefix belongs to no card network. */
    String noIssuer() {
        String digits = withLuhn(dice.pick(NO_ISSUER_PREFIXES), 16);
        return dice.chance(0.7) ? digits : group(digits, ' ');
    }

    /** A card number as payment systems print it after masking: first six and last four. */
    String masked() {
        String digits = withLuhn("4", 16);
        return dice.chance(0.5)
                ? digits.substring(0, 6) + "******" + digits.substring(12)
                : "**** **** **** " + digits.substring(12);
    }

    private String withLuhn(String prefix, int length) {
        String payload = prefix + dice.digits(length - 1 - prefix.length());
        return payload + Checksums.luhnDigit(payload);
    }

    /** Groups digits as cards are embossed: 4-6-5 for 15, 4-6-4 for 14, otherwise fours. */
    static String group(String digits, char sep) {
        int[] sizes = switch (digits.length()) {
            case 15 -> new int[] {4, 6, 5};
            case 14 -> new int[] {4, 6, 4};
            case 13 -> new int[] {4, 4, 5};
            default -> null;
        };
        StringBuilder b = new StringBuilder();
        int pos = 0;
        int g = 0;
        while (pos < digits.length()) {
            int size = sizes == null ? 4 : sizes[g++];
            if (pos > 0) {
                b.append(sep);
            }
            int end = Math.min(digits.length(), pos + size);
            b.append(digits, pos, end);
            pos = end;
        }
        return b.toString();
    }
}
