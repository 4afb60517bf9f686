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

/** The window's gate regions agree with the plain definitions they stand for. */
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

    @Test
    void findsAFortyCharacterKeyAmongShortWords() {
        String key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        String text = "secret is " + key + ", the rest is words 12/34 a+b";
        assertThat(ScanText.of(text).regions(Gate.runs(CharClass.BASE64, 40, 40)))
                .containsExactly(10, 50);
    }

    @Provide
    Arbitrary<String> texts() {
        return DetectorTexts.classMixes();
    }

    @Provide
    Arbitrary<CharClass> classes() {
        return Arbitraries.of(CharClass.ALNUM, CharClass.BASE64, CharClass.IP_LITERAL, CharClass.DIGIT);
    }
}
