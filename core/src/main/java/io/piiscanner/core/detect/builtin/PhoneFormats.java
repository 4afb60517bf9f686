package io.piiscanner.core.detect.builtin;

import com.google.i18n.phonenumbers.AlternateFormatsCountryCodeSet;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the numbers of one country calling code are grouped when written, from libphonenumber's
 * formatting metadata, and whether a number written in groups is grouped that way. The rule is
 * libphonenumber's {@code PhoneNumberMatcher} at leniency {@code STRICT_GROUPING}: no group of
 * the written number may split a group of the number as its country formats it (or as one of the
 * alternate formats libphonenumber knows), and where numbers have a trunk prefix the area code
 * stands alone or the whole number is one block: {@code 212 555 1234}, {@code 212 5551234} and
 * {@code 2125551234}, not {@code 234325 4246} or {@code 1 2 3 4 5 6 7 8 9 10}.
 *
 * <p>Reimplemented rather than called: the matcher would search the candidate as free text again,
 * and it logs a warning on standard error for every country calling code without alternate
 * formats. Thread-safe: one instance per country calling code, shared.
 */
final class PhoneFormats {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Map<Integer, PhoneFormats> BY_COUNTRY = new ConcurrentHashMap<>();
    /** A trunk-prefix formatting rule that only wraps the area code, such as {@code ($1)}: no prefix needed. */
    private static final Pattern FIRST_GROUP_ONLY = Pattern.compile("\\(?\\$1\\)?");
    /** One group of a format's pattern: {@code (\d{3})}, {@code ([2-9]\d{2,3})}. */
    private static final Pattern PATTERN_GROUP =
            Pattern.compile("\\(((?:(?:\\\\d|\\[[0-9-]+\\])(?:\\{\\d+(?:,\\d+)?\\})?)+)\\)");

    private static final Pattern ATOM = Pattern.compile("(?:\\\\d|\\[[0-9-]+\\])(?:\\{(\\d+)(?:,(\\d+))?\\})?");

    /**
     * A format of the metadata: the numbers it applies to, the length range of each group, and
     * whether a national number written with it needs its trunk prefix.
     */
    private record Format(Pattern leadingDigits, Pattern pattern, int[] min, int[] max, boolean prefixRequired) {

        /** Whether this format is the one for {@code nsn}, as libphonenumber chooses it. */
        boolean appliesTo(String nsn) {
            return (leadingDigits == null || leadingDigits.matcher(nsn).lookingAt())
                    && pattern.matcher(nsn).matches();
        }
    }

    /** Every grouping a number of this country can be written in: national, international and alternate formats. */
    private final List<Format> all = new ArrayList<>();
    /** The national formats, in libphonenumber's order of choice. */
    private final List<Format> national = new ArrayList<>();

    private final List<Format> alternate = new ArrayList<>();
    /** Whether numbers of this country have a trunk prefix, which makes the area code stand alone. */
    private final boolean trunkPrefix;
    /**
     * By length of national number: whether some national format can write one that long and
     * every such format needs the trunk prefix, so that such a number lacks it when written
     * without, whichever format it is.
     */
    private final boolean[] prefixAlwaysRequired = new boolean[PhoneRuns.MAX_DIGITS + 1];

    private PhoneFormats(int countryCode) {
        String region = UTIL.getRegionCodeForCountryCode(countryCode);
        var source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        PhoneMetadata metadata = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
                ? source.getMetadataForNonGeographicalRegion(countryCode)
                : source.getMetadataForRegion(region);
        trunkPrefix = !metadata.getNationalPrefix().isEmpty();
        for (NumberFormat f : metadata.getNumberFormatList()) {
            national.add(format(f));
        }
        all.addAll(national);
        for (int length = 1; length <= PhoneRuns.MAX_DIGITS; length++) {
            boolean some = false;
            boolean every = true;
            for (Format f : national) {
                if (f.min() == null || (sum(f.min()) <= length && length <= sum(f.max()))) {
                    some = true;
                    every &= f.min() != null && f.prefixRequired();
                }
            }
            prefixAlwaysRequired[length] = some && every;
        }
        for (NumberFormat f : metadata.getIntlNumberFormatList()) {
            all.add(format(f));
        }
        // Asking for a country without alternate formats would log a warning.
        if (AlternateFormatsCountryCodeSet.getCountryCodeSet().contains(countryCode)) {
            PhoneMetadata alternates = DefaultMetadataDependenciesProvider.getInstance()
                    .getAlternateFormatsMetadataSource()
                    .getFormattingMetadataForCountryCallingCode(countryCode);
            for (NumberFormat f : alternates.getNumberFormatList()) {
                alternate.add(format(f));
            }
            all.addAll(alternate);
        }
    }

    /** The formats of {@code countryCode}, a calling code libphonenumber knows. */
    static PhoneFormats of(int countryCode) {
        return BY_COUNTRY.computeIfAbsent(countryCode, PhoneFormats::new);
    }

    private static Format format(NumberFormat f) {
        int count = f.getLeadingDigitsPatternCount();
        // libphonenumber uses the last leading-digits pattern, the most detailed one.
        Pattern leading = count == 0 ? null : Pattern.compile(f.getLeadingDigitsPattern(count - 1));
        String rule = f.getNationalPrefixFormattingRule();
        boolean required = !rule.isEmpty()
                && !f.getNationalPrefixOptionalWhenFormatting()
                && !FIRST_GROUP_ONLY.matcher(rule).matches();
        int[][] ranges = groupLengths(f.getPattern());
        return new Format(
                leading,
                Pattern.compile(f.getPattern()),
                ranges == null ? null : ranges[0],
                ranges == null ? null : ranges[1],
                required);
    }

    /**
     * The least and most digits of each group of a format's pattern, such as {3, 3, 4} for
     * {@code (\d{3})(\d{3})(\d{4})}, or null for a pattern of another shape (none in the metadata
     * so far; such a format then fits any grouping).
     */
    static int[][] groupLengths(String pattern) {
        Matcher g = PATTERN_GROUP.matcher(pattern);
        List<int[]> groups = new ArrayList<>();
        int at = 0;
        while (g.find() && g.start() == at) {
            int min = 0;
            int max = 0;
            Matcher atom = ATOM.matcher(g.group(1));
            while (atom.find()) {
                int lo = atom.group(1) == null ? 1 : Integer.parseInt(atom.group(1));
                min += lo;
                max += atom.group(2) == null ? lo : Integer.parseInt(atom.group(2));
            }
            groups.add(new int[] {min, max});
            at = g.end();
        }
        if (at != pattern.length() || groups.isEmpty()) {
            return null;
        }
        int[][] out = new int[2][groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            out[0][i] = groups.get(i)[0];
            out[1][i] = groups.get(i)[1];
        }
        return out;
    }

    /**
     * Whether a national number written in groups of {@code lengths[0, count)}, of which the first
     * {@code skip} digits are a prefix (trunk prefix, country code), can be grouped as one of this
     * country's formats groups it. Costs a few comparisons: it runs before any parsing, so
     * that runs of digit groups in logs are mostly turned down without parsing them.
     */
    boolean mayFit(int[] lengths, int count, int skip) {
        for (Format f : all) {
            if (f.min() == null || fits(lengths, count, skip, f.min(), f.max(), trunkPrefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the valid {@code number}, written in groups of {@code lengths[0, count)} holding
     * {@code digits} digits in all, is grouped as its country writes it: as libphonenumber formats
     * it, or as one of the alternate formats for its national number.
     */
    boolean grouped(PhoneNumber number, int[] lengths, int count, int digits) {
        String nsn = UTIL.getNationalSignificantNumber(number);
        int skip = digits - nsn.length();
        String rfc3966 = UTIL.format(number, PhoneNumberFormat.RFC3966);
        String[] parts = rfc3966.substring(rfc3966.indexOf('-') + 1).split("-");
        int[] formatted = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            formatted[i] = parts[i].length();
        }
        if (fits(lengths, count, skip, formatted, formatted, trunkPrefix)) {
            return true;
        }
        for (Format f : alternate) {
            Matcher m = f.pattern().matcher(nsn);
            if ((f.leadingDigits() == null || f.leadingDigits().matcher(nsn).lookingAt()) && m.matches()) {
                int[] groups = new int[m.groupCount()];
                for (int i = 0; i < groups.length; i++) {
                    groups[i] = m.group(i + 1).length();
                }
                if (fits(lengths, count, skip, groups, groups, trunkPrefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a national number of {@code length} digits written without its trunk prefix lacks
     * it whichever format writes it: told by its length alone, before parsing.
     */
    boolean lacksTrunkPrefix(int length) {
        return length < prefixAlwaysRequired.length && prefixAlwaysRequired[length];
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    /**
     * Whether the national number {@code nsn}, written without a country code and with
     * {@code prefixDigits} digits before it, lacks the trunk prefix its country writes it with:
     * {@code 20 7946 0958} for London's {@code 020 7946 0958}. libphonenumber's matcher rejects
     * such numbers at every leniency from {@code VALID} on.
     */
    boolean lacksTrunkPrefix(String nsn, int prefixDigits) {
        if (prefixDigits > 0) {
            return false;
        }
        for (Format f : national) {
            if (f.appliesTo(nsn)) {
                return f.prefixRequired();
            }
        }
        return false;
    }

    /**
     * Whether groups {@code lengths[0, count)}, less their first {@code skip} digits, are the
     * groups {@code [min, max]} of a format with some of them joined: every written group is one
     * or more whole format groups. With {@code areaCodeAlone}, the first written group is the first
     * format group alone unless it is the whole number.
     */
    static boolean fits(int[] lengths, int count, int skip, int[] min, int[] max, boolean areaCodeAlone) {
        int j = 0;
        int rest = skip;
        while (j < count && lengths[j] <= rest) {
            rest -= lengths[j++];
        }
        if (count - j <= 1) {
            return j < count;
        }
        int k = min.length;
        // Bit a of reach: the written groups so far are exactly format groups [0, a).
        long reach = 1;
        for (int w = j; w < count && reach != 0; w++) {
            int length = w == j ? lengths[w] - rest : lengths[w];
            long next = 0;
            for (int a = 0; a < k; a++) {
                if ((reach >>> a & 1) == 0) {
                    continue;
                }
                int lo = 0;
                int hi = 0;
                for (int b = a; b < k && lo <= length; b++) {
                    lo += min[b];
                    hi += max[b];
                    if (length >= lo && length <= hi) {
                        next |= 1L << (b + 1);
                    }
                    if (w == j && areaCodeAlone) {
                        break;
                    }
                }
            }
            reach = next;
        }
        return (reach >>> k & 1) != 0;
    }
}
