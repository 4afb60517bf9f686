package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.MatchStart;
import io.piiscanner.core.detect.RegexDetector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.detect.Shapes;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds US passport numbers: nine digits, or a letter and eight digits for next-generation
 * passport books. Neither has a checksum and nine digits are everywhere, so a candidate is only
 * reported with "passport" as its label.
 */
public final class UsPassportDetector extends RegexDetector {

    private static final double SCORE = 0.4;
    /** Not inside a word, a hyphenated token or a decimal number. */
    private static final Pattern PATTERN =
            Pattern.compile("(?<![\\w\\-]|\\d\\.)(?:[A-Z]\\d{8}|\\d{9})(?!\\w|[\\-.]\\d)");

    private static final ContextRule CONTEXT = ContextRule.requiring("passport no", "passport number", "passport#")
            // Also a library's name in code and logs ("passport session restored for user ..."): a label only.
            .withLabelWords("passport");

    public UsPassportDetector() {
        super(
                PATTERN,
                Gate.digits(8, 1, 0),
                MatchStart.of(CharClass.of("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"), CharClass.WORD.plus("-"))
                        .leadingLetters(1, 1)
                        .lettersThenDigits()
                        .leadingDigits(9, 9)
                        .digitsEndToken()
                        .where((s, i, to) -> Shapes.isDigit(s.charAt(i))
                                ? NumberBounds.digitRun(s, i, to) == 9
                                : NumberBounds.digitRun(s, i + 1, to) == 8));
    }

    @Override
    public String id() {
        return "us-passport";
    }

    @Override
    public String type() {
        return EntityTypes.US_PASSPORT;
    }

    @Override
    public ContextRule context() {
        return CONTEXT;
    }

    @Override
    protected Candidate evaluate(ScanText text, MatchResult match) {
        return new Candidate(match.start(), match.end(), SCORE);
    }
}
