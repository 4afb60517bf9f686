package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.MatchPattern;
import io.piiscanner.core.validate.CardIssuers;
import io.piiscanner.core.validate.Luhn;

/**
 * Card numbers of 12 digits, which only Maestro issues, written plain or as 4-4-4 with spaces or
 * dashes. One 12-digit number in ten passes Luhn, so a Maestro prefix is not enough: a candidate
 * is kept only with card context nearby or in its field name. Longer cards are
 * {@link CreditCardDetector}'s.
 */
public final class ShortCardDetector extends DeclaredDetector {

    /** Lifted above the reporting threshold by the card context it requires. */
    static final double BASE_SCORE = 0.5;

    public ShortCardDetector() {
        super(DetectorDeclaration.detector("credit-card-short", EntityTypes.CREDIT_CARD)
                .pattern(MatchPattern.of(
                        NumberBounds.BEFORE + "(?:"
                                + "\\d{12}" + NumberBounds.AFTER
                                + "|(?<!\\d )\\d{4} \\d{4} \\d{4}(?!\\w| \\d|[-.]\\w)"
                                + "|\\d{4}-\\d{4}-\\d{4}(?!\\w|-\\d|[-.]\\w)"
                                + ")",
                        BASE_SCORE))
                .inDigitCluster(0, 0)
                .context(CreditCardDetector.WORDS.toArray(String[]::new))
                .contextRequired()
                .negative(CreditCardDetector.NEGATIVE.toArray(String[]::new))
                .evaluator((text, match, score) -> {
                    String digits = Masks.digits(match.group());
                    return Luhn.isValid(digits) && CardIssuers.MAESTRO.equals(CardIssuers.brand(digits))
                            ? new Candidate(match.start(), match.end(), score, CardIssuers.MAESTRO)
                            : null;
                })
                // Digits only, as CreditCardDetector fingerprints cards.
                .normalize(Masks::digits));
    }
}
