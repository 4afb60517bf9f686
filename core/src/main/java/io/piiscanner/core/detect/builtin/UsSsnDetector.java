package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.RegexDetector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.validate.UsSsn;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * US Social Security numbers written {@code ddd-dd-dddd} or {@code ddd.dd.dddd} (one separator
 * used in both places) that pass {@link UsSsn}. The layout is distinctive enough to report without
 * context. Nine digits written bare or {@code ddd dd dddd} are left to {@link UsSsnPlainDetector},
 * which needs context: numbers separated by spaces are everywhere ({@code Suite 680 36 4022}).
 */
public final class UsSsnDetector extends RegexDetector {

    static final double BASE_SCORE = 0.6;

    /** Words that mark a nearby number as an SSN, shared with {@link UsSsnPlainDetector}. */
    static final List<String> WORDS = List.of(
            "ssn", "ssns", "ss#", "social security", "social sec", "soc sec", "soc. sec", "ssa", "tin", "taxpayer");

    /** Labels of numbers that share the SSN's shape. */
    static final List<String> NEGATIVE = List.of("phone", "tel", "fax", "order", "zip");

    private static final Pattern PATTERN =
            Pattern.compile(NumberBounds.BEFORE + "\\d{3}([-.])\\d{2}\\1\\d{4}(?!\\w|[-.]\\w|\\1\\d)");

    private static final ContextRule CONTEXT =
            ContextRule.boostedBy(WORDS.toArray(String[]::new)).penalizedBy(NEGATIVE.toArray(String[]::new));

    public UsSsnDetector() {
        super(
                PATTERN,
                Gate.digits(9, 0, 0),
                NumberBounds.START.leadingDigits(3, 3).where((s, i, to) -> NumberBounds.ssnShape(s, i, to, "-.")));
    }

    @Override
    public String id() {
        return "us-ssn";
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
