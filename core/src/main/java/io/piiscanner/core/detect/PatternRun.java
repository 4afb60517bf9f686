package io.piiscanner.core.detect;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One compiled regular expression of a {@link DeclaredDetector}. It runs only inside the regions of
 * its {@link Gate}, from the positions its {@link MatchStart} allows, both {@link FastPath derived}
 * from the pattern (or {@link MatchPattern#handWrittenFastPath written by hand}): that is what keeps
 * a window's cost near one pass over its bytes however many detectors there are. Its declaration's
 * evaluator decides each match. Matching uses transparent bounds, so look-behind and look-ahead see
 * the text around a region and a match never starts in the middle of a longer token.
 */
final class PatternRun implements DetectorDeclaration.Finder {

    private final String id;
    private final Pattern pattern;
    private final Gate gate;
    private final MatchStart start;
    /** See {@link FastPath#tokenLength()}. */
    private final int tokenLength;

    private final double score;
    private final DetectorDeclaration.Evaluator evaluator;

    private PatternRun(
            String id, Pattern pattern, FastPath fast, double score, DetectorDeclaration.Evaluator evaluator) {
        this.id = id;
        this.pattern = pattern;
        this.gate = fast.gate();
        this.start = fast.start();
        this.tokenLength = fast.tokenLength();
        this.score = score;
        this.evaluator = evaluator;
    }

    /** Compiles the regular expression {@code pattern} of {@code declaration}, reported as {@code id}. */
    static PatternRun compile(DetectorDeclaration declaration, MatchPattern pattern, String id) {
        Pattern compiled = Pattern.compile(pattern.regex());
        return new PatternRun(
                id,
                compiled,
                pattern.fastPath() != null ? pattern.fastPath() : FastPath.derive(compiled, declaration.where()),
                pattern.score(),
                declaration.evaluator());
    }

    /** The id its candidates are reported under. */
    String id() {
        return id;
    }

    /** The pattern candidates are found with. */
    Pattern pattern() {
        return pattern;
    }

    /** The gate whose regions the pattern runs in. */
    Gate gate() {
        return gate;
    }

    /** Where the pattern is tried. */
    MatchStart start() {
        return start;
    }

    @Override
    public void find(ScanText text, CandidateSink sink) {
        int[] regions = tokenLength > 0 ? start.tokenRegions(text, tokenLength) : text.regions(gate);
        if (regions.length == 0) {
            return;
        }
        Matcher m = pattern.matcher(text.text());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        // It is the candidate that must start in the scanned range: a match starting before it
        // may hold one that starts inside it.
        CandidateSink inRange = c -> {
            if (c.start() >= text.scanStart() && c.start() < text.scanEnd()) {
                sink.accept(c);
            }
        };
        start.forEachMatch(m, text, regions, match -> {
            if (match.start() >= text.scanEnd()) {
                return false;
            }
            evaluate(text, match, inRange);
            return true;
        });
    }

    /** Reports the candidates one match holds, as its declaration's evaluator decides. */
    void evaluate(ScanText text, MatchResult match, CandidateSink sink) {
        evaluator.evaluate(text, match, score, sink);
    }
}
