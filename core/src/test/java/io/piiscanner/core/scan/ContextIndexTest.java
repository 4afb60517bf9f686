package io.piiscanner.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.ScanText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The context index lets the engine skip regions of gated detectors. It may keep too much, never
 * too little: wherever the scorer would find a context word, the index must say one is near.
 */
class ContextIndexTest {

    private static final ContextRule RULE = ContextRule.requiring(
                    "account", "acct", "bank account", "d.o.b", "dl", "café")
            .withLabelWords("checking");

    @Property(tries = 300)
    void neverHidesACandidateTheScorerWouldKeep(@ForAll("texts") String text, @ForAll("spans") int[] span) {
        int start = Math.min(span[0], text.length() - 1);
        int end = Math.min(text.length(), start + 1 + span[1]);
        ContextIndex index = new ContextIndex(new ContextIndex.Words(List.of(RULE)), ScanText.of(text));
        double score = new ContextScorer(RULE).score(0.4, text, start, end, null);
        if (score >= 0) {
            assertThat(index.near(0, start, end))
                    .as("'%s' [%d,%d)", text, start, end)
                    .isTrue();
        }
    }

    @Test
    void findsWholeWordsOnlyAndCaseInsensitively() {
        String text = "ACCOUNT 12345678 accounts 87654321 Bank Account: 11112222 xacct 3";
        ContextIndex index = new ContextIndex(new ContextIndex.Words(List.of(RULE)), ScanText.of(text));
        assertThat(index.near(0, 8, 16)).isTrue();
        assertThat(index.near(0, 200, 210)).isFalse();
        String far = "accounts and xacct are not the word " + "x".repeat(60) + " 12345678";
        ContextIndex none = new ContextIndex(new ContextIndex.Words(List.of(RULE)), ScanText.of(far));
        assertThat(none.near(0, far.length() - 8, far.length())).isFalse();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of(
                        "account",
                        "Account",
                        "ACCT",
                        "accounts",
                        "xacct",
                        "bank",
                        "bank account",
                        "d.o.b",
                        "D.O.B.",
                        "d-o-b",
                        "the",
                        "of",
                        "\n",
                        ":",
                        "-",
                        "_acct_",
                        "DL",
                        "dl#",
                        "Dlx",
                        "CAFÉ",
                        "café",
                        "caf",
                        "acc\u00e9",
                        "ba",
                        "checking",
                        "Checking:",
                        "bank_account",
                        "Bank-Account",
                        "no"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
        return token.list().ofMinSize(1).ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<int[]> spans() {
        return Arbitraries.integers()
                .between(0, 400)
                .array(int[].class)
                .ofSize(2)
                .map(a -> new int[] {a[0], a[1] % 20});
    }
}
