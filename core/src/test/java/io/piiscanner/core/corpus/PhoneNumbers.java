package io.piiscanner.core.corpus;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.piiscanner.core.detect.EntityTypes;
import java.util.Locale;

/**
 * Phone numbers that libphonenumber considers valid for their region (and so valid): random
 * candidates are drawn and those it rejects are dropped, so no planted number is one a correct
 * detector may rightly ignore.
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String[] REGIONS = {
        "GB", "DE", "FR", "NL", "ES", "IT", "CH", "IE", "IN", "AU", "JP", "BR", "MX", "SG"
    };
    private static final PhoneNumberType[] TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE};

    private final Dice dice;

    PhoneNumbers(Dice dice) {
        this.dice = dice;
    }

    /** A US or international number as people and systems write them. */
    Value next() {
        return dice.chance(0.75) ? us() : international();
    }

    /** A US number in one of the common formats, never bare digits. */
    Value us() {
        String n = usDigits();
        String a = n.substring(0, 3);
        String b = n.substring(3, 6);
        String c = n.substring(6);
        int style = dice.weighted(30, 25, 12, 8, 8, 8, 6);
        String text = switch (style) {
            case 0 -> "(" + a + ") " + b + "-" + c;
            case 1 -> a + "-" + b + "-" + c;
            case 2 -> "+1 " + a + " " + b + " " + c;
            case 3 -> "+1-" + a + "-" + b + "-" + c;
            case 4 -> "+1" + n;
            case 5 -> "+1 (" + a + ") " + b + "-" + c;
            default -> a + "." + b + "." + c;
        };
        String[] names = {"us parens", "us dashes", "us +1 spaces", "us +1 dashes", "us e164", "us +1 parens", "us dots"
        };
        return new Value(EntityTypes.PHONE_NUMBER, text, names[style]);
    }

    /**
     * A US number as ten bare digits. Callers put it next to a "phone" or "tel" label (a column
     * name or key counts): without one, ten digits are not recognizably a phone number.
     */
    Value usBare() {
        return new Value(EntityTypes.PHONE_NUMBER, usDigits(), "us bare");
    }

    /** A non-US number in international or E.164 format. */
    Value international() {
        String region = dice.pick(REGIONS);
        PhoneNumberType type = dice.pick(TYPES);
        PhoneNumber number = valid(region, type);
        boolean e164 = dice.chance(0.3);
        String text = UTIL.format(number, e164 ? PhoneNumberFormat.E164 : PhoneNumberFormat.INTERNATIONAL);
        return new Value(EntityTypes.PHONE_NUMBER, text, region.toLowerCase(Locale.ROOT) + (e164 ? " e164" : " intl"));
    }

    private String usDigits() {
        while (true) {
            String n = dice.between(2, 9) + dice.digits(2) + dice.between(2, 9) + dice.digits(6);
            if (UTIL.isValidNumberForRegion(number(1, n), "US")) {
                return n;
            }
        }
    }

    /**
     * Keeps the leading half of the region's example number (its area or mobile prefix, which
     * real numbers share) and draws the rest until libphonenumber accepts it for the region.
     */
    private PhoneNumber valid(String region, PhoneNumberType type) {
        PhoneNumber example = UTIL.getExampleNumberForType(region, type);
        String nsn = UTIL.getNationalSignificantNumber(example);
        String prefix = nsn.substring(0, nsn.length() / 2);
        for (int attempt = 0; attempt < 200; attempt++) {
            PhoneNumber candidate =
                    number(example.getCountryCode(), prefix + dice.digits(nsn.length() - prefix.length()));
            if (UTIL.isValidNumberForRegion(candidate, region)) {
                return candidate;
            }
        }
        return example;
    }

    /** Builds the number directly: parsing text costs more than validating it. */
    private static PhoneNumber number(int countryCode, String nsn) {
        PhoneNumber n = new PhoneNumber().setCountryCode(countryCode).setNationalNumber(Long.parseLong(nsn));
        // Italian fixed lines keep their leading zero, which a long cannot hold.
        if (nsn.startsWith("0")) {
            n.setItalianLeadingZero(true);
            int zeros = 0;
            while (zeros < nsn.length() && nsn.charAt(zeros) == '0') {
                zeros++;
            }
            if (zeros > 1) {
                n.setNumberOfLeadingZeros(zeros);
            }
        }
        return n;
    }
}
