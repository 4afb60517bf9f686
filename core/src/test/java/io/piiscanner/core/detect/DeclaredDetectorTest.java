package io.piiscanner.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand-written fast path or matcher sits behind the same declaration as a derived one: the
 * declaration still gives the id, type, context and mask, and the hand-written part is used as given.
 */
class DeclaredDetectorTest {

    @Test
    void aPatternRunsOnItsHandWrittenFastPathWhereNoneCanBeDerived() {
        MatchPattern caseless = MatchPattern.of("(?i)(?<![A-Za-z0-9])ssn\\d{9}(?![A-Za-z0-9])", 0.5);
        assertThatThrownBy(() -> compile(
                        DetectorDeclaration.detector("x", "X").pattern(caseless).inDigitCluster(3, 0)))
                .isInstanceOf(IllegalArgumentException.class);

        Gate gate = Gate.digits(9, 3, 0);
        MatchStart start = MatchStart.of(CharClass.LETTER, CharClass.ALNUM);
        DeclaredDetector d = compile(DetectorDeclaration.detector("x", "X")
                .pattern(caseless.handWrittenFastPath(gate, start))
                .context("ssn"));

        assertThat(d.patterns()).singleElement().satisfies(p -> {
            assertThat(p.gate()).isEqualTo(gate);
            assertThat(p.start()).isSameAs(start);
        });
        assertThat(find(d, "id SSN123456789, x ssn12345678")).containsExactly("3-15");
    }

    @Test
    void aHandWrittenMatcherReportsUnderTheDeclaration() {
        DeclaredDetector d = compile(DetectorDeclaration.detector("at-sign", "AT_SIGN")
                .handWrittenMatcher((text, sink) -> {
                    int at = text.text().indexOf('@', text.scanStart());
                    if (at >= 0 && at < text.scanEnd()) {
                        sink.accept(new Candidate(at, at + 1, 0.5));
                    }
                })
                .context("mail")
                .contextRequired()
                .mask(raw -> "#"));

        assertThat(find(d, "a @ b")).containsExactly("2-3");
        assertThat(d.id()).isEqualTo("at-sign");
        assertThat(d.type()).isEqualTo("AT_SIGN");
        assertThat(d.context()).isEqualTo(ContextRule.requiring("mail"));
        assertThat(d.mask("@")).isEqualTo("#");
        assertThat(d.parts()).containsExactly(d);
    }

    @Test
    void aDeclarationHasPatternsOrAHandWrittenMatcherNotBoth() {
        assertThatThrownBy(() -> compile(DetectorDeclaration.detector("x", "X")
                        .pattern(MatchPattern.of("\\d{9}", 0.5))
                        .handWrittenMatcher((text, sink) -> {})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both");
    }

    private static DeclaredDetector compile(DetectorDeclaration declaration) {
        return new DeclaredDetector(declaration) {};
    }

    private static List<String> find(Detector d, String text) {
        List<String> spans = new ArrayList<>();
        d.find(ScanText.of(text), c -> spans.add(c.start() + "-" + c.end()));
        return spans;
    }
}
