package io.piiscanner.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.DerivedStart;
import io.piiscanner.core.detect.ScanText;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A custom detector's fast path, derived from its pattern as a declared pattern's is
 * ({@link DerivedStart}), only saves work: started only on the characters, and the tokens, its
 * pattern can start a match on, it finds exactly what a plain {@code find()} finds. Windows are
 * ISO-8859-1, as the engine reads bytes.
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

    @Property(tries = 3000)
    void theDerivedFastPathFindsWhatPlainFindFinds(
            @ForAll("patterns") String source, @ForAll boolean ignoreCase, @ForAll("texts") String text) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(source, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        } catch (PatternSyntaxException e) {
            Assume.that(false);
            return;
        }
        List<String> fast = new ArrayList<>();
        detector(source, ignoreCase).find(ScanText.of(text), c -> fast.add(c.start() + ".." + c.end()));
        assertThat(fast).as("%s over «%s»", source, text).isEqualTo(plainFind(pattern, text));
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
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            if (m.end() > m.start()) {
                out.add(m.start() + ".." + m.end());
            }
            from = m.end() > m.start() ? m.end() : m.start() + 1;
        }
        return out;
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
                .withChars("aAbkKsS9 0-._+x\n\u00b5\u00ff\u00e9\u00c9LCEUR$:(/")
                .ofMaxLength(40);
    }
}
