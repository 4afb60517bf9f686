package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.RegexDetector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.validate.UsItin;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * US Individual Taxpayer Identification Numbers written {@code 9dd-dd-dddd} or {@code 9dd.dd.dddd}
 * (one separator used in both places) with a middle pair the IRS assigns ({@link UsItin}).
 * Reported without context, like a formatted SSN.
 *
 * <p>Nine digits written bare or {@code 9dd dd dddd} are handled by a separate detector,
 * {@link UsItinPlainDetector}, because a context rule applies to a whole detector and those must
 * require context while the dashed layout must not.
 */
public final class UsItinDetector extends RegexDetector {

    static final double BASE_SCORE = 0.6;

    /** Words that mark a nearby number as an ITIN, shared with {@link UsItinPlainDetector}. */
    static final List<String> WORDS = List.of("itin", "taxpayer", "tax id", "individual taxpayer");

    /** Labels of numbers that share the ITIN's shape. */
    static final List<String> NEGATIVE = List.of("phone", "tel", "fax", "order", "zip");

    private static final Pattern PATTERN =
            Pattern.compile(NumberBounds.BEFORE + "9\\d{2}([-.])\\d{2}\\1\\d{4}(?!\\w|[-.]\\w|\\1\\d)");

    private static final ContextRule CONTEXT =
            ContextRule.boostedBy(WORDS.toArray(String[]::new)).penalizedBy(NEGATIVE.toArray(String[]::new));

    public UsItinDetector() {
        super(
                PATTERN,
                Gate.digits(9, 0, 0),
                NumberBounds.START
                        .leadingDigits(3, 3)
                        .where((s, i, to) -> s.charAt(i) == '9' && NumberBounds.ssnShape(s, i, to, "-.")));
    }

    @Override
    public String id() {
        return "us-itin";
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
