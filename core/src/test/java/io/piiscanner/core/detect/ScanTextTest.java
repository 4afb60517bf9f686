package io.piiscanner.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
        int[] regions = ScanText.of(text).regions(Gate.runsHolding(CharClass.IP_LITERAL, required, min, min + extra));
        assertThat(regions)
                .as("«%s»", text)
                .containsExactly(kept(text, all, run -> run.chars().anyMatch(c -> required.contains((char) c))));
    }

    @Property(tries = 1000)
    void narrowedGatesAreTheRegionsOfTheirGateThatPassTheirTest(
            @ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 4) int dots) {
        Gate runs = Gate.runs(CharClass.IP_LITERAL, 1, 100);
        Gate narrowed = runs.narrowedTo((s, start, end) -> count(s, start, end, '.') >= dots);
        ScanText window = ScanText.of(text);
        // The narrowed gate first: its regions are computed from those of the gate it narrows.
        int[] regions = window.regions(narrowed);
        int[] all = window.regions(runs);
        assertThat(all).containsExactly(ScanText.of(text).regions(runs));
        assertThat(regions)
                .as("«%s»", text)
                .containsExactly(kept(text, all, run -> count(run, 0, run.length(), '.') >= dots));
    }

    @Test
    void aFilteredViewFiltersTheNarrowedRegionsAndKeepsTheWindowsOwn() {
        String text = "a 1.2.3.4 b 5.6 c 7.8.9.10";
        Gate narrowed = Gate.runs(CharClass.IP_LITERAL, 1, 100).narrowedTo((s, start, end) -> end - start >= 7);
        ScanText window = ScanText.of(text);
        int[] firstOnly = window.filtered((start, end) -> start < 10).regions(narrowed);

        assertThat(firstOnly).containsExactly(2, 9);
        assertThat(window.regions(narrowed)).containsExactly(2, 9, 18, 26);
    }

    /** The regions of {@code all} whose text passes {@code keep}. */
    private static int[] kept(String text, int[] all, Predicate<String> keep) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < all.length; r += 2) {
            if (keep.test(text.substring(all[r], all[r + 1]))) {
                out.add(all[r]);
                out.add(all[r + 1]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int count(CharSequence s, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
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
