package io.piiscanner.core.scan;

import io.piiscanner.core.detect.ContextRule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorer takes the nearest label on the candidate's line: the word ending last before it,
 * else the word starting first after it, a positive word winning a tie. Checked against a plain
 * statement of that rule, word by word and position by position.
 */
class ContextScorerTest {

    private static final ContextRule RULE = ContextRule.boostedBy("account", "acct", "bank account", "ss#", "a")
            .penalizedBy("order", "ord", "account id", "id");

    @Property(tries = 3000)
    void takesTheNearestLabel(@ForAll("texts") String text, @ForAll("spans") int[] span) {
        int start = Math.min(span[0], text.length());
        int end = Math.min(text.length(), start + span[1]);
        assertThat(ContextScorer.score(RULE, 0.5, text, start, end, null))
                .as("'%s' [%d,%d)", text, start, end)
                .isEqualTo(expected(text, start, end));
    }

    @Test
    void examples() {
        assertThat(ContextScorer.score(RULE, 0.5, "order 42 account 12345678", 17, 25, null)).isEqualTo(0.85);
        assertThat(ContextScorer.score(RULE, 0.5, "account 42 order 12345678", 17, 25, null)).isEqualTo(0.2);
        assertThat(ContextScorer.score(RULE, 0.5, "account\n12345678 id", 8, 16, null)).isEqualTo(0.2);
        assertThat(ContextScorer.score(RULE, 0.5, "xaccount 12345678", 9, 17, null)).isEqualTo(0.5);
    }

    private static double expected(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int from = Math.max(lineStart, start - RULE.before());
        int bestEnd = -1;
        int label = 0;
        for (int i = from; i < start; i++) {
            for (String w : RULE.words()) {
                if (i + w.length() <= start && wordAt(text, i, w) && i + w.length() >= bestEnd) {
                    bestEnd = i + w.length();
                    label = 1;
                }
            }
            for (String w : RULE.negative()) {
                if (i + w.length() <= start && wordAt(text, i, w) && i + w.length() > bestEnd) {
                    bestEnd = i + w.length();
                    label = -1;
                }
            }
        }
        if (label == 0) {
            int nl = text.indexOf('\n', end);
            int to = Math.min(text.length(), end + RULE.after());
            to = nl >= 0 && nl < to ? nl : to;
            outer:
            for (int i = end; i < to; i++) {
                for (List<String> words : List.of(RULE.words(), RULE.negative())) {
                    for (String w : words) {
                        if (i + w.length() <= to && wordAt(text, i, w)) {
                            label = words == RULE.words() ? 1 : -1;
                            break outer;
                        }
                    }
                }
            }
        }
        return label > 0 ? Math.min(1.0, 0.5 + RULE.boost()) : label < 0 ? Math.max(0.0, 0.5 - RULE.penalty()) : 0.5;
    }

    private static boolean wordAt(String s, int i, String w) {
        return s.regionMatches(true, i, w, 0, w.length())
                && (i == 0 || !Character.isLetter(s.charAt(i - 1)) || s.charAt(i - 1) > 127)
                && (i + w.length() == s.length() || !Character.isLetter(s.charAt(i + w.length()))
                    || s.charAt(i + w.length()) > 127);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("account", "ACCOUNT", "acct", "bank account", "Bank Account", "ss#", "a", "A", "order",
                        "ord", "account id", "id", "ID", "accounts", "xacct", "orders", "12345678", "\n", " ", " ", ":",
                        "#", "_", "-"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6));
        return token.list().ofMinSize(1).ofMaxSize(30).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<int[]> spans() {
        return Arbitraries.integers().between(0, 200).array(int[].class).ofSize(2)
                .map(a -> new int[] {a[0], 1 + a[1] % 12});
    }
}
