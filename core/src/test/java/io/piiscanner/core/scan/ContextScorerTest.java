package io.piiscanner.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.ContextRule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scorer takes the nearest label on the candidate's line: the word ending last before it
 * (the longest of those, a positive word winning a full tie), else the word starting first after
 * it (the longest, a positive word winning a tie); label words count only where written as
 * labels. Checked against a plain statement of that rule, word by word and position by position.
 */
class ContextScorerTest {

    private static final ContextRule RULE = ContextRule.boostedBy("account", "acct", "bank account", "ss#", "a")
            .withLabelWords("checking", "sav")
            .penalizedBy("order", "ord", "account id", "id", "my account");

    private static final Pattern LABEL_MARK = Pattern.compile(
            "[ _.-]*+(?:[:#=]|(?:no|nr|num|number|numbers|account|acct|bank[ _-]account|ss#|a|checking|sav)(?![A-Za-z]))",
            Pattern.CASE_INSENSITIVE);

    @Property(tries = 3000)
    void takesTheNearestLabel(@ForAll("texts") String text, @ForAll("spans") int[] span) {
        int start = Math.min(span[0], text.length());
        int end = Math.min(text.length(), start + span[1]);
        assertThat(new ContextScorer(RULE).score(0.5, text, start, end, null))
                .as("'%s' [%d,%d)", text, start, end)
                .isEqualTo(expected(text, start, end));
    }

    @Test
    void examples() {
        assertThat(new ContextScorer(RULE).score(0.5, "order 42 account 12345678", 17, 25, null))
                .isEqualTo(0.85);
        assertThat(new ContextScorer(RULE).score(0.5, "account 42 order 12345678", 17, 25, null))
                .isEqualTo(0.2);
        assertThat(new ContextScorer(RULE).score(0.5, "account\n12345678 id", 8, 16, null))
                .isEqualTo(0.2);
        assertThat(new ContextScorer(RULE).score(0.5, "xaccount 12345678", 9, 17, null))
                .isEqualTo(0.5);
        assertThat(new ContextScorer(RULE).score(0.5, "my account 12345678", 11, 19, null))
                .isEqualTo(0.2);
        assertThat(new ContextScorer(RULE).score(0.5, "account_id=12345678", 11, 19, null))
                .isEqualTo(0.2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Checking: 874161398|0.85",
                "checking account 874161398|0.85",
                "Checking acct# 874161398|0.85",
                "Checking no. 874161398|0.85",
                "checking_number=874161398|0.85",
                "Checking 874161398|0.85",
                "Checking (874161398)|0.85",
                "874161398 checking account|0.85",
                "Checking iCDP status for DSID 874161398|0.5",
                "checking the box for 874161398|0.5",
                "874161398 checking replicas|0.5",
                "Checking order 874161398|0.2"
            })
    void countsLabelWordsOnlyWrittenAsLabels(String line, double score) {
        int start = line.indexOf("874161398");
        assertThat(new ContextScorer(RULE).score(0.5, line, start, start + 9, null))
                .isEqualTo(score);
    }

    @ParameterizedTest
    @CsvSource({
        "account number, 0.85",
        "checking, 0.85",
        "bank account id, 0.2",
        "order account, 0.85",
        "account order, 0.2",
        "notes, 0.5"
    })
    void takesTheFieldNamesWordNearestTheValue(String name, double score) {
        assertThat(new ContextScorer(RULE).supports(name)).isEqualTo(score > 0.5);
        assertThat(new ContextScorer(RULE).score(0.5, "12345678", 0, 8, name)).isEqualTo(score);
    }

    private static double expected(String text, int start, int end) {
        List<Occurrence> words = new ArrayList<>();
        RULE.words().forEach(w -> words.add(new Occurrence(w, 1, false)));
        RULE.labelWords().forEach(w -> words.add(new Occurrence(w, 1, true)));
        RULE.negative().forEach(w -> words.add(new Occurrence(w, -1, false)));
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int from = Math.max(lineStart, start - RULE.before());
        int bestStart = -1;
        int bestEnd = -1;
        int label = 0;
        for (int i = from; i < start; i++) {
            for (Occurrence o : words) {
                int e = i + o.word().length();
                if (e <= start
                        && wordAt(text, i, o.word())
                        && (!o.labelOnly() || isLabel(text, e, start))
                        && (e > bestEnd || (e == bestEnd && i == bestStart && o.kind() > label))) {
                    bestStart = i;
                    bestEnd = e;
                    label = o.kind();
                }
            }
        }
        if (label == 0) {
            int nl = text.indexOf('\n', end);
            int to = Math.min(text.length(), end + RULE.after());
            to = nl >= 0 && nl < to ? nl : to;
            for (int i = end; i < to && label == 0; i++) {
                int bestLength = 0;
                for (Occurrence o : words) {
                    int length = o.word().length();
                    if (i + length <= to
                            && wordAt(text, i, o.word())
                            && (!o.labelOnly() || isLabel(text, i + length, -1))
                            && (length > bestLength || (length == bestLength && o.kind() > label))) {
                        bestLength = length;
                        label = o.kind();
                    }
                }
            }
        }
        return label > 0 ? Math.min(1.0, 0.5 + RULE.boost()) : label < 0 ? Math.max(0.0, 0.5 - RULE.penalty()) : 0.5;
    }

    private record Occurrence(String word, int kind, boolean labelOnly) {}

    /** Right before the candidate, or before a label mark or another positive word. */
    private static boolean isLabel(String text, int wordEnd, int candidateStart) {
        if (candidateStart >= wordEnd
                && text.substring(wordEnd, candidateStart).chars().noneMatch(Character::isLetterOrDigit)) {
            return true;
        }
        return LABEL_MARK.matcher(text).region(wordEnd, text.length()).lookingAt();
    }

    private static boolean wordAt(String s, int i, String w) {
        String quoted = w.chars()
                .mapToObj(c -> c == ' ' ? "[ _-]" : Pattern.quote(String.valueOf((char) c)))
                .reduce("", String::concat);
        return Pattern.compile(quoted, Pattern.CASE_INSENSITIVE)
                        .matcher(s)
                        .region(i, s.length())
                        .lookingAt()
                && (i == 0 || !Character.isLetter(s.charAt(i - 1)) || s.charAt(i - 1) > 127)
                && (i + w.length() == s.length()
                        || !Character.isLetter(s.charAt(i + w.length()))
                        || s.charAt(i + w.length()) > 127);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of(
                        "account",
                        "ACCOUNT",
                        "acct",
                        "bank account",
                        "Bank Account",
                        "bank_account",
                        "ss#",
                        "a",
                        "A",
                        "order",
                        "ord",
                        "account id",
                        "account-id",
                        "id",
                        "ID",
                        "accounts",
                        "xacct",
                        "orders",
                        "my account",
                        "my",
                        "checking",
                        "Checking",
                        "sav",
                        "no",
                        "number",
                        "12345678",
                        "\n",
                        " ",
                        " ",
                        ":",
                        "#",
                        "=",
                        ".",
                        "_",
                        "-",
                        "("),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6));
        return token.list().ofMinSize(1).ofMaxSize(30).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<int[]> spans() {
        return Arbitraries.integers()
                .between(0, 200)
                .array(int[].class)
                .ofSize(2)
                .map(a -> new int[] {a[0], 1 + a[1] % 12});
    }
}
