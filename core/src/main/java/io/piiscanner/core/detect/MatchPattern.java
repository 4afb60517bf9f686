package io.piiscanner.core.detect;

import java.util.List;
import java.util.Objects;

/**
 * One pattern of a {@link DetectorDeclaration}: a regular expression ({@link java.util.regex.Pattern}
 * syntax, without flags) and the base score of its matches, or a {@link #handWrittenMatcher
 * hand-written matcher}. A pattern may report under an id of its own and require context where the
 * declaration's other patterns do not: nine bare digits are an SSN only with an SSN word nearby,
 * {@code 536-90-4399} is one without. Findings carry the pattern's id, and {@code disable:}
 * switches it off alone.
 */
public final class MatchPattern {

    /** The regular expression, or null for a hand-written matcher. */
    private final String regex;

    private final double score;
    private final String id;
    private final boolean contextRequired;
    private final List<String> negative;
    /** The hand-written fast path, or null to derive it. */
    private final FastPath fastPath;
    /** The hand-written matcher, or null for a regular expression. */
    private final DetectorDeclaration.Finder matcher;

    private MatchPattern(
            String regex,
            double score,
            String id,
            boolean contextRequired,
            List<String> negative,
            FastPath fastPath,
            DetectorDeclaration.Finder matcher) {
        if (score < 0.0 || score > 1.0) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
        this.regex = regex;
        this.score = score;
        this.id = id;
        this.contextRequired = contextRequired;
        this.negative = List.copyOf(negative);
        this.fastPath = fastPath;
        this.matcher = matcher;
    }

    /** A pattern whose matches score {@code score} before context. */
    public static MatchPattern of(String regex, double score) {
        return new MatchPattern(Objects.requireNonNull(regex, "regex"), score, null, false, List.of(), null, null);
    }

    /**
     * A pattern whose candidates {@code matcher} finds by hand, with the scores it gives them; it
     * reports under an id of its own and requires context as a regular expression does. Use it
     * only where a measurement shows a hand-written matcher pays over a regular expression, and
     * name that measurement in a comment at the use: the engine derives no fast path for it, and
     * no test proves it equal to a plain definition.
     */
    public static MatchPattern handWrittenMatcher(DetectorDeclaration.Finder matcher) {
        return new MatchPattern(null, 0.0, null, false, List.of(), null, Objects.requireNonNull(matcher, "matcher"));
    }

    /** The same pattern, reported under {@code patternId} instead of the declaration's id. */
    public MatchPattern reportedAs(String patternId) {
        return new MatchPattern(
                regex,
                score,
                Objects.requireNonNull(patternId, "patternId"),
                contextRequired,
                negative,
                fastPath,
                matcher);
    }

    /** The same pattern, whose matches are kept only with one of the declaration's context words near. */
    public MatchPattern contextRequired() {
        return new MatchPattern(regex, score, id, true, negative, fastPath, matcher);
    }

    /**
     * The same pattern, whose matches are also made less likely by {@code penalizing}, besides
     * the declaration's {@link DetectorDeclaration#negative negative} words: the labels of other
     * numbers, which a pattern needing context must heed where one standing on its own need not.
     */
    public MatchPattern negative(String... penalizing) {
        return new MatchPattern(regex, score, id, contextRequired, List.of(penalizing), fastPath, matcher);
    }

    /**
     * The same pattern, run in the regions of {@code gate} from the positions {@code start} allows
     * instead of the fast path the engine derives; the declaration's {@code inDigitCluster},
     * {@code inRunOf} or {@code startsOnRareTokens} then does not apply to it. Use it only where a
     * measurement shows it pays (a pattern whose fast path cannot be derived, or a start that
     * checks a shape the derived one cannot), and name that measurement in a comment at the use.
     * {@code MatchStartTest} holds it to the proof a derived fast path is held to: it finds exactly
     * what plain {@code find()} finds.
     *
     * @throws IllegalStateException on a {@link #handWrittenMatcher hand-written matcher}, which has no fast path
     */
    public MatchPattern handWrittenFastPath(Gate gate, MatchStart start) {
        if (matcher != null) {
            throw new IllegalStateException("a hand-written matcher has no fast path");
        }
        return new MatchPattern(
                regex,
                score,
                id,
                contextRequired,
                negative,
                new FastPath(Objects.requireNonNull(gate, "gate"), Objects.requireNonNull(start, "start"), 0),
                null);
    }

    /** The regular expression, or null for a hand-written matcher. */
    String regex() {
        return regex;
    }

    double score() {
        return score;
    }

    /** The id it reports under, or null for the declaration's. */
    String id() {
        return id;
    }

    /** The hand-written fast path, or null when the engine derives it. */
    FastPath fastPath() {
        return fastPath;
    }

    /** The hand-written matcher, or null when the pattern is a regular expression. */
    DetectorDeclaration.Finder matcher() {
        return matcher;
    }

    boolean requiresContext() {
        return contextRequired;
    }

    /** Its own negative words, on top of the declaration's. */
    List<String> negative() {
        return negative;
    }
}
