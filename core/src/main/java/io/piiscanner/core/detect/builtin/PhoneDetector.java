package io.piiscanner.core.detect.builtin;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CandidateSink;
import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.MatchStart;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.detect.Shapes;
import io.piiscanner.core.validate.Luhn;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds formatted phone numbers, international ({@code +44 20 7946 0958}) or national
 * ({@code (212) 555-1234}, {@code 212.555.1234}), and confirms each with libphonenumber's
 * {@code isValidNumber} for the configured default region.
 *
 * <p>A cheap pattern finds runs of digit groups joined by single separators; shapes that are
 * other things (dates, SSNs, IPv4 addresses, decimals, card numbers) are dropped before parsing.
 * When a space-separated run is not one valid number as a whole, its longest valid sub-runs are
 * tried, so {@code qty 3 212-555-1234} still yields the number. Bare digit runs are left to
 * {@link PhonePlainDetector}, which needs context. The default mask keeps the last four digits:
 * {@code (***) ***-1234}.
 */
public final class PhoneDetector implements Detector {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Before a number: not inside a word, amount or dotted/slashed/hyphenated token, nor a time. */
    static final String BEFORE = "(?<![\\w+@$#]|\\w[./\\-]|\\d:)";
    /**
     * After a number: not running into a word, a dotted/slashed/hyphenated token or a time, so
     * {@code 2024-03-15 10:22} is not read as a run ending in {@code 10}. Commas are allowed on
     * both sides because CSV puts them there; thousands groups are too short to matter.
     */
    static final String AFTER = "(?![\\w+@]|[./\\-]\\w|:\\d)";
    /** What {@link #BEFORE} forbids just before a number. */
    static final CharClass NOT_AFTER = CharClass.WORD.plus("+@$#");
    /** A run starts on {@code +}, {@code (} or a digit. */
    static final MatchStart START = MatchStart.of(CharClass.of("+(0123456789"), NOT_AFTER).digitsEndToken()
            .where(PhoneDetector::mayStartRun);

    private static final double SCORE = 0.7;
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;
    private static final int MAX_GROUPS = 12;
    private static final String GROUP = "(?:\\(\\d{1,6}\\)|\\d++)";
    /** Separators are single; a parenthesised group may touch its neighbours: {@code (212)555-1234}. */
    static final Pattern RUN = Pattern.compile(BEFORE + "\\+?" + GROUP
            + "(?:(?:[ .\\-]|(?<=\\))|(?=\\())" + GROUP + "){0," + (MAX_GROUPS - 1) + "}+" + AFTER);
    /** Digits with room for a leading {@code +} or {@code (}. */
    private static final Gate GATE = Gate.digits(MIN_DIGITS, 2, 0);
    private static final ContextRule CONTEXT =
            ContextRule.boostedBy("phone", "tel", "mobile", "cell", "fax", "call", "contact");

    private final Region region;

    /** A detector for numbers written without a country code in the default region (US). */
    public PhoneDetector() {
        this(new Region(DetectorSettings.DEFAULTS.defaultRegion()));
    }

    private PhoneDetector(Region region) {
        this.region = region;
    }

    @Override
    public String id() {
        return "phone";
    }

    @Override
    public String type() {
        return EntityTypes.PHONE_NUMBER;
    }

    @Override
    public ContextRule context() {
        return CONTEXT;
    }

    @Override
    public Detector configure(DetectorSettings settings) {
        String code = settings.defaultRegion();
        return code.equals(region.code) ? this : new PhoneDetector(new Region(code));
    }

    @Override
    public void find(ScanText text, CandidateSink sink) {
        find(text, sink, START);
    }

    /** {@link #find(ScanText, CandidateSink)}, trying the run pattern where {@code start} allows. */
    void find(ScanText text, CandidateSink sink, MatchStart start) {
        String s = text.text();
        int[] regions = text.regions(GATE);
        Matcher m = RUN.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        // A region that began before the window may hold a number that starts inside it.
        start.forEachMatch(m, text, regions, match -> {
            if (match.start() >= text.scanEnd()) {
                return false;
            }
            if (isNumber(s, match.start(), match.end())) {
                report(text, match.start(), match.end(), sink);
            } else {
                reportSubRuns(text, match.start(), match.end(), sink);
            }
            return true;
        });
    }

    /** The hand-written tests a run's start passes, in one shape: it is tried at every token of a phone region. */
    private static boolean mayStartRun(CharSequence s, int i, int to) {
        return notAfterToken(s, i, to) && mayHoldNumber(s, i, to) && runEnd(s, i, to) >= 0;
    }

    /**
     * Whether a run from {@code i} can hold a reportable number: the characters a run is made of
     * ({@code 0-9 . - ( )} and spaces, a {@code +} first) hold at least {@link #MIN_DIGITS}
     * digits and are formatted (a {@code +} or {@code (} first, or a separator before a group).
     * Bare digit runs and short groups such as clock times are most runs in logs.
     */
    static boolean mayHoldNumber(CharSequence s, int i, int to) {
        char first = s.charAt(i);
        boolean formatted = first == '+' || first == '(';
        int digits = 0;
        for (int j = first == '+' ? i + 1 : i; j < to; j++) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == ' ' || c == '.' || c == '-' || c == '(' || c == ')') {
                formatted |= digits > 0 && j + 1 < to && (Shapes.isDigit(s.charAt(j + 1)) || s.charAt(j + 1) == '(');
            } else {
                break;
            }
        }
        return formatted && digits >= MIN_DIGITS;
    }

    /**
     * Where {@link #RUN}'s match from {@code i} ends, bounded by {@code to}, or -1 when it has none
     * there; {@link #BEFORE} is left to the caller. Written out by hand because in logs almost
     * every run the pattern is tried on is a timestamp that it rejects only at its end (measured:
     * 82,000 failed tries per 17 MB of the bench corpus), and this costs a fraction of a try.
     */
    static int runEnd(CharSequence s, int i, int to) {
        int p = groupEnd(s, i < to && s.charAt(i) == '+' ? i + 1 : i, to);
        // The quantifier is possessive: it takes as many groups as it can, and never gives one back.
        for (int g = 1; g < MAX_GROUPS && p >= 0; g++) {
            char c = p < to ? s.charAt(p) : 0;
            int next = c == ' ' || c == '.' || c == '-' ? groupEnd(s, p + 1, to) : -1;
            if (next < 0 && (s.charAt(p - 1) == ')' || c == '(')) {
                next = groupEnd(s, p, to);
            }
            if (next < 0) {
                break;
            }
            p = next;
        }
        return p >= 0 && endsRun(s, p) ? p : -1;
    }

    /** Where {@link #GROUP} from {@code p} ends: digits, or one to six of them in parentheses; -1 if none. */
    private static int groupEnd(CharSequence s, int p, int to) {
        if (p >= to) {
            return -1;
        }
        int q = p;
        if (s.charAt(p) == '(') {
            q++;
            while (q < to && q - p <= 6 && Shapes.isDigit(s.charAt(q))) {
                q++;
            }
            return q > p + 1 && q < to && s.charAt(q) == ')' ? q + 1 : -1;
        }
        while (q < to && Shapes.isDigit(s.charAt(q))) {
            q++;
        }
        return q > p ? q : -1;
    }

    /** {@link #AFTER} at {@code p}, which looks past the region's end as transparent bounds do. */
    private static boolean endsRun(CharSequence s, int p) {
        if (p >= s.length()) {
            return true;
        }
        char c = s.charAt(p);
        boolean nextIsWord = p + 1 < s.length() && CharClass.WORD.contains(s.charAt(p + 1));
        return !(CharClass.WORD.contains(c) || c == '+' || c == '@'
                || ((c == '.' || c == '/' || c == '-') && nextIsWord)
                || (c == ':' && p + 1 < s.length() && Shapes.isDigit(s.charAt(p + 1))));
    }

    /** The rest of {@link #BEFORE}: not after a word character and one of {@code ./-}, nor a digit and a colon. */
    static boolean notAfterToken(CharSequence s, int i, int to) {
        if (i < 2) {
            return true;
        }
        char p = s.charAt(i - 1);
        char q = s.charAt(i - 2);
        if (p == '.' || p == '/' || p == '-') {
            return !(Shapes.isDigit(q) || Shapes.letterAt(s, i - 2, to) || q == '_');
        }
        return p != ':' || !Shapes.isDigit(q);
    }

    /** The E.164 form, so that {@code (212) 555-1234} and {@code +1 212-555-1234} fingerprint alike. */
    @Override
    public String normalize(CharSequence raw) {
        return region.e164(raw);
    }

    /**
     * Greedy left to right: from each space-separated piece of an invalid run, reports the
     * longest valid sub-run starting there and continues after it.
     */
    private void reportSubRuns(ScanText text, int start, int end, CandidateSink sink) {
        String s = text.text();
        int from = start;
        while (from < end) {
            // The whole run was already tried from its first piece.
            int to = from == start ? s.lastIndexOf(' ', end - 1) : end;
            while (to > from && !isNumber(s, from, to)) {
                to = s.lastIndexOf(' ', to - 1);
            }
            if (to > from) {
                report(text, from, to, sink);
            } else {
                to = from;
            }
            int space = s.indexOf(' ', to);
            if (space < 0 || space >= end) {
                return;
            }
            from = space + 1;
        }
    }

    private static void report(ScanText text, int start, int end, CandidateSink sink) {
        if (start >= text.scanStart() && start < text.scanEnd()) {
            sink.accept(new Candidate(start, end, SCORE));
        }
    }

    /** Whether {@code s[start, end)} is a formatted, plausible and valid phone number. */
    private boolean isNumber(String s, int start, int end) {
        int digits = 0;
        boolean formatted = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else {
                formatted = true;
            }
        }
        return formatted && digits >= MIN_DIGITS && digits <= MAX_DIGITS
                && (s.charAt(start) == '+' || region.mayBeNational(s, start, end, digits))
                && !looksLikeOtherNumber(s, start, end, digits)
                && region.parseValid(s.subSequence(start, end)) != null;
    }

    /**
     * Rejects shapes that parse as phone numbers in some regions but are something else: dates,
     * SSNs, dotted quads, decimals, and card numbers.
     */
    private static boolean looksLikeOtherNumber(String s, int start, int end, int digits) {
        if (s.charAt(start) == '+') {
            return false;
        }
        int[] groups = new int[MAX_GROUPS];
        int count = 0;
        int len = 0;
        char separator = 0;
        boolean mixed = false;
        boolean dotted = false;
        for (int i = start; i <= end; i++) {
            char c = i < end ? s.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                len++;
                continue;
            }
            if (len > 0) {
                groups[count++] = len;
                len = 0;
            }
            if (i < end && c != '(' && c != ')') {
                mixed |= separator != 0 && separator != c;
                dotted |= c == '.';
                separator = c;
            }
        }
        // Dotted quads are IPv4 addresses; long dotted groups are decimals and version numbers.
        if (dotted && ((count == 4 && maxOf(groups, count) <= 3) || maxOf(groups, count) > 4)) {
            return true;
        }
        if (!mixed && count == 3 && separator != 0) {
            if (groups[0] == 3 && groups[1] == 2 && groups[2] == 4) {
                return true;
            }
            if (isDate(s, start, end, groups)) {
                return true;
            }
        }
        return digits >= 13 && Luhn.isValid(Masks.digits(s.subSequence(start, end)));
    }

    /** Three groups y-m-d or d-m-y / m-d-y with a plausible year, month and day. */
    private static boolean isDate(String s, int start, int end, int[] groups) {
        String d = Masks.digits(s.subSequence(start, end));
        int a;
        int b;
        int year;
        if (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2) {
            year = Integer.parseInt(d, 0, 4, 10);
            a = Integer.parseInt(d, 4, 4 + groups[1], 10);
            b = Integer.parseInt(d, 4 + groups[1], d.length(), 10);
        } else if (groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4) {
            a = Integer.parseInt(d, 0, groups[0], 10);
            b = Integer.parseInt(d, groups[0], groups[0] + groups[1], 10);
            year = Integer.parseInt(d, groups[0] + groups[1], d.length(), 10);
        } else {
            return false;
        }
        boolean dayMonth = a >= 1 && a <= 31 && b >= 1 && b <= 12;
        boolean monthDay = a >= 1 && a <= 12 && b >= 1 && b <= 31;
        return year >= 1800 && year <= 2199 && (dayMonth || monthDay);
    }

    private static int maxOf(int[] values, int count) {
        int max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }

    /**
     * A default region and what libphonenumber's metadata says about national numbers there.
     * Parsing costs microseconds, so digit runs that cannot be a national number of the region
     * by their length are rejected before it.
     */
    static final class Region {

        final String code;
        /** Digit counts of a national significant number that the region's numbers can have. */
        private final boolean[] possibleLength = new boolean[MAX_DIGITS + 1];
        /** The trunk prefix dialled before national numbers, such as "1" in the US or "0" in the UK. */
        private final String nationalPrefix;
        private final boolean known;
        /** North American Numbering Plan: area code and exchange both start with 2-9. */
        private final boolean nanp;
        private final int countryCode;
        /**
         * Whether a number of this region's country code that is valid here is valid, full stop:
         * libphonenumber looks a number's region up among its country code's regions main one
         * first, and settles on the main one when the number fits it, unless the main one also
         * restricts its leading digits.
         */
        private final boolean mainRegion;

        Region(String code) {
            this.code = code;
            int countryCode = UTIL.getCountryCodeForRegion(code);
            this.countryCode = countryCode;
            this.known = countryCode != 0;
            this.mainRegion = known && code.equals(UTIL.getRegionCodeForCountryCode(countryCode))
                    && !DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource()
                            .getMetadataForRegion(code).hasLeadingDigits();
            this.nanp = countryCode == 1;
            String prefix = UTIL.getNddPrefixForRegion(code, true);
            this.nationalPrefix = prefix == null || prefix.isEmpty() ? null : prefix;
            long sample = 1;
            // Only the length of a number decides whether it is possible, so one sample per length will do.
            for (int length = 1; length <= MAX_DIGITS; length++, sample *= 10) {
                PhoneNumber n = new PhoneNumber().setCountryCode(countryCode).setNationalNumber(sample);
                possibleLength[length] = known
                        && UTIL.isPossibleNumberWithReason(n) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE;
            }
        }

        /**
         * Whether the digits of {@code s[start, end)} could be a national number of this region:
         * a possible length, with or without the trunk prefix, or an international call prefix
         * (such as 00 or 011) that only the parser can interpret.
         */
        boolean mayBeNational(String s, int start, int end, int digits) {
            if (nanp && digits == 10 && !nanpShape(s, start, end)) {
                // Parsing costs microseconds; epoch seconds and most ids fail this at once.
                return false;
            }
            if (!known || possibleLength[digits]) {
                return true;
            }
            if (nationalPrefix != null && digits > nationalPrefix.length()
                    && possibleLength[digits - nationalPrefix.length()]
                    && startsWithDigits(s, start, end, nationalPrefix)) {
                return true;
            }
            return startsWithDigits(s, start, end, "00") || startsWithDigits(s, start, end, "011");
        }

        /** Whether ten digits have a NANP shape: NXX-NXX-XXXX with N in 2-9. */
        private static boolean nanpShape(String s, int start, int end) {
            int seen = 0;
            for (int i = start; i < end; i++) {
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
         * Parses {@code raw}; returns the number if libphonenumber deems it valid. A number of the
         * main region's country code is first checked against that region alone, which when it
         * passes tells what {@code isValidNumber} would with one pass over the region's patterns
         * instead of two: validation is most of what a phone number costs.
         */
        PhoneNumber parseValid(CharSequence raw) {
            try {
                PhoneNumber n = UTIL.parse(raw, code);
                if (mainRegion && n.getCountryCode() == countryCode && UTIL.isValidNumberForRegion(n, code)) {
                    return n;
                }
                return UTIL.isValidNumber(n) ? n : null;
            } catch (NumberParseException e) {
                return null;
            }
        }

        /** The E.164 form of {@code raw}, or its digits if it does not parse. */
        String e164(CharSequence raw) {
            try {
                return UTIL.format(UTIL.parse(raw, code), PhoneNumberFormat.E164);
            } catch (NumberParseException e) {
                return Masks.digits(raw);
            }
        }

        private static boolean startsWithDigits(String s, int start, int end, String prefix) {
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
}
