package io.piiscanner.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The tokens, leads and word starts of the classifying pass agree with the plain definitions they stand for. */
class TokenizerTest {

    @Property(tries = 1000)
    void tokensStartWhereALetterDigitOrMarkFollowsNeitherLetterNorDigit(@ForAll("texts") String text) {
        Tokens tokens = ScanText.of(text).tokens();
        List<Integer> starts = new ArrayList<>();
        for (int k = 0; k < tokens.count(); k++) {
            starts.add(tokens.starts()[k]);
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            boolean afterAlnum = i > 0 && CharClass.ALNUM.contains(text.charAt(i - 1));
            if (CharClass.TOKEN_START.contains(text.charAt(i)) && !afterAlnum) {
                expected.add(i);
            }
        }
        assertThat(starts).as("«%s»", text).isEqualTo(expected);
        // Token lists are searched with lowerBound, from any earlier index: it finds the first start at or after pos.
        for (int pos = 0; pos <= text.length(); pos++) {
            int k = Tokens.lowerBound(tokens.starts(), tokens.count(), 0, pos);
            assertThat(k == tokens.count() || tokens.starts()[k] >= pos).isTrue();
            assertThat(k == 0 || tokens.starts()[k - 1] < pos).isTrue();
            for (int from = 0; from <= k; from++) {
                assertThat(Tokens.lowerBound(tokens.starts(), tokens.count(), from, pos))
                        .isEqualTo(k);
            }
        }
    }

    @Property(tries = 1000)
    void leadsDescribeEachTokensFirstRun(@ForAll("longTexts") String text) {
        Tokens tokens = ScanText.of(text).tokens();
        byte[] leads = tokens.leads();
        for (int k = 0; k < tokens.count(); k++) {
            int i = tokens.starts()[k];
            int expected = 0;
            if (CharClass.ALNUM.contains(text.charAt(i))) {
                CharClass run = CharClass.DIGIT.contains(text.charAt(i)) ? CharClass.DIGIT : CharClass.LETTER;
                int firstEnd = i;
                while (firstEnd < text.length() && run.contains(text.charAt(firstEnd))) {
                    firstEnd++;
                }
                boolean more = firstEnd < text.length() && CharClass.ALNUM.contains(text.charAt(firstEnd));
                expected = Math.min(Leads.MAX_LEAD, firstEnd - i)
                        + (run == CharClass.LETTER ? Leads.LETTER_RUN : 0)
                        + (more ? Leads.MORE : 0);
            }
            assertThat(leads[k] & 0xff).as("token %d at %d of «%s»", k, i, text).isEqualTo(expected);
        }
    }

    @Property(tries = 1000)
    void wordStartsAreWhereRunsOfLettersStart(@ForAll("longTexts") String text) {
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (CharClass.LETTER.contains(text.charAt(i))
                    && (i == 0 || !CharClass.LETTER.contains(text.charAt(i - 1)))) {
                expected.add(i);
            }
        }
        Tokens tokens = ScanText.of(text).tokens();
        List<Integer> starts = new ArrayList<>();
        for (int k = 0; k < tokens.wordCount(); k++) {
            starts.add(tokens.wordStart(k));
        }
        assertThat(starts).as("«%s»", text).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> texts() {
        return DetectorTexts.classMixes();
    }

    @Provide
    Arbitrary<String> longTexts() {
        return DetectorTexts.longClassMixes();
    }
}
