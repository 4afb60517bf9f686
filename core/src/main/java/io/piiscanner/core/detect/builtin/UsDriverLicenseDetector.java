package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.MatchStart;
import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.RegexDetector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.detect.Shapes;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds US driver license numbers in the shapes states issue: up to three letters then digits,
 * optionally in hyphenated groups ({@code A1234567}, {@code D123-456-78-901-0},
 * {@code WDL12345678}), optionally ending in one letter, or 6-14 bare digits. Formats vary by
 * state and carry no checksum, so the shape only makes a candidate and a nearby "driver
 * license" or "DL#" makes it a finding. At least six digits keep ordinary words out.
 */
public final class UsDriverLicenseDetector extends RegexDetector {

    private static final double SCORE = 0.3;
    private static final int MIN_DIGITS = 6;
    private static final int MAX_DIGITS = 14;
    /** Hyphenated groups only after a letter prefix, so dates and SSNs are not read as licenses. */
    private static final Pattern PATTERN = Pattern.compile("(?<![\\w\\-]|\\d\\.)"
            + "(?:[A-Za-z]{1,3}+-?\\d++(?:-\\d++)*+|\\d++)[A-Za-z]?+(?!\\w|[\\-.]\\w)");
    private static final ContextRule CONTEXT = ContextRule.requiring("driver license", "driver's license",
            "drivers license", "driver licence", "dl#", "dl no", "dl number", "dln", "license number",
            "licence number");

    public UsDriverLicenseDetector() {
        super(PATTERN, Gate.digits(6, 4, 2),
                MatchStart.of(CharClass.ALNUM, CharClass.WORD.plus("-"))
                .leadingLetters(1, 3).leadingDigits(MIN_DIGITS, MAX_DIGITS)
                .where(UsDriverLicenseDetector::shape));
    }

    /** A whole run of 6-14 digits, or one to three letters, an optional dash and a digit. */
    private static boolean shape(CharSequence s, int i, int to) {
        if (Shapes.isDigit(s.charAt(i))) {
            int run = NumberBounds.digitRun(s, i, to);
            return run >= MIN_DIGITS && run <= MAX_DIGITS;
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
