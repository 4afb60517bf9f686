package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.MatchPattern;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.validate.Iban;
import java.util.regex.MatchResult;

/**
 * International Bank Account Numbers, written compactly ({@code DE89370400440532013000}) or in
 * the print format of groups of four separated by single spaces
 * ({@code DE89 3704 0044 0532 0130 00}), letters in either case, that pass {@link Iban}: the
 * country's registered length and the MOD 97-10 check.
 *
 * <p>The print format cannot tell where the number ends when a short word follows it
 * ({@code BE68 5390 0754 7034 EUR}), so the pattern may take extra groups and the country's
 * length decides where the IBAN stops.
 */
public final class IbanDetector extends DeclaredDetector {

    static final double BASE_SCORE = 0.9;

    public IbanDetector() {
        super(DetectorDeclaration.detector("iban", EntityTypes.IBAN_CODE)
                .pattern(MatchPattern.of(
                        "(?<![\\w-])[A-Za-z]{2}\\d{2}(?:"
                                // ISO 13616: 15 (Norway) to 34 characters in all.
                                + "[A-Za-z0-9]{11,30}"
                                + "|(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,3})?"
                                + ")(?![\\w-])",
                        BASE_SCORE))
                // Tokens of two letters and more, such as DE89, are rare, while digits are in most
                // of a log or CSV file.
                .startsOnRareTokens()
                .context("iban", "bank", "account", "swift", "bic", "transfer")
                .evaluator(IbanDetector::evaluate)
                .mask(IbanDetector::keepCountryAndLastFour));
    }

    /** The IBAN the match starts with, as long as its country's length. */
    private static Candidate evaluate(ScanText text, MatchResult match, double score) {
        String raw = match.group();
        int length = Iban.length(raw);
        if (length == 0) {
            return null;
        }
        String compact = Masks.alphanumeric(raw);
        if (compact.length() < length) {
            return null;
        }
        // Extra characters are only allowed as whole trailing groups of the print format.
        boolean grouped = raw.charAt(4) == ' ';
        if (compact.length() > length && (!grouped || length % 4 != 0)) {
            return null;
        }
        if (!Iban.isValid(compact.substring(0, length))) {
            return null;
        }
        int spaces = grouped ? (length + 3) / 4 - 1 : 0;
        return new Candidate(match.start(), match.start() + length + spaces, score);
    }

    /**
     * Keeps the country code, which is not personal, and at most the last four characters of the
     * rest: {@code DE89 3704 0044 0532 0130 00} becomes {@code DE** **** **** **** **30 00}.
     */
    private static String keepCountryAndLastFour(CharSequence raw) {
        if (raw.length() < 2) {
            return Masks.all(raw);
        }
        return raw.subSequence(0, 2) + Masks.keepLast(raw.subSequence(2, raw.length()), 4);
    }
}
