package io.piiscanner.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The window's one-pass indexes agree with the plain definitions they stand for. */
class ScanTextTest {

    @Property(tries = 1000)
    void runGatesAreTheMaximalRunsWithinBounds(
            @ForAll("texts") String text,
            @ForAll("classes") CharClass cls,
            @ForAll @IntRange(min = 1, max = 12) int min,
            @ForAll @IntRange(min = 0, max = 20) int extra) {
        int[] regions = ScanText.of(text).regions(Gate.runs(cls, min, min + extra));
        List<Integer> expected = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!cls.contains(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && cls.contains(text.charAt(i))) {
                i++;
            }
            if (i - start >= min && i - start <= min + extra) {
                expected.add(start);
                expected.add(i);
            }
        }
        assertThat(regions)
                .as("«%s»", text)
                .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }

    @Property(tries = 1000)
    void runsHoldingAreTheRunGatesWithARequiredCharacter(
            @ForAll("texts") String text,
            @ForAll @IntRange(min = 1, max = 12) int min,
            @ForAll @IntRange(min = 0, max = 20) int extra) {
        CharClass required = CharClass.of(".:");
        int[] all = ScanText.of(text).regions(Gate.runs(CharClass.IP_LITERAL, min, min + extra));
        List<Integer> expected = new ArrayList<>();
        for (int r = 0; r < all.length; r += 2) {
            if (text.substring(all[r], all[r + 1]).chars().anyMatch(c -> required.contains((char) c))) {
                expected.add(all[r]);
                expected.add(all[r + 1]);
            }
        }
        int[] regions = ScanText.of(text).regions(Gate.runsHolding(CharClass.IP_LITERAL, required, min, min + extra));
        assertThat(regions)
                .as("«%s»", text)
                .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }

    @Property(tries = 1000)
    void digitGatesAreClustersOfDigitRunsJoinedByShortGaps(
            @ForAll("texts") String text,
            @ForAll @IntRange(min = 1, max = 14) int minDigits,
            @ForAll @IntRange(min = 0, max = 5) int before,
            @ForAll @IntRange(min = 0, max = 5) int after) {
        // Clusters: maximal digit runs, chained while one to three of " \t-./(),+" separate them.
        List<int[]> clusters = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
            int[] last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null
                    && start - last[1] <= 3
                    && text.substring(last[1], start).chars().allMatch(c -> " \t-./(),+".indexOf(c) >= 0)) {
                last[1] = i;
                last[2] += i - start;
            } else {
                clusters.add(new int[] {start, i, i - start});
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int[] c : clusters) {
            if (c[2] < minDigits) {
                continue;
            }
            int from = Math.max(0, c[0] - before);
            int to = Math.min(text.length(), c[1] + after);
            if (!expected.isEmpty() && from <= expected.get(expected.size() - 1)) {
                expected.set(expected.size() - 1, Math.max(to, expected.get(expected.size() - 1)));
            } else {
                expected.add(from);
                expected.add(to);
            }
        }
        int[] regions = ScanText.of(text).regions(Gate.digits(minDigits, before, after));
        assertThat(regions)
                .as("«%s»", text)
                .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }

    @Property(tries = 1000)
    void tokensStartWhereALetterDigitOrMarkFollowsNeitherLetterNorDigit(@ForAll("texts") String text) {
        ScanText st = ScanText.of(text);
        List<Integer> starts = new ArrayList<>();
        for (int k = 0; k < st.tokenCount(); k++) {
            starts.add(st.tokenStart(k));
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
            int k = ScanText.lowerBound(st.tokenStarts(), st.tokenCount(), 0, pos);
            assertThat(k == st.tokenCount() || st.tokenStart(k) >= pos).isTrue();
            assertThat(k == 0 || st.tokenStart(k - 1) < pos).isTrue();
            for (int from = 0; from <= k; from++) {
                assertThat(ScanText.lowerBound(st.tokenStarts(), st.tokenCount(), from, pos))
                        .isEqualTo(k);
            }
        }
    }

    @Property(tries = 1000)
    void leadsDescribeEachTokensFirstRun(@ForAll("longTexts") String text) {
        ScanText st = ScanText.of(text);
        byte[] leads = st.tokenLeads();
        for (int k = 0; k < st.tokenCount(); k++) {
            int i = st.tokenStart(k);
            int expected = 0;
            if (CharClass.ALNUM.contains(text.charAt(i))) {
                CharClass run = CharClass.DIGIT.contains(text.charAt(i)) ? CharClass.DIGIT : CharClass.LETTER;
                int firstEnd = i;
                while (firstEnd < text.length() && run.contains(text.charAt(firstEnd))) {
                    firstEnd++;
                }
                boolean more = firstEnd < text.length() && CharClass.ALNUM.contains(text.charAt(firstEnd));
                expected = Math.min(ScanText.MAX_LEAD, firstEnd - i)
                        + (run == CharClass.LETTER ? ScanText.LETTER_RUN : 0)
                        + (more ? ScanText.MORE : 0);
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
        ScanText st = ScanText.of(text);
        List<Integer> starts = new ArrayList<>();
        for (int k = 0; k < st.wordStartCount(); k++) {
            starts.add(st.wordStart(k));
        }
        assertThat(starts).as("«%s»", text).isEqualTo(expected);
    }

    @Test
    void findsAFortyCharacterKeyAmongShortWords() {
        String key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        String text = "secret is " + key + ", the rest is words 12/34 a+b";
        assertThat(ScanText.of(text).regions(Gate.runs(CharClass.BASE64, 40, 40)))
                .containsExactly(10, 50);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aZ0123456789f:./+_- (),\tx\n").ofMaxLength(120);
    }

    /** Longer than a 64-byte word of the classifying pass, with runs longer than a lead tells apart. */
    @Provide
    Arbitrary<String> longTexts() {
        Arbitrary<String> run = Arbitraries.oneOf(
                texts(), Arbitraries.strings().withChars("7q").ofMinLength(60).ofMaxLength(70));
        return run.list().ofMaxSize(4).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<CharClass> classes() {
        return Arbitraries.of(CharClass.ALNUM, CharClass.BASE64, CharClass.IP_LITERAL, CharClass.DIGIT);
    }
}
