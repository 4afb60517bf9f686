package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.RegexDetector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.validate.AbaRouting;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * US bank routing numbers (ABA RTN): nine digits, plain or written {@code dddd-dddd-d}, that pass
 * {@link AbaRouting}. One random nine-digit number in ten passes the checksum, so a candidate is
 * kept only with a routing word nearby or in its field name.
 */
public final class AbaRoutingDetector extends RegexDetector {

    static final double BASE_SCORE = 0.4;

    private static final Pattern PATTERN =
            Pattern.compile(NumberBounds.BEFORE + "(?:\\d{9}|\\d{4}-\\d{4}-\\d)" + NumberBounds.AFTER);

    private static final ContextRule CONTEXT = ContextRule.requiring(
                    "aba", "rtn", "routing number", "ach", "rt#", "abartn")
            // Also verbs and adjectives ("Routing request ...", "in transit"): labels only.
            .withLabelWords("routing", "transit", "bank", "wire")
            // A nearer "account" or "ssn" label means this checksum pass is a coincidence.
            .penalizedBy("account", "acct", "ssn", "social security");

    public AbaRoutingDetector() {
        super(
                PATTERN,
                Gate.digits(9, 0, 0),
                NumberBounds.START.leadingDigits(4, 9).where(AbaRoutingDetector::shape));
    }

    /** Nine digits, bare or as {@code dddd-dddd-d}. */
    private static boolean shape(CharSequence s, int i, int to) {
        int run = NumberBounds.digitRun(s, i, to);
        return run == 9
                || (run == 4
                        && i + 11 <= to
                        && s.charAt(i + 4) == '-'
                        && NumberBounds.digitRun(s, i + 5, to) == 4
                        && s.charAt(i + 9) == '-'
                        && NumberBounds.digitRun(s, i + 10, to) == 1);
    }

    @Override
    public String id() {
        return "aba-routing";
    }

    @Override
    public String type() {
        return EntityTypes.ABA_ROUTING_NUMBER;
    }

    @Override
    public ContextRule context() {
        return CONTEXT;
    }

    @Override
    protected Candidate evaluate(ScanText text, MatchResult match) {
        return AbaRouting.isValid(Masks.digits(match.group()))
                ? new Candidate(match.start(), match.end(), BASE_SCORE)
                : null;
    }
}
