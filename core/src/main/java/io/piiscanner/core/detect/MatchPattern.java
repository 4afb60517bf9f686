package io.piiscanner.core.detect;

import java.util.Objects;

/**
 * One pattern of a {@link DetectorDeclaration}: a regular expression ({@link java.util.regex.Pattern}
 * syntax, without flags) and the base score of its matches. A pattern may report under an id of
 * its own and require context where the declaration's other patterns do not: nine bare digits
 * are an SSN only with an SSN word nearby, {@code 536-90-4399} is one without. Findings carry the
 * pattern's id, and {@code disable:} switches it off alone.
 */
public final class MatchPattern {

    private final String regex;
    private final double score;
    private final String id;
    private final boolean contextRequired;
    /** The hand-written fast path, or null to derive it. */
    private final FastPath fastPath;

    private MatchPattern(String regex, double score, String id, boolean contextRequired, FastPath fastPath) {
        this.regex = Objects.requireNonNull(regex, "regex");
        if (score < 0.0 || score > 1.0) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
        this.score = score;
        this.id = id;
        this.contextRequired = contextRequired;
        this.fastPath = fastPath;
    }

    /** A pattern whose matches score {@code score} before context. */
    public static MatchPattern of(String regex, double score) {
        return new MatchPattern(regex, score, null, false, null);
    }

    /** The same pattern, reported under {@code patternId} instead of the declaration's id. */
    public MatchPattern reportedAs(String patternId) {
        return new MatchPattern(
                regex, score, Objects.requireNonNull(patternId, "patternId"), contextRequired, fastPath);
    }

    /** The same pattern, whose matches are kept only with one of the declaration's context words near. */
    public MatchPattern contextRequired() {
        return new MatchPattern(regex, score, id, true, fastPath);
    }

    /**
     * The same pattern, run in the regions of {@code gate} from the positions {@code start} allows
     * instead of the fast path the engine derives; the declaration's {@code inDigitCluster},
     * {@code inRunOf} or {@code startsOnRareTokens} then does not apply to it. Use it only where a
     * measurement shows it pays (a pattern whose fast path cannot be derived, or a start that
     * checks a shape the derived one cannot), and name that measurement in a comment at the use.
     * {@code MatchStartTest} holds it to the proof a derived fast path is held to: it finds exactly
     * what plain {@code find()} finds.
     */
    public MatchPattern handWrittenFastPath(Gate gate, MatchStart start) {
        return new MatchPattern(
                regex,
                score,
                id,
                contextRequired,
                new FastPath(Objects.requireNonNull(gate, "gate"), Objects.requireNonNull(start, "start"), 0));
    }

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

    boolean requiresContext() {
        return contextRequired;
    }
}
