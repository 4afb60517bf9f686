package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.RegexDetector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.validate.UsSsn;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * US Social Security numbers written as nine bare digits or {@code ddd dd dddd}. Most such
 * numbers are something else (zip+4, order numbers, routing numbers, a suite and a street
 * number), so a candidate is kept only with an SSN word nearby or in its field name; the engine
 * drops the others.
 */
public final class UsSsnPlainDetector extends RegexDetector {

    /** Low on its own; the required context lifts it above the reporting threshold. */
    static final double BASE_SCORE = 0.3;

    private static final Pattern PATTERN = Pattern.compile(
            NumberBounds.BEFORE + "(?:\\d{9}" + NumberBounds.AFTER + "|" + NumberBounds.spacedNine("\\d{3}") + ")");

    private static final ContextRule CONTEXT = ContextRule.requiring(UsSsnDetector.WORDS.toArray(String[]::new))
            .penalizedBy(UsSsnDetector.NEGATIVE.toArray(String[]::new));

    public UsSsnPlainDetector() {
        super(PATTERN, Gate.digits(9, 0, 0), NumberBounds.NINE_DIGITS_OR_SPACED);
    }

    @Override
    public String id() {
        return "us-ssn-plain";
    }

    @Override
    public String type() {
        return EntityTypes.US_SSN;
    }

    @Override
    public ContextRule context() {
        return CONTEXT;
    }

    @Override
    protected Candidate evaluate(ScanText text, MatchResult match) {
        return UsSsn.isValid(Masks.digits(match.group()))
                ? new Candidate(match.start(), match.end(), BASE_SCORE)
                : null;
    }
}
