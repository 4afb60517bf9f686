package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.MatchStart;
import io.piiscanner.core.detect.RegexDetector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.detect.Shapes;
import io.piiscanner.core.validate.Iban;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

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
public final class IbanDetector extends RegexDetector {

    static final double BASE_SCORE = 0.9;

    private static final Pattern PATTERN = Pattern.compile("(?<![\\w-])[A-Za-z]{2}\\d{2}(?:"
            // ISO 13616: 15 (Norway) to 34 characters in all.
            + "[A-Za-z0-9]{11,30}"
            + "|(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,3})?"
            + ")(?![\\w-])");

    private static final ContextRule CONTEXT =
            ContextRule.boostedBy("iban", "bank", "account", "swift", "bic", "transfer");

    /** The longest match: four characters, then seven spaced groups of four and one of up to three. */
    private static final int MAX_LENGTH = 43;

    private static final MatchStart START = MatchStart.of(CharClass.LETTER, CharClass.WORD.plus("-"))
            .leadingLetters(2, 2)
            .lettersThenDigits()
            .where((s, i, to) -> i + 4 <= to
                    && Shapes.letterAt(s, i + 1, to)
                    && Shapes.isDigit(s.charAt(i + 2))
                    && Shapes.isDigit(s.charAt(i + 3)));

    public IbanDetector() {
        super(PATTERN, Gate.digits(2, 2, 42), START);
    }

    /**
     * A region of {@link #MAX_LENGTH} from each token of two letters and more, such as
     * {@code DE89}: they are rare, while the digit gate covers most of a log or CSV file. Every
     * match the gate lets the pattern make starts on such a token and fits in its region.
     */
    @Override
    protected int[] regions(ScanText text) {
        return START.tokenRegions(text, MAX_LENGTH);
    }

    @Override
    public String id() {
        return "iban";
    }

    @Override
    public String type() {
        return EntityTypes.IBAN_CODE;
    }

    @Override
    public ContextRule context() {
        return CONTEXT;
    }

    @Override
    protected Candidate evaluate(ScanText text, MatchResult match) {
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
        return new Candidate(match.start(), match.start() + length + spaces, BASE_SCORE);
    }

    /**
     * Keeps the country code, which is not personal, and at most the last four characters of the
     * rest: {@code DE89 3704 0044 0532 0130 00} becomes {@code DE** **** **** **** **30 00}.
     */
    @Override
    public String mask(CharSequence raw) {
        if (raw.length() < 2) {
            return Masks.all(raw);
        }
        return raw.subSequence(0, 2) + Masks.keepLast(raw.subSequence(2, raw.length()), 4);
    }
}
