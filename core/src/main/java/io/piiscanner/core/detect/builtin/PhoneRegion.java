package io.piiscanner.core.detect.builtin;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.detect.Masks;
import java.util.regex.Pattern;

/**
 * A region phone numbers written without a country code are read in, and what libphonenumber's
 * metadata says about its national numbers. Parsing costs microseconds, so digit runs that cannot
 * be a national number of the region, by their length or their grouping, are rejected before it.
 */
final class PhoneRegion {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** A valid number and the region it belongs to. */
    record Parsed(PhoneNumber number, String region) {}

    final String code;
    /** Digit counts of a national significant number that the region's numbers can have. */
    private final boolean[] possibleLength = new boolean[PhoneRuns.MAX_DIGITS + 1];
    /** The trunk prefix dialled before national numbers, such as "1" in the US or "0" in the UK. */
    private final String nationalPrefix;
    /** The call prefix that leads a country code here, such as "011" in the US or "00" in the UK; null for none. */
    private final String internationalPrefix;
    /** What libphonenumber strips from the front of a national number as a trunk or carrier prefix. */
    private final Pattern prefixForParsing;
    /** North American Numbering Plan: area code and exchange both start with 2-9. */
    private final boolean nanp;

    final int countryCode;
    /**
     * Whether a number of this region's country code that is valid here is valid, full stop:
     * libphonenumber looks a number's region up among its country code's regions main one
     * first, and settles on the main one when the number fits it, unless the main one also
     * restricts its leading digits.
     */
    private final boolean mainRegion;
    /** Whether this is the only region of its country code: then validity here is validity, full stop. */
    private final boolean onlyRegion;

    private final PhoneFormats formats;

    /**
     * @throws IllegalArgumentException unless libphonenumber knows the region (asking it about an
     *     unknown one would log a warning)
     */
    PhoneRegion(String code) {
        if (!DetectorSettings.isKnownRegion(code)) {
            throw new IllegalArgumentException("unknown phone region '" + code + "'");
        }
        PhoneMetadata metadata = DefaultMetadataDependenciesProvider.getInstance()
                .getPhoneNumberMetadataSource()
                .getMetadataForRegion(code);
        this.code = code;
        this.countryCode = UTIL.getCountryCodeForRegion(code);
        this.mainRegion = code.equals(UTIL.getRegionCodeForCountryCode(countryCode)) && !metadata.hasLeadingDigits();
        this.onlyRegion =
                mainRegion && UTIL.getRegionCodesForCountryCode(countryCode).size() == 1;
        this.nanp = countryCode == 1;
        String prefix = UTIL.getNddPrefixForRegion(code, true);
        this.nationalPrefix = prefix == null || prefix.isEmpty() ? null : prefix;
        String idd = metadata.hasPreferredInternationalPrefix()
                ? metadata.getPreferredInternationalPrefix()
                : metadata.getInternationalPrefix();
        this.internationalPrefix = idd.matches("\\d+") ? idd : null;
        String forParsing = metadata.getNationalPrefixForParsing();
        this.prefixForParsing = forParsing.isEmpty() ? null : Pattern.compile(forParsing);
        this.formats = PhoneFormats.of(countryCode);
        long sample = 1;
        // Only the length of a number decides whether it is possible, so one sample per length will do.
        for (int length = 1; length <= PhoneRuns.MAX_DIGITS; length++, sample *= 10) {
            PhoneNumber n = new PhoneNumber().setCountryCode(countryCode).setNationalNumber(sample);
            possibleLength[length] = UTIL.isPossibleNumberWithReason(n) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE;
        }
    }

    /**
     * Whether the digits of {@code s[start, end)} could be a national number of this region:
     * a possible length, with or without the trunk prefix, or after the call prefix that leads a
     * country code here (such as 011 in the US), which only the parser can interpret.
     */
    boolean mayBeNational(CharSequence s, int start, int end, int digits) {
        if (nanp && digits == 10 && !nanpShape(s, start, end)) {
            // Parsing costs microseconds; epoch seconds and most ids fail this at once.
            return false;
        }
        if (possibleLength[digits]) {
            return true;
        }
        if (nationalPrefix != null
                && digits > nationalPrefix.length()
                && possibleLength[digits - nationalPrefix.length()]
                && startsWithTrunkPrefix(s, start, end)) {
            return true;
        }
        return startsWithInternationalPrefix(s, start, end);
    }

    /** Whether {@code s[start, end)} starts with this region's call prefix for other countries (011 in the US). */
    boolean startsWithInternationalPrefix(CharSequence s, int start, int end) {
        return internationalPrefix != null && startsWithDigits(s, start, end, internationalPrefix);
    }

    /** Whether {@code s[start, end)} starts with this region's trunk prefix. */
    boolean startsWithTrunkPrefix(CharSequence s, int start, int end) {
        return nationalPrefix != null && startsWithDigits(s, start, end, nationalPrefix);
    }

    /**
     * Whether a national number of this region written in groups of {@code lengths[0, count)}
     * can be grouped the way the region writes numbers, with or without its trunk prefix.
     */
    boolean mayBeGrouped(CharSequence s, int start, int end, int[] lengths, int count) {
        return formats.mayFit(lengths, count, 0)
                || (startsWithTrunkPrefix(s, start, end) && formats.mayFit(lengths, count, nationalPrefix.length()));
    }

    /**
     * Whether {@code digits}, a national number as written, lacks the trunk prefix that every
     * format here for its length needs ({@code 2079460958} in GB), told before parsing: nothing
     * that parsing would strip is in front of it, so its digits are its national number.
     */
    boolean lacksTrunkPrefix(String digits) {
        return nationalPrefix != null
                && !digits.startsWith(nationalPrefix)
                && formats.lacksTrunkPrefix(digits.length())
                && (prefixForParsing == null
                        || !prefixForParsing.matcher(digits).lookingAt());
    }

    /** Whether a number written nationally with {@code digits} digits lacks the trunk prefix it needs. */
    static boolean lacksTrunkPrefix(PhoneNumber number, int digits) {
        String nsn = UTIL.getNationalSignificantNumber(number);
        return PhoneFormats.of(number.getCountryCode()).lacksTrunkPrefix(nsn, digits - nsn.length());
    }

    /** Whether {@code number}, written in groups of {@code lengths[0, count)}, is grouped as its country writes it. */
    static boolean grouped(PhoneNumber number, int[] lengths, int count, int digits) {
        return PhoneFormats.of(number.getCountryCode()).grouped(number, lengths, count, digits);
    }

    /** Whether ten digits have a NANP shape: NXX-NXX-XXXX with N in 2-9. */
    private static boolean nanpShape(CharSequence s, int start, int end) {
        int seen = 0;
        for (int i = start; i < end && seen < 4; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if ((seen == 0 || seen == 3) && c < '2') {
                    return false;
                }
                seen++;
            }
        }
        return true;
    }

    /**
     * Parses {@code raw}; returns the number and its region if libphonenumber deems it valid. A
     * number of the main region's country code is first checked against that region alone, which
     * when it passes (or fails, for the only region of its code) tells what {@code isValidNumber}
     * would with one pass over the region's patterns instead of two: validation is most of what a
     * phone number costs.
     */
    Parsed parseValid(CharSequence raw) {
        try {
            PhoneNumber n = UTIL.parse(raw, code);
            if (mainRegion && n.getCountryCode() == countryCode) {
                if (UTIL.isValidNumberForRegion(n, code)) {
                    return new Parsed(n, code);
                }
                if (onlyRegion) {
                    return null;
                }
            }
            return UTIL.isValidNumber(n) ? new Parsed(n, UTIL.getRegionCodeForNumber(n)) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** The E.164 form of {@code raw} if it is a valid number here, else null. */
    String e164(CharSequence raw) {
        Parsed p = parseValid(raw);
        return p == null ? null : UTIL.format(p.number(), PhoneNumberFormat.E164);
    }

    /** The E.164 form of {@code raw} read in this region, valid or not, or its digits if it does not parse. */
    String anyE164(CharSequence raw) {
        try {
            return UTIL.format(UTIL.parse(raw, code), PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return Masks.digits(raw);
        }
    }

    /** Whether {@code s[start, end)} holds {@code prefix}'s digits first, ignoring separators. */
    private static boolean startsWithDigits(CharSequence s, int start, int end, String prefix) {
        int k = 0;
        for (int i = start; i < end && k < prefix.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (c != prefix.charAt(k++)) {
                    return false;
                }
            }
        }
        return k == prefix.length();
    }
}
