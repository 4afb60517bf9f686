package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CandidateSink;
import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.MatchPattern;
import io.piiscanner.core.detect.ScanText;
import io.piiscanner.core.detect.Shapes;
import io.piiscanner.core.validate.CardIssuers;
import io.piiscanner.core.validate.Luhn;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Payment card numbers (PAN): 13-19 digits, written plain or in groups separated by one space or
 * one dash used throughout (a first group of 4-6 digits, as cards are printed, then groups of 1-6),
 * that pass the Luhn check and fall in a known issuer range ({@link CardIssuers}). The brand is
 * reported as the candidate's detail. Pairs of digits ({@code 54 68 69 73 ...}) are byte dumps.
 *
 * <p>A grouped number is matched as the whole run of groups, so the tail of a longer grouped
 * number is never reported on its own. When a run of groups separated by spaces is not a card
 * but starts with a card in a standard layout (4-4-4-4, 4-4-4-4-3, 4-6-5 or 4-6-4), that card is
 * reported, and so is each card that follows it in the run: {@code 4111 1111 1111 1111 12/27}
 * holds a card and its expiry date, {@code 4111 1111 1111 1111 5555 5555 5555 4444} two cards.
 * Card numbers fingerprint by their digits only, however they are written.
 */
public final class CreditCardDetector extends DeclaredDetector {

    static final double BASE_SCORE = 0.9;

    /** Words near a card number, shared with {@link ShortCardDetector}. */
    static final List<String> WORDS = List.of(
            "card",
            "credit",
            "debit",
            "visa",
            "mastercard",
            "amex",
            "maestro",
            "pan",
            "cc",
            "cardholder",
            "payment",
            "expiry",
            "exp");

    /** Labels of long numbers that are not cards: order numbers, ids, the decimal trace ids of logs. */
    static final List<String> NEGATIVE = List.of(
            "order",
            "invoice",
            "tracking",
            "isbn",
            "serial",
            "id",
            "trace",
            "span",
            "hash",
            "uuid",
            "nonce",
            "timestamp");

    /** The most groups in one run: four cards written one after another. */
    private static final int MAX_GROUPS = 20;

    private static final int[][] STANDARD_LAYOUTS = {{4, 4, 4, 4, 3}, {4, 4, 4, 4}, {4, 6, 5}, {4, 6, 4}};

    private static final Pattern PATTERN = Pattern.compile(NumberBounds.BEFORE + "(?:"
            + "\\d{13,19}" + NumberBounds.AFTER
            // Grouped: at least three groups (two cannot reach 13 digits), the whole run of groups
            // (possessive, so a run that goes on fails at once); a spaced run not continuing a run
            // of digit groups before it (a dash before is ruled out by BEFORE).
            + "|(?<!\\d )(" + run(" ") + ")"
            + "|(" + run("-") + ")"
            + ")");

    /** The pattern's groups: a spaced run, a dashed run. */
    private static final int SPACED = 1;

    private static final int DASHED = 2;

    /** What may stand between a label and its value: {@code order #}, {@code "traceId": "}. */
    private static final String LABEL_PUNCTUATION = " \t:=#\"'";

    public CreditCardDetector() {
        super(DetectorDeclaration.detector("credit-card", EntityTypes.CREDIT_CARD)
                // Hand-written: its shape test Luhn-checks plain runs and counts the digits of
                // grouped ones, which a derived start cannot, so that timestamps and dates fail
                // before the pattern runs. DetectorBenchmark, credit-card, sparse: 227-260 MB/s
                // against 121-162 derived from inDigitCluster(0, 0) (bench/README.md, issue 20).
                .pattern(MatchPattern.of(PATTERN.pattern(), BASE_SCORE)
                        .handWrittenFastPath(
                                Gate.digits(13, 0, 0),
                                NumberBounds.START.leadingDigits(4, 19).where(CreditCardDetector::shape)))
                .context(WORDS.toArray(String[]::new))
                .negative(NEGATIVE.toArray(String[]::new))
                .evaluator(new Cards())
                .normalize(Masks::digits));
    }

    /** Decides a match: the cards it holds. */
    private static final class Cards implements DetectorDeclaration.Evaluator {
        @Override
        public Candidate evaluate(ScanText text, MatchResult match, double score) {
            return firstCard(text, match);
        }

        @Override
        public void evaluate(ScanText text, MatchResult match, double score, CandidateSink sink) {
            everyCard(text, match, sink);
        }
    }

    /** A group of 4-6 digits and groups of 1-6 joined by {@code separator}: the whole run, or no match. */
    private static String run(String separator) {
        return "\\d{4,6}+(?:" + separator + "\\d{1,6}+){2," + (MAX_GROUPS - 1) + "}+" + "(?!\\w|" + separator
                + "\\d|[-.]\\w)";
    }

    /**
     * A run of 13-19 digits passing Luhn, or a first group of 4-6 digits starting a run of at most
     * {@link #MAX_GROUPS} groups that hold 13 digits or more.
     */
    private static boolean shape(CharSequence s, int i, int to) {
        int run = Shapes.digits(s, i, s.length());
        if (i + run > to) {
            return false;
        }
        // A plain run is the whole match, and a card only if it passes Luhn: most runs of 13 digits
        // in logs are millisecond timestamps, which fail here rather than after the pattern.
        if (run >= 13) {
            return run <= 19 && Luhn.isValid(s, i, i + run);
        }
        if (run < 4 || run > 6 || i + run >= to) {
            return false;
        }
        char separator = s.charAt(i + run);
        if (separator == ' ') {
            if (i >= 2 && s.charAt(i - 1) == ' ' && Shapes.isDigit(s.charAt(i - 2))) {
                return false; // the tail of a longer spaced run
            }
        } else if (separator != '-') {
            return false;
        }
        return groupsMayHoldCard(s, i + run, to, separator, run);
    }

    /**
     * Whether the groups that follow a first group of {@code digits} digits, each after the same
     * separator as the one at {@code sep}, hold at least 13 digits in all and end the run within
     * {@link #MAX_GROUPS} groups. Dates and times, the commonest grouped numbers, and long runs of
     * counts fail here before the pattern runs.
     */
    private static boolean groupsMayHoldCard(CharSequence s, int sep, int to, char separator, int digits) {
        int total = digits;
        int groups = 1;
        int j = sep;
        while (j + 1 < to && s.charAt(j) == separator) {
            int group = Shapes.digits(s, j + 1, to);
            if (group == 0) {
                break;
            }
            if (group > 6 || ++groups > MAX_GROUPS) {
                return false;
            }
            total += group;
            j += 1 + group;
        }
        return total >= 13 && groups >= 3;
    }

    /** The card a match starts with: the whole match, or the first card of a spaced run. */
    private static Candidate firstCard(ScanText text, MatchResult match) {
        int start = match.start();
        int end = match.end();
        if (labelledAsOther(text.text(), start)) {
            return null;
        }
        if (match.start(SPACED) >= 0) {
            return startsDumpRow(text.text(), start) ? null : cardAt(text, start, end, true);
        }
        if (match.start(DASHED) >= 0) {
            return cardAt(text, start, end, false); // dashes bind the groups into one token: all or nothing
        }
        String brand = brandOf(text.text().substring(start, end));
        return brand == null ? null : new Candidate(start, end, BASE_SCORE, brand);
    }

    /** Every card of the match: in a spaced run, each card after the one before it. */
    private static void everyCard(ScanText text, MatchResult match, CandidateSink sink) {
        Candidate card = firstCard(text, match);
        while (card != null) {
            sink.accept(card);
            card = card.end() < match.end() ? cardAt(text, card.end() + 1, match.end(), true) : null;
        }
    }

    /**
     * The card the groups in {@code [start, end)} start with: all of them, or, when
     * {@code prefixes} allows it, the longest standard layout of their first groups; null if none.
     */
    private static Candidate cardAt(ScanText text, int start, int end, boolean prefixes) {
        StringBuilder digits = new StringBuilder(end - start);
        int[] groups = new int[MAX_GROUPS];
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Shapes.isDigit(c)) {
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
        if (!prefixes) {
            return null;
        }
        for (int[] layout : STANDARD_LAYOUTS) {
            int k = layout.length;
            if (k < count && Arrays.equals(groups, 0, k, layout, 0, k)) {
                int length = Arrays.stream(layout).sum();
                brand = brandOf(digits.subSequence(0, length));
                if (brand != null) {
                    return new Candidate(start, start + length + k - 1, BASE_SCORE, brand);
                }
            }
        }
        return null;
    }

    /**
     * Whether the word right before {@code start}, past a little punctuation, names the number as
     * something else ({@code order 4111...}, {@code dd.trace_id=4954...}, {@code "orderId": "4111...}):
     * one random 16-digit number in about forty passes Luhn and the issuer table, and a 19-digit
     * trace id starting with 4 is a Visa number in shape, so such a label outweighs the checksum.
     * The label's last word counts, also after a camel-case hump.
     */
    private static boolean labelledAsOther(String s, int start) {
        int wordEnd = start;
        while (wordEnd > 0 && start - wordEnd < 4 && LABEL_PUNCTUATION.indexOf(s.charAt(wordEnd - 1)) >= 0) {
            wordEnd--;
        }
        for (String w : NEGATIVE) {
            int from = wordEnd - w.length();
            if (from >= 0
                    && s.regionMatches(true, from, w, 0, w.length())
                    && (from == 0 || !Shapes.letterAt(s, from - 1, s.length()) || startsHump(s, from))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code start} is the first group of a hex dump row, after the row's offset at the
     * start of its line: {@code 00000010: 5265 7365 7420 7468 ...} (xxd, od), {@code 0x0010:  4500 ...}
     * (tcpdump). Text dumped as hex is often all decimal digits in groups of four. An offset has
     * 7-8 hex digits, or 4-8 after {@code 0x}, and counts rows of 16 bytes: it ends in 0.
     */
    private static boolean startsDumpRow(String s, int start) {
        int j = blanksBefore(s, start);
        if (j == start) {
            return false;
        }
        if (j > 0 && s.charAt(j - 1) == ':') {
            j--;
        }
        int offsetEnd = j;
        while (j > 0 && offsetEnd - j <= 8 && Character.digit(s.charAt(j - 1), 16) >= 0) {
            j--;
        }
        int digits = offsetEnd - j;
        boolean prefixed = j >= 2 && s.charAt(j - 1) == 'x' && s.charAt(j - 2) == '0';
        if (prefixed) {
            j -= 2;
        }
        if (digits < (prefixed ? 4 : 7) || digits > 8 || s.charAt(offsetEnd - 1) != '0') {
            return false;
        }
        j = blanksBefore(s, j);
        return j == 0 || s.charAt(j - 1) == '\n';
    }

    /** Where the (at most four) spaces and tabs right before {@code i} begin. */
    private static int blanksBefore(String s, int i) {
        int j = i;
        while (j > 0 && i - j < 4 && (s.charAt(j - 1) == ' ' || s.charAt(j - 1) == '\t')) {
            j--;
        }
        return j;
    }

    /** Whether {@code s[i]} is an upper-case letter after a lower-case one: {@code Id} in {@code traceId}. */
    private static boolean startsHump(String s, int i) {
        return Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i - 1));
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
}
