package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.RegexDetector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.validate.UsItin;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * US Individual Taxpayer Identification Numbers written as nine bare digits or {@code 9dd dd dddd},
 * kept only with an ITIN word nearby or in the field name. The base score is a little above
 * {@link UsSsnPlainDetector}'s because the 9xx area and the assigned middle ranges already rule
 * out most nine-digit numbers.
 */
public final class UsItinPlainDetector extends RegexDetector {

    static final double BASE_SCORE = 0.4;

    private static final Pattern PATTERN = Pattern.compile(
            NumberBounds.BEFORE + "(?:9\\d{8}" + NumberBounds.AFTER + "|" + NumberBounds.spacedNine("9\\d{2}") + ")");

    private static final ContextRule CONTEXT = ContextRule.requiring(UsItinDetector.WORDS.toArray(String[]::new))
            .penalizedBy(UsItinDetector.NEGATIVE.toArray(String[]::new));

    public UsItinPlainDetector() {
        super(
                PATTERN,
                Gate.digits(9, 0, 0),
                NumberBounds.NINE_DIGITS_OR_SPACED.where((s, i, to) -> s.charAt(i) == '9'));
    }

    @Override
    public String id() {
        return "us-itin-plain";
    }

    @Override
    public String type() {
        return EntityTypes.US_ITIN;
    }

    @Override
    public ContextRule context() {
        return CONTEXT;
    }

    @Override
    protected Candidate evaluate(ScanText text, MatchResult match) {
        return UsItin.isValid(Masks.digits(match.group()))
                ? new Candidate(match.start(), match.end(), BASE_SCORE)
                : null;
    }
}
