package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.MatchStart;
import io.piiscanner.core.detect.RegexDetector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.validate.Luhn;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds phone numbers written as a bare run of digits ({@code 2125551234}). Such runs are just as
 * often order ids, timestamps or account numbers, so a valid number is only reported next to a
 * word such as "phone" or "mobile". Formatted numbers are {@link PhoneDetector}'s.
 */
public final class PhonePlainDetector extends RegexDetector {

    private static final double SCORE = 0.4;
    private static final int CARD_MIN_DIGITS = 13;
    private static final Pattern DIGITS =
            Pattern.compile(PhoneDetector.BEFORE + "\\d{7,15}+" + PhoneDetector.AFTER);
    private static final ContextRule CONTEXT = ContextRule.requiring(
            "phone", "tel", "telephone", "mobile", "cell", "fax", "call", "contact", "whatsapp", "sms");

    private final PhoneDetector.Region region;

    /** A detector for numbers without a country code in the default region (US). */
    public PhonePlainDetector() {
        this(new PhoneDetector.Region(DetectorSettings.DEFAULTS.defaultRegion()));
    }

    private PhonePlainDetector(PhoneDetector.Region region) {
        super(DIGITS, Gate.digits(7, 0, 0), MatchStart.of(CharClass.DIGIT, PhoneDetector.NOT_AFTER).leadingDigits(7, 15).digitsEndToken()
                .where(PhoneDetector::notAfterToken).where((s, i, to) -> NumberBounds.digitRun(s, i, to) >= 7 && NumberBounds.digitRun(s, i, to) <= 15));
        this.region = region;
    }

    @Override
    public String id() {
        return "phone-plain";
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
        return code.equals(region.code) ? this : new PhonePlainDetector(new PhoneDetector.Region(code));
    }

    @Override
    protected Candidate evaluate(ScanText text, MatchResult match) {
        String s = text.text();
        int length = match.end() - match.start();
        if (!region.mayBeNational(s, match.start(), match.end(), length)) {
            return null;
        }
        CharSequence digits = s.subSequence(match.start(), match.end());
        boolean cardLike = length >= CARD_MIN_DIGITS && Luhn.isValid(digits);
        if (cardLike || region.parseValid(digits) == null) {
            return null;
        }
        return new Candidate(match.start(), match.end(), SCORE);
    }

    /** The E.164 form, so a bare number fingerprints like its formatted spellings. */
    @Override
    public String normalize(CharSequence raw) {
        return region.e164(raw);
    }
}
