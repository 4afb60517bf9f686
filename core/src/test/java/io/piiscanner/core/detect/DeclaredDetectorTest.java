package io.piiscanner.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A hand-written fast path or matcher sits behind the same declaration as a derived one: the
 * declaration still gives the id, type, context and mask, and the hand-written part is used as given.
 * A declaration made from settings is made anew when the detector is configured for others.
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
                .pattern(MatchPattern.handWrittenMatcher(DeclaredDetectorTest::atSigns))
                .context("mail")
                .contextRequired()
                .mask(raw -> "#"));

        assertThat(find(d, "a @ b")).containsExactly("2-3");
        assertThat(d.id()).isEqualTo("at-sign");
        assertThat(d.type()).isEqualTo("AT_SIGN");
        assertThat(d.context()).isEqualTo(ContextRule.requiring("mail"));
        assertThat(d.mask("@")).isEqualTo("#");
        assertThat(d.parts()).containsExactly(d);
        assertThat(d.patterns()).isEmpty();
    }

    @Test
    void handWrittenMatchersAreParts() {
        DeclaredDetector d = compile(DetectorDeclaration.detector("at-sign", "AT_SIGN")
                .pattern(MatchPattern.handWrittenMatcher(DeclaredDetectorTest::atSigns))
                .pattern(MatchPattern.handWrittenMatcher((text, sink) -> sink.accept(new Candidate(0, 1, 0.2))))
                .pattern(MatchPattern.of("#", 0.4)
                        .reportedAs("hash")
                        .contextRequired()
                        .negative("tag"))
                .context("mail")
                .negative("twitter"));

        assertThat(d.parts()).extracting(Detector::id).containsExactly("at-sign", "hash");
        assertThat(find(d, "x @ #")).containsExactly("2-3", "0-1");
        Detector hash = d.parts().get(1);
        assertThat(find(hash, "x @ #")).containsExactly("4-5");
        assertThat(d.context()).isEqualTo(ContextRule.boostedBy("mail").penalizedBy("twitter"));
        assertThat(hash.context()).isEqualTo(ContextRule.requiring("mail").penalizedBy("twitter", "tag"));
    }

    @Test
    void aHandWrittenMatcherHasNoFastPath() {
        MatchPattern matcher = MatchPattern.handWrittenMatcher((text, sink) -> {});
        assertThatThrownBy(() -> matcher.handWrittenFastPath(Gate.ANYWHERE, MatchStart.ANY))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDeclarationMadeFromSettingsIsMadeAnewForOtherSettings() {
        Function<DetectorSettings, DetectorDeclaration> byRegion = settings -> DetectorDeclaration.detector(
                        "region", "REGION")
                .pattern(MatchPattern.of(settings.firstRegion(), 0.5))
                .pattern(MatchPattern.of(settings.phoneRegions().get(1), 0.5).reportedAs("second-region"));
        DeclaredDetector d = new DeclaredDetector(byRegion) {};
        String text = "US GB DE FR";

        assertThat(find(d, text)).containsExactly("0-2");
        assertThat(d.configure(DetectorSettings.DEFAULTS)).isSameAs(d);
        DetectorSettings french = new DetectorSettings(List.of("FR", "DE"));
        Detector configured = d.configure(french);
        assertThat(configured.id()).isEqualTo("region");
        assertThat(find(configured, text)).containsExactly("9-11");
        assertThat(configured.parts()).extracting(Detector::id).containsExactly("region", "second-region");
        assertThat(find(configured.parts().get(1), text)).containsExactly("6-8");
        Detector second = d.parts().get(1);
        assertThat(find(second, text)).containsExactly("3-5");
        assertThat(second.configure(french).id()).isEqualTo("second-region");
        assertThat(find(second.configure(french), text)).containsExactly("6-8");
    }

    @Test
    void aDeclarationThatDoesNotDependOnSettingsIsTheSameForAll() {
        DeclaredDetector d = compile(DetectorDeclaration.detector("x", "X").pattern(MatchPattern.of("x", 0.5)));
        assertThat(d.configure(new DetectorSettings(List.of("FR")))).isSameAs(d);
    }

    @Test
    void aPartThatSettingsDoNotDeclareCannotBeConfigured() {
        DeclaredDetector d = new DeclaredDetector(settings -> {
            DetectorDeclaration declaration =
                    DetectorDeclaration.detector("x", "X").pattern(MatchPattern.of("x", 0.5));
            return settings.firstRegion().equals("US")
                    ? declaration.pattern(MatchPattern.of("y", 0.5).reportedAs("y"))
                    : declaration;
        }) {};
        Detector y = d.parts().get(1);
        DetectorSettings other = new DetectorSettings(List.of("FR"));
        assertThat(d.configure(other).parts()).extracting(Detector::id).containsExactly("x");
        assertThatThrownBy(() -> y.configure(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'y'");
    }

    private static void atSigns(ScanText text, CandidateSink sink) {
        int at = text.text().indexOf('@', text.scanStart());
        if (at >= 0 && at < text.scanEnd()) {
            sink.accept(new Candidate(at, at + 1, 0.5));
        }
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
