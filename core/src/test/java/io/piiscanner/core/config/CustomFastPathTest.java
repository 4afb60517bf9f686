package io.piiscanner.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.piiscanner.core.detect.CharClass;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.DerivedStart;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.ScanText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A custom detector's fast path, derived from its pattern as a declared pattern's is
 * ({@link DerivedStart}), only saves work: started only on the characters, and the tokens, its
 * pattern can start a match on, and only inside the regions of the gate it provably matches in,
 * it finds exactly what a plain {@code find()} finds. Windows are ISO-8859-1, as the engine reads
 * bytes.
 */
class CustomFastPathTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ' ',
            value = {
                "EMP-\\d{6} false [E]",
                "\\b[A-Z]{2}\\d{6}\\b false '[ABCDEFGHIJKLMNOPQRSTUVWXYZ] not after \\w on tokens'",
                "\\b[A-Z]{2,3}-?\\d{5,8}\\b false '[ABCDEFGHIJKLMNOPQRSTUVWXYZ] not after \\w on tokens'",
                "\\b(?:ab|\\d)|\\bc false '[0123456789ac] not after \\w on tokens'",
                "(?i)\\bref[-_]?\\d+ false '[Rr] not after \\w on tokens'",
                "\\b-\\d false [-]",
                "\\bab|cd false [ac]",
                "(?:ACCT|acct)-\\d+ false [Aa]",
                "\\d{3}|[a-c]x false [0123456789abc]",
                "^(\\+|00)\\d+ false [+0]",
                "a?b false [ab]",
                "(ab)?c false [ac]",
                "'(?:EUR |\\$)\\d+' false [$E]",
                "emp-\\d{6} true [Ee]",
                "(?i)emp-\\d{6} false [Ee]",
                "(?i)\u00e9t\u00e9 false [\u00c9\u00e9]",
            })
    void isDerivedFromThePatternsLeadingAtoms(String pattern, boolean ignoreCase, String expected) {
        assertThat(DerivedStart.ofRe2(pattern, ignoreCase)).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "x*",
                "(a|)b",
                "\\pLx",
                "a(?i)b|c",
                "(?i:a)b",
                "\\Qab\\E",
                "[[:alpha:]]x",
                "\\x41",
                "\\u00e9",
                "\\bx?y"
            })
    void startsAnywhereWhereItWouldBeAGuess(String pattern) {
        assertThat(DerivedStart.ofRe2(pattern, false).restricts()).as(pattern).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ' ',
            value = {
                "EMP-\\d{6} true",
                "(?i)emp-\\d{6} true",
                "(?:ab|cd)\\b true",
                "\\b[A-Z]{2}\\d{6} true",
                "\\bab|cd false",
                "\\b-\\d false",
                "^\\d+ false",
                "x|\\Bk false",
                "(?:\\bx|y)z false"
            })
    void isTriedAnchoredOnlyWhereNoMatchLooksBeforeItsStart(String pattern, boolean anchorable) {
        assertThat(DerivedStart.ofRe2(pattern, false).anchorable()).as(pattern).isEqualTo(anchorable);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\b[A-Z]{2}\\d{2}", "\\b(?:AB|\\d)\\d|\\bx"})
    void aMatchAfterABoundaryStartsOnlyAfterANonWordCharacter(String source) {
        String text = "xAB12 AB12_AB12-AB12 x12 7x";
        List<String> fast = new ArrayList<>();
        detector(source, false).find(ScanText.of(text), c -> fast.add(c.start() + ".." + c.end()));
        assertThat(fast).isNotEmpty().isEqualTo(plainFind(Pattern.compile(source), text));
    }

    /**
     * Over long runs of digits every start begins a long partial match: the anchored tries leave
     * the rest to {@code find()} when one reads to the end of its view ({@code \\d+x} before a
     * match longer than the view) or when they have read too much ({@code \\d{1,1000}x}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"\\d+x", "\\d{1,1000}x", "[0-9]\\d*y|\\dx"})
    void longTriesEndInFindingWhatPlainFindFinds(String source) {
        String text = "7x 12x " + "1234567890".repeat(300) + "x 45x 1x " + "9".repeat(20_000) + " 3x";
        List<String> fast = new ArrayList<>();
        detector(source, false).find(ScanText.of(text), c -> fast.add(c.start() + ".." + c.end()));
        assertThat(fast).isEqualTo(plainFind(Pattern.compile(source), text));
    }

    static Stream<Arguments> gatedPatterns() {
        return Stream.of(
                Arguments.of("LC\\d{10}", false, Gate.digits(10, 2, 0)),
                Arguments.of("\\b[A-Z]{2,3}-?\\d{5,8}\\b", false, Gate.digits(5, 4, 0)),
                Arguments.of("emp[-_]?\\d{4,6}", true, Gate.digits(4, 4, 0)),
                Arguments.of("(?:\\$|EUR |USD )\\d+\\.\\d\\d", false, Gate.digits(3, 4, 0)),
                Arguments.of("(?i)\\b(?:ticket|case|inc)[-#_ ]?\\d{5,7}\\b", false, Gate.digits(5, 7, 0)),
                Arguments.of("\\(\\d{3}\\) \\d{3}-\\d{4}", false, Gate.digits(10, 1, 0)),
                Arguments.of("\\d{2}(?:[ .]{1,3}\\d{2}){2}", false, Gate.digits(6, 0, 0)),
                Arguments.of("\\d{4}[A-Z]{2}|[A-Z]\\d{5}", false, Gate.digits(4, 1, 2)),
                Arguments.of("\\b\\d{9}\\b", false, Gate.runs(CharClass.DIGIT, 9, 9)),
                Arguments.of("\\b[A-Z]{2}\\d{6}\\b", false, Gate.runs(CharClass.ALNUM, 8, 8)),
                Arguments.of("(?i)\\bid_[a-z]{4,6}\\b", false, Gate.runs(CharClass.WORD, 7, 9)));
    }

    @ParameterizedTest
    @MethodSource("gatedPatterns")
    void aPatternWhoseMatchesProvablyLieInRegionsRunsOnlyInThem(String source, boolean ignoreCase, Gate gate) {
        assertThat(DerivedStart.ofRe2(source, ignoreCase).gate()).isEqualTo(gate);
    }

    /**
     * Not gated: matches without a digit, digits a cluster does not join (a letter, an underscore
     * or four spaces between them), unbounded or unread parts before or after the digits.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "[^\\s\"]{6,12}\"",
                "\\d{5}|x",
                "\\d{3}x\\d{3}",
                "\\d{3}_\\d{3}",
                "\\d{3} {4}\\d{3}",
                "[a-z]+\\d{5}",
                "\\d{5}[a-z]*",
                "\\d{5}\\pL",
                "\\w+\\d"
            })
    void aPatternNotProvedToLieInRegionsRunsEverywhere(String source) {
        assertThat(DerivedStart.ofRe2(source, false).gate()).as(source).isEqualTo(Gate.ANYWHERE);
    }

    @Property(tries = 3000)
    void theDerivedFastPathFindsWhatPlainFindFinds(
            @ForAll("patterns") String source, @ForAll boolean ignoreCase, @ForAll("texts") String text) {
        Pattern pattern = compiledOrSkipped(source, ignoreCase);
        List<String> fast = new ArrayList<>();
        detector(source, ignoreCase).find(ScanText.of(text), c -> fast.add(c.start() + ".." + c.end()));
        assertThat(fast).as("%s over «%s»", source, text).isEqualTo(plainFind(pattern, text));
    }

    /**
     * Patterns made of digits, separators and the characters around them, with texts where their
     * matches lie at the edges of the gate's regions, in a window scanned in part: every match of a
     * plain {@code find()} lies in a region, and the fast path finds exactly those matches.
     */
    @Property(tries = 4000)
    void aGatedPatternFindsWhatPlainFindFindsAroundItsRegions(
            @ForAll("gateablePatterns") String source,
            @ForAll boolean ignoreCase,
            @ForAll("clusterTexts") String text,
            @ForAll("scanStarts") double from,
            @ForAll("scanEnds") double to) {
        Pattern pattern = compiledOrSkipped(source, ignoreCase);
        int scanStart = (int) (Math.min(from, to) * text.length());
        int scanEnd = (int) Math.ceil(Math.max(from, to) * text.length());
        ScanText window = new ScanText(text, scanStart, scanEnd);
        DerivedStart start = DerivedStart.ofRe2(source, ignoreCase);
        Statistics.label("gate").collect(start.gate().getClass().getSimpleName());
        List<String> plain = plainFind(pattern, text, scanStart, scanEnd);
        int[] regions = window.regions(start.gate());
        for (String match : plain) {
            assertThat(inRegion(match, regions))
                    .as("%s over «%s»: %s in a region", source, text, match)
                    .isTrue();
        }
        List<String> fast = new ArrayList<>();
        detector(source, ignoreCase).find(window, c -> fast.add(c.start() + ".." + c.end()));
        assertThat(fast)
                .as("%s over «%s» [%d, %d)", source, text, scanStart, scanEnd)
                .isEqualTo(plain);
        Statistics.label("matches").collect(plain.isEmpty() ? "none" : "some");
        Statistics.label("gate").coverage(c -> {
            c.check("Digits").percentage(p -> p > 30);
            c.check("Runs").percentage(p -> p > 5);
        });
        Statistics.label("matches").coverage(c -> c.check("some").percentage(p -> p > 20));
    }

    /** The pattern as a detector compiles it; the try is skipped when RE2 refuses it. */
    private static Pattern compiledOrSkipped(String source, boolean ignoreCase) {
        try {
            return Pattern.compile(source, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        } catch (PatternSyntaxException e) {
            Assume.that(false);
            throw e;
        }
    }

    private static boolean inRegion(String match, int[] regions) {
        int start = Integer.parseInt(match.substring(0, match.indexOf('.')));
        int end = Integer.parseInt(match.substring(match.lastIndexOf('.') + 1));
        for (int r = 0; r < regions.length; r += 2) {
            if (regions[r] <= start && end <= regions[r + 1]) {
                return true;
            }
        }
        return false;
    }

    private static PatternDetector detector(String source, boolean ignoreCase) {
        Pattern pattern = Pattern.compile(source, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        return new PatternDetector(
                "custom",
                "CUSTOM",
                pattern,
                DerivedStart.ofRe2(source, ignoreCase),
                0.6,
                v -> true,
                ContextRule.NONE,
                4);
    }

    /** Every non-empty match of {@code find()}, left to right, each search going on after the last match. */
    private static List<String> plainFind(Pattern pattern, String text) {
        return plainFind(pattern, text, 0, text.length());
    }

    /** As {@link #plainFind(Pattern, String)}, from {@code scanStart}, for matches starting before {@code scanEnd}. */
    private static List<String> plainFind(Pattern pattern, String text, int scanStart, int scanEnd) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int from = scanStart;
        while (from < scanEnd && m.find(from) && m.start() < scanEnd) {
            if (m.end() > m.start()) {
                out.add(m.start() + ".." + m.end());
            }
            from = m.end() > m.start() ? m.end() : m.start() + 1;
        }
        return out;
    }

    /**
     * Patterns a gate is mostly derived for: characters before, digits joined by separators,
     * characters after, sometimes bounded by {@code \\b} on both sides, or two such alternatives.
     */
    @Provide
    Arbitrary<String> gateablePatterns() {
        Arbitrary<String> before = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.just("[a-z]+")),
                Tuple.of(
                        10,
                        Arbitraries.of(
                                "\\b", "LC", "[A-Z]{1,2}", "(?:EUR |\\$)", "ab?", "\\(", "[-+]?", "#", "x{0,3}", "^")));
        Arbitrary<String> digits = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.of("\\d", "\\d{2,3}", "\\d+", "[0-9]{1,2}", "9", "\\d[\\d.]")),
                Tuple.of(1, Arbitraries.just("\\d?")));
        Arbitrary<String> separator = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.of("", "", "", "-", "[-. ]?", " ", "\\.", "(?:-|/)", " {1,3}", "[.,]{0,2}")),
                Tuple.of(2, Arbitraries.of("_", "\\s", "x?", " {4}", " {2,4}", "[ .]{3,4}")));
        Arbitrary<String> after =
                Arbitraries.of("", "", "", "\\b", "[a-z]?", "[A-Z]{2}", "x", "$", "\\)", " ?[ab]{0,2}");
        Arbitrary<String> group = Combinators.combine(digits, separator, digits)
                .as((x, sep, y) -> x + sep + y)
                .list()
                .ofMinSize(1)
                .ofMaxSize(2)
                .map(list -> String.join("", list));
        Arbitrary<String> repeated = Arbitraries.frequencyOf(
                Tuple.of(4, group),
                Tuple.of(
                        1,
                        Combinators.combine(group, Arbitraries.of("{2}", "{1,3}", "+", "+", "*"))
                                .as((g, q) -> "(?:" + g + ")" + q)));
        Arbitrary<String> digitPattern =
                Combinators.combine(before, repeated, after).as((b, d, a) -> b + d + a);
        Arbitrary<String> runPattern = Combinators.combine(
                        Arbitraries.of("\\d", "[a-z]", "[A-Z0-9]", "\\w", "[a-z_]", "[k9]"),
                        Arbitraries.of("{2}", "{1,3}", "+", "{2,}"))
                .as((c, q) -> "\\b" + c + q + "\\b");
        Arbitrary<String> one = Arbitraries.frequencyOf(Tuple.of(4, digitPattern), Tuple.of(1, runPattern));
        return Combinators.combine(one, Arbitraries.of("", "", "", "", "", "|"), one)
                .as((x, bar, y) -> x + bar + (bar.isEmpty() ? "" : y));
    }

    /** Digit groups, separators a cluster joins over and characters it does not, in any order. */
    @Provide
    Arbitrary<String> clusterTexts() {
        Arbitrary<String> digits = Arbitraries.of("12", "345", "9", "0", "2024", "78", "1");
        Arbitrary<String> separators = Arbitraries.of(" ", "-", ".", "  ", "/", ",", "+", "(", ")", "\t");
        Arbitrary<String> others =
                Arbitraries.of("x", "LC", "ab", "EUR ", "$", "_", "AB", "k", "\n", "\u000b", "z9", "    ", "#");
        return Arbitraries.frequencyOf(Tuple.of(5, digits), Tuple.of(3, separators), Tuple.of(3, others))
                .list()
                .ofMinSize(4)
                .ofMaxSize(40)
                .map(list -> String.join("", list));
    }

    /** Where the scanned range starts, as a fraction of the text: mostly at its start. */
    @Provide
    Arbitrary<Double> scanStarts() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0.0)),
                Tuple.of(1, Arbitraries.doubles().between(0, 1)));
    }

    /** Where the scanned range ends, as a fraction of the text: mostly at its end. */
    @Provide
    Arbitrary<Double> scanEnds() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(1.0)),
                Tuple.of(1, Arbitraries.doubles().between(0, 1)));
    }

    @Provide
    Arbitrary<String> patterns() {
        Arbitrary<String> atom = Arbitraries.of(
                "a",
                "A",
                "k",
                "s",
                "9",
                "-",
                "\\.",
                "\\+",
                "\\d",
                "\\w",
                "\\s",
                ".",
                "[a-c]",
                "[A-Z0-9]",
                "[^a]",
                "[]a]",
                "[k-m]",
                "\\x{212A}",
                "\u017f",
                "[A-Z]{2,3}",
                "LC",
                "[-_]?",
                "\\d{2,4}",
                "(?:EUR |\\$)",
                "_",
                "\u00e9",
                "[\u00e0-\u00ff]",
                "\\b",
                "\\B",
                "^",
                "$",
                "\\pL",
                "[[:digit:]]",
                "\\Qk.\\E");
        Arbitrary<String> quantifier = Arbitraries.of("", "", "", "?", "*", "+", "{0,2}", "{2}", "{1,3}", "??");
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(6, atom),
                Tuple.of(1, Arbitraries.lazy(this::alternation).map(a -> "(?:" + a + ")")),
                Tuple.of(1, Arbitraries.lazy(this::alternation).map(a -> "(" + a + ")")));
        Arbitrary<String> sequence = Combinators.combine(piece, quantifier)
                .as(String::concat)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(list -> String.join("", list));
        return Combinators.combine(
                        Arbitraries.of("", "", "", "(?i)", "(?s)", "a(?i)", "\\b", "\\b", "(?i)\\b", "^"),
                        sequence,
                        Arbitraries.of("", "", "|", "|k", "|\\b"),
                        sequence)
                .as((flags, x, bar, y) -> flags + x + bar + (bar.isEmpty() ? "" : y));
    }

    Arbitrary<String> alternation() {
        Arbitrary<String> atom =
                Arbitraries.of("a", "K", "\\d", "[b-d]", "s?", "", "\\bx", "\u212a", "AB", "\\d\\b", "\\$");
        return atom.list().ofMinSize(1).ofMaxSize(3).map(list -> String.join("|", list));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withChars("aAbkKsS9 0-._+x\n\u000b\u00b5\u00ff\u00e9\u00c9LCEUR$:(/")
                .ofMaxLength(40);
    }
}
