package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.RegexDetector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.detect.Shapes;
import io.piiscanner.core.validate.CardIssuers;
import io.piiscanner.core.validate.Luhn;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Card numbers of 12 digits, which only Maestro issues, written plain or as 4-4-4 with spaces or
 * dashes. One 12-digit number in ten passes Luhn, so a Maestro prefix is not enough: a candidate
 * is kept only with card context nearby or in its field name. Longer cards are
 * {@link CreditCardDetector}'s.
 */
public final class ShortCardDetector extends RegexDetector {

    /** Lifted above the reporting threshold by the card context it requires. */
    static final double BASE_SCORE = 0.5;

    private static final Pattern PATTERN = Pattern.compile(NumberBounds.BEFORE + "(?:"
            + "\\d{12}" + NumberBounds.AFTER
            + "|(?<!\\d )\\d{4} \\d{4} \\d{4}(?!\\w| \\d|[-.]\\w)"
            + "|\\d{4}-\\d{4}-\\d{4}(?!\\w|-\\d|[-.]\\w)"
            + ")");

    private static final ContextRule CONTEXT = ContextRule.requiring(CreditCardDetector.WORDS.toArray(String[]::new))
            .penalizedBy(CreditCardDetector.NEGATIVE.toArray(String[]::new));

    public ShortCardDetector() {
        super(
                PATTERN,
                Gate.digits(12, 0, 0),
                NumberBounds.START.leadingDigits(4, 12).where(ShortCardDetector::shape));
    }

    /** Twelve digits passing Luhn, or four digits and a space or dash. */
    private static boolean shape(CharSequence s, int i, int to) {
        int run = NumberBounds.digitRun(s, i, to);
        return (run == 12 && Luhn.isValid(s, i, i + 12)) || (run == 4 && Shapes.charIn(s, i + 4, to, " -"));
    }

    @Override
    public String id() {
        return "credit-card-short";
    }

    @Override
    public String type() {
        return EntityTypes.CREDIT_CARD;
    }

    @Override
    public ContextRule context() {
        return CONTEXT;
    }

    @Override
    protected Candidate evaluate(ScanText text, MatchResult match) {
        String digits = Masks.digits(match.group());
        return Luhn.isValid(digits) && CardIssuers.MAESTRO.equals(CardIssuers.brand(digits))
                ? new Candidate(match.start(), match.end(), BASE_SCORE, CardIssuers.MAESTRO)
                : null;
    }

    /** Digits only, as {@link CreditCardDetector} fingerprints cards. */
    @Override
    public String normalize(CharSequence raw) {
        return Masks.digits(raw);
    }
}
