package io.piiscanner.core.corpus;

import io.piiscanner.core.detect.EntityTypes;
import java.util.Locale;
import java.util.Set;

/** US Social Security and Individual Taxpayer Identification Numbers. */
final class NationalIds {

    /** Issued by rules but published in advertisements or used as examples: never planted. */
    private static final Set<String> PUBLISHED = Set.of("078051120", "219099999", "123456789");

    private final Dice dice;

    NationalIds(Dice dice) {
        this.dice = dice;
    }

    /** An SSN that could have been issued, written ddd-dd-dddd. */
    Value ssn() {
        return ssn(false);
    }

    /**
     * An SSN, as nine bare digits when {@code plain}. Bare digits are only written next to an
     * "SSN" label: nine digits alone are not recognizable as an SSN, to a reader or a detector.
     */
    Value ssn(boolean plain) {
        String digits;
        do {
            int area = dice.between(1, 898);
            if (area >= 666) {
                area++;
            }
            digits = String.format(Locale.ROOT, "%03d%02d%04d", area, dice.between(1, 99), dice.between(1, 9999));
        } while (PUBLISHED.contains(digits) || digits.chars().distinct().count() == 1);
        return plain
                ? new Value(EntityTypes.US_SSN, digits, "plain")
                : new Value(EntityTypes.US_SSN, dashed(digits), "dashed");
    }

    /** An ITIN: area 9xx with a group the IRS assigns (50-65, 70-88, 90-92, 94-99). */
    Value itin() {
        int[] groups = {dice.between(50, 65), dice.between(70, 88), dice.between(90, 92), dice.between(94, 99)};
        String digits = String.format(
                Locale.ROOT,
                "9%02d%02d%04d",
                dice.between(0, 99),
                groups[dice.weighted(16, 19, 3, 6)],
                dice.between(1, 9999));
        return new Value(EntityTypes.US_ITIN, dashed(digits), "dashed");
    }

    /** An SSN-shaped number the SSA never issues: area 000 or 666, group 00 or serial 0000. */
    String reservedSsn() {
        String area = String.format(Locale.ROOT, "%03d", dice.between(1, 665));
        String group = String.format(Locale.ROOT, "%02d", dice.between(1, 99));
        String serial = String.format(Locale.ROOT, "%04d", dice.between(1, 9999));
        switch (dice.between(0, 3)) {
            case 0 -> area = "000";
            case 1 -> area = "666";
            case 2 -> group = "00";
            default -> serial = "0000";
        }
        return area + "-" + group + "-" + serial;
    }

    private static String dashed(String digits) {
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }
}
