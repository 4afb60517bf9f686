package io.piiscanner.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link OverlappingGlyphs} gives PDFBox's answers: every glyph of a page is shown or dropped as
 * {@code PDFTextStripper.processTextPosition} (PDFBox 3.0) decides, with its sorted maps, whatever
 * the positions and tolerances, infinite, undefined and signed zeros included.
 */
class OverlappingGlyphsTest {

    record Glyph(String text, float x, float y, float tolerance) {}

    @Property(tries = 3000)
    void showsWhatPdfBoxShows(@ForAll("pages") List<Glyph> page) {
        OverlappingGlyphs glyphs = new OverlappingGlyphs();
        PdfBoxRule pdfBox = new PdfBoxRule();
        for (Glyph g : page) {
            assertThat(glyphs.show(g.text(), g.x(), g.y(), g.tolerance()))
                    .as("%s", g)
                    .isEqualTo(pdfBox.show(g.text(), g.x(), g.y(), g.tolerance()));
        }
    }

    @Test
    void aGlyphDrawnAgainBesideItselfIsDroppedUntilThePageEnds() {
        OverlappingGlyphs glyphs = new OverlappingGlyphs();
        assertThat(glyphs.show("5", 100f, 700f, 2f)).isTrue();
        assertThat(glyphs.show("5", 101.5f, 700.5f, 2f)).isFalse();
        assertThat(glyphs.show("6", 101.5f, 700.5f, 2f)).isTrue();
        assertThat(glyphs.show("5", 98f, 700f, 2f))
                .as("the end of its range is outside it")
                .isTrue();
        glyphs.clear();
        assertThat(glyphs.show("5", 101.5f, 700.5f, 2f)).isTrue();
    }

    @Test
    void aPageOfThousandsOfGlyphsGivesPdfBoxsAnswers() {
        OverlappingGlyphs glyphs = new OverlappingGlyphs();
        PdfBoxRule pdfBox = new PdfBoxRule();
        for (int i = 0; i < 20_000; i++) {
            String text = String.valueOf((char) ('a' + i % 7));
            int column = i % 90;
            int row = i / 90;
            float x = 50 + column * 6.1f;
            float y = 740 - row * 3.3f;
            assertThat(glyphs.show(text, x, y, 2f)).isEqualTo(pdfBox.show(text, x, y, 2f));
        }
    }

    @Test
    void glyphsPiledInOneSpotStopTheRuleForTheRestOfThePage() {
        // Each glyph a ten-thousandth of a point from the last, all in one cell: each would look
        // at every glyph before it.
        OverlappingGlyphs glyphs = new OverlappingGlyphs();
        for (int i = 0; i < 2 * OverlappingGlyphs.LOOKS_PER_GLYPH + 10; i++) {
            assertThat(glyphs.show("a", 100 + i * 1e-4f, 700f, 1e-5f)).isTrue();
        }
        assertThat(glyphs.show("a", 100f, 700f, 1f)).as("drawn over the first").isTrue();
        glyphs.clear();
        assertThat(glyphs.show("a", 100f, 700f, 1f)).isTrue();
        assertThat(glyphs.show("a", 100f, 700f, 1f))
                .as("the next page has the rule again")
                .isFalse();
    }

    @Provide
    Arbitrary<List<Glyph>> pages() {
        Arbitrary<Float> position = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 60).map(i -> i * 1.5f),
                Arbitraries.floats().between(-1e3f, 1e3f),
                Arbitraries.of(
                        0f,
                        -0f,
                        8f,
                        -8f,
                        7.999999f,
                        Float.NaN,
                        Float.POSITIVE_INFINITY,
                        Float.NEGATIVE_INFINITY,
                        Float.MAX_VALUE,
                        -Float.MAX_VALUE,
                        3e9f * 8,
                        -3e9f * 8));
        Arbitrary<Float> tolerance = Arbitraries.oneOf(
                Arbitraries.floats().between(0f, 5f),
                Arbitraries.floats().between(0f, 1e4f),
                Arbitraries.of(0f, 1.5f, 8f, Float.NaN, Float.POSITIVE_INFINITY, Float.MAX_VALUE));
        Arbitrary<String> text = Arbitraries.of("a", "b", "", "fi");
        return Combinators.combine(text, position, position, tolerance)
                .as(Glyph::new)
                .list()
                .ofMaxSize(120);
    }

    /**
     * PDFBox 3.0's rule as {@code PDFTextStripper.processTextPosition} writes it, but for one case:
     * a range whose start sorts after its end (an infinite tolerance at an infinite position) makes
     * the sorted map throw, which fails the document; here, as in {@link OverlappingGlyphs}, it
     * holds no glyph.
     */
    private static final class PdfBoxRule {

        private final Map<String, TreeMap<Float, TreeSet<Float>>> characterListMapping = new HashMap<>();

        boolean show(String textCharacter, float textX, float textY, float tolerance) {
            TreeMap<Float, TreeSet<Float>> sameTextCharacters =
                    characterListMapping.computeIfAbsent(textCharacter, k -> new TreeMap<>());
            for (TreeSet<Float> xMatch : range(sameTextCharacters, textX - tolerance, textX + tolerance)) {
                if (!range(xMatch, textY - tolerance, textY + tolerance).isEmpty()) {
                    return false;
                }
            }
            sameTextCharacters.computeIfAbsent(textX, k -> new TreeSet<>()).add(textY);
            return true;
        }

        private static <V> Collection<V> range(SortedMap<Float, V> map, float from, float to) {
            return Float.compare(from, to) > 0
                    ? List.of()
                    : map.subMap(from, to).values();
        }

        private static SortedSet<Float> range(SortedSet<Float> set, float from, float to) {
            return Float.compare(from, to) > 0 ? new TreeSet<>() : set.subSet(from, to);
        }
    }
}
