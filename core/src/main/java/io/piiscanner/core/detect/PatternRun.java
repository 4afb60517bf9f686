package io.piiscanner.core.detect;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * One compiled pattern of a {@link DeclaredDetector}: a {@link RegexDetector} whose gate and match
 * start are {@link FastPath derived} from the pattern (or {@link MatchPattern#handWrittenFastPath
 * written by hand}), and whose matches its declaration's evaluator decides.
 */
final class PatternRun extends RegexDetector {

    private final String id;
    private final String type;
    private final ContextRule context;
    private final double score;
    private final DetectorDeclaration.Evaluator evaluator;
    /** See {@link FastPath#tokenLength()}. */
    private final int tokenLength;

    private PatternRun(
            Pattern pattern,
            FastPath fast,
            String id,
            String type,
            ContextRule context,
            double score,
            DetectorDeclaration.Evaluator evaluator) {
        super(pattern, fast.gate(), fast.start());
        this.id = id;
        this.type = type;
        this.context = context;
        this.score = score;
        this.evaluator = evaluator;
        this.tokenLength = fast.tokenLength();
    }

    /** Compiles {@code pattern} of {@code declaration}, reported as {@code id} under {@code context}. */
    static PatternRun compile(DetectorDeclaration declaration, MatchPattern pattern, String id, ContextRule context) {
        Pattern compiled = Pattern.compile(pattern.regex());
        return new PatternRun(
                compiled,
                pattern.fastPath() != null ? pattern.fastPath() : FastPath.derive(compiled, declaration.where()),
                id,
                declaration.type(),
                context,
                pattern.score(),
                declaration.evaluator());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public ContextRule context() {
        return context;
    }

    @Override
    protected int[] regions(ScanText text) {
        return tokenLength > 0 ? start().tokenRegions(text, tokenLength) : super.regions(text);
    }

    @Override
    protected Candidate evaluate(ScanText text, MatchResult match) {
        return evaluator.evaluate(text, match, score);
    }

    @Override
    protected void evaluate(ScanText text, MatchResult match, CandidateSink sink) {
        evaluator.evaluate(text, match, score, sink);
    }
}
