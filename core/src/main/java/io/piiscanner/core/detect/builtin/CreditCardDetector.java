package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.RegexDetector;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.detect.Shapes;
import io.piiscanner.core.validate.CardIssuers;
import io.piiscanner.core.validate.Luhn;

import java.util.Arrays;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Payment card numbers (PAN): 13-19 digits, written plain or in groups of 1-6 digits separated by
 * one space or one dash used throughout, that pass the Luhn check and fall in a known issuer
 * range ({@link CardIssuers}). The brand is reported as the candidate's detail.
 *
 * <p>A grouped number is matched as the whole run of groups, so the tail of a longer grouped
 * number is never reported on its own. When the whole run is not a card but starts with a card in
 * a standard layout (4-4-4-4, 4-4-4-4-3, 4-6-5 or 4-6-4) followed by a space, that card is
 * reported: {@code 4111 1111 1111 1111 12/27} holds a card and its expiry date.
 */
public final class CreditCardDetector extends RegexDetector {

    static final double BASE_SCORE = 0.9;

    private static final int MAX_GROUPS = 9;

    private static final int[][] STANDARD_LAYOUTS = {{4, 4, 4, 4}, {4, 4, 4, 4, 3}, {4, 6, 5}, {4, 6, 4}};

    private static final Pattern PATTERN = Pattern.compile(NumberBounds.BEFORE + "(?:"
            + "\\d{13,19}" + NumberBounds.AFTER
            // Grouped: at least three groups (two cannot reach 13 digits), not continuing a run
            // of digit groups on either side.
            + "|(?<!\\d[ -])\\d{1,6}([ -])\\d{1,6}(?:\\1\\d{1,6}){1," + (MAX_GROUPS - 2) + "}"
            + "(?!\\w|\\1\\d|[-.]\\w)"
            + ")");

    private static final ContextRule CONTEXT = ContextRule.boostedBy(
                    "card", "credit", "debit", "visa", "mastercard", "amex", "pan", "cc",
                    "cardholder", "payment", "expiry", "exp")
            .penalizedBy("order", "invoice", "tracking", "isbn", "serial", "id");

    public CreditCardDetector() {
        super(PATTERN, Gate.digits(13, 0, 0), NumberBounds.START.leadingDigits(1, 19).where(CreditCardDetector::shape));
    }

    /** A run of 13-19 digits, or a first group of 1-6 digits followed by a space or dash. */
    private static boolean shape(CharSequence s, int i, int to) {
        int run = Shapes.digits(s, i, s.length());
        if (i + run > to) {
            return false;
        }
        // A plain run is the whole match, and a card only if it passes Luhn: most runs of 13 digits
        // in logs are millisecond timestamps, which fail here rather than after the pattern.
        return (run >= 13 && run <= 19 && Luhn.isValid(s, i, i + run))
                || (run <= 6 && i + run < to && (s.charAt(i + run) == ' ' || s.charAt(i + run) == '-') && groupsMayHoldCard(s, i + run, to, run));
    }

    /**
     * Whether the groups that follow a first group of {@code digits} digits, each after the same
     * separator as the one at {@code sep}, hold at least 13 digits in all: no match can hold more,
     * so fewer cannot be a card. Dates and times, the commonest grouped numbers, fail here before
     * the pattern runs.
     */
    private static boolean groupsMayHoldCard(CharSequence s, int sep, int to, int digits) {
        char separator = s.charAt(sep);
        int total = digits;
        int j = sep;
        while (total < 13 && j + 1 < to && s.charAt(j) == separator) {
            int group = Shapes.digits(s, j + 1, to);
            if (group == 0) {
                break;
            }
            total += group;
            j += 1 + group;
        }
        return total >= 13;
    }

    @Override
    public String id() {
        return "credit-card";
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
        int start = match.start();
        int end = match.end();
        if (match.start(1) < 0) {
            String brand = brandOf(text.text().substring(start, end));
            return brand == null ? null : new Candidate(start, end, BASE_SCORE, brand);
        }
        StringBuilder digits = new StringBuilder(19);
        int[] groups = new int[MAX_GROUPS];
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                groups[count]++;
            } else {
                count++;
            }
        }
        count++;
        String brand = brandOf(digits);
        if (brand != null) {
            return new Candidate(start, end, BASE_SCORE, brand);
        }
        if (text.charAt(match.start(1)) != ' ') {
            return null; // dashes bind the groups into one token; never report part of it
        }
        for (int k = count - 1; k >= 3; k--) {
            if (isStandardLayout(groups, k)) {
                int length = 0;
                for (int g = 0; g < k; g++) {
                    length += groups[g];
                }
                brand = brandOf(digits.subSequence(0, length));
                if (brand != null) {
                    return new Candidate(start, start + length + k - 1, BASE_SCORE, brand);
                }
            }
        }
        return null;
    }

    /** Digits only, so every way of writing a card fingerprints the same. */
    @Override
    public String normalize(CharSequence raw) {
        return Masks.digits(raw);
    }

    /**
     * The brand of a Luhn-valid number in a known issuer range, or null. No number made of one
     * repeated digit passes both checks (a test enumerates them), so placeholders such as
     * {@code 4444444444444444} need no rule of their own.
     */
    private static String brandOf(CharSequence digits) {
        if (digits.length() < 13 || !Luhn.isValid(digits)) {
            return null;
        }
        return CardIssuers.brand(digits);
    }

    private static boolean isStandardLayout(int[] groups, int count) {
        for (int[] layout : STANDARD_LAYOUTS) {
            if (layout.length == count && Arrays.equals(groups, 0, count, layout, 0, count)) {
                return true;
            }
        }
        return false;
    }
}
