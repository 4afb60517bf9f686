package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.MatchStart;
import io.piiscanner.core.detect.RegexDetector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.detect.Shapes;
import java.nio.charset.StandardCharsets;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds US driver license numbers in the shapes states issue: up to three letters then digits,
 * optionally in hyphenated groups ({@code A1234567}, {@code D123-456-78-901-0},
 * {@code WDL12345678}), optionally ending in one letter, 6-14 bare digits, or digits written
 * {@code dddd-dd-dddd}. Formats vary by state and carry no checksum, so the shape only makes a
 * candidate and a nearby "driver license", "DL#" or "DL:" makes it a finding. At least six digits
 * keep ordinary words out; other hyphenated digits are left alone, so dates and SSNs are not read
 * as licenses. A labelled licence scores above a phone number read from the same digits without
 * a label ({@code driver's license number is 3645-59-3763}), so the licence is what is reported.
 */
public final class UsDriverLicenseDetector extends RegexDetector {

    /** With a label, 0.75: above the 0.7 of a phone number that has none. */
    private static final double SCORE = 0.4;

    private static final int MIN_DIGITS = 6;
    private static final int MAX_DIGITS = 14;
    private static final Pattern PATTERN = Pattern.compile("(?<![\\w\\-]|\\d\\.)"
            + "(?:[A-Za-z]{1,3}+-?\\d++(?:-\\d++)*+|\\d{4}-\\d{2}-\\d{4}|\\d++)[A-Za-z]?+(?!\\w|[\\-.]\\w)");
    private static final ContextRule CONTEXT = ContextRule.requiring(withTypographicApostrophes(
                    "driver license",
                    "driver licence",
                    "driver's license",
                    "driver's licence",
                    "drivers license",
                    "drivers licence",
                    "driving license",
                    "driving licence",
                    "dl#",
                    "dl:",
                    "dl no",
                    "dl number",
                    "dln",
                    "license number",
                    "licence number",
                    "license no",
                    "licence no"))
            // KYC notes list identifiers together: a number nearer to another's label is not the licence.
            .penalizedBy("passport", "ssn", "social security", "itin", "phone", "account", "routing", "dob", "birth");

    public UsDriverLicenseDetector() {
        super(
                PATTERN,
                Gate.digits(6, 4, 2),
                MatchStart.of(CharClass.ALNUM, CharClass.WORD.plus("-"))
                        .leadingLetters(1, 3)
                        .leadingDigits(4, MAX_DIGITS)
                        .where(UsDriverLicenseDetector::shape));
    }

    /**
     * The words, and those with an apostrophe also with the typographic one (driver&#8217;s) as
     * the scanned text holds it: its UTF-8 bytes, each read as one character.
     */
    private static String[] withTypographicApostrophes(String... words) {
        String typographic = new String("\u2019".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        return Stream.of(words)
                .flatMap(w -> w.indexOf('\'') < 0 ? Stream.of(w) : Stream.of(w, w.replace("'", typographic)))
                .toArray(String[]::new);
    }

    /** A whole run of 6-14 digits, {@code dddd-dd-dddd}, or one to three letters, an optional dash and a digit. */
    private static boolean shape(CharSequence s, int i, int to) {
        if (Shapes.isDigit(s.charAt(i))) {
            int run = NumberBounds.digitRun(s, i, to);
            return (run >= MIN_DIGITS && run <= MAX_DIGITS)
                    || (run == 4
                            && i + 12 <= to
                            && s.charAt(i + 4) == '-'
                            && NumberBounds.digitRun(s, i + 5, to) == 2
                            && s.charAt(i + 7) == '-'
                            && NumberBounds.digitRun(s, i + 8, to) == 4);
        }
        int letters = 1;
        while (letters <= 3 && Shapes.letterAt(s, i + letters, to)) {
            letters++;
        }
        int at = letters <= 3 && i + letters < to && s.charAt(i + letters) == '-' ? i + letters + 1 : i + letters;
        return letters <= 3 && at < to && Shapes.isDigit(s.charAt(at));
    }

    @Override
    public String id() {
        return "us-driver-license";
    }

    @Override
    public String type() {
        return EntityTypes.US_DRIVER_LICENSE;
    }

    @Override
    public ContextRule context() {
        return CONTEXT;
    }

    @Override
    protected Candidate evaluate(ScanText text, MatchResult match) {
        String s = text.text();
        int digits = 0;
        for (int i = match.start(); i < match.end(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits >= MIN_DIGITS && digits <= MAX_DIGITS ? new Candidate(match.start(), match.end(), SCORE) : null;
    }
}
