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

    private MatchPattern(String regex, double score, String id, boolean contextRequired) {
        this.regex = Objects.requireNonNull(regex, "regex");
        if (score < 0.0 || score > 1.0) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
        this.score = score;
        this.id = id;
        this.contextRequired = contextRequired;
    }

    /** A pattern whose matches score {@code score} before context. */
    public static MatchPattern of(String regex, double score) {
        return new MatchPattern(regex, score, null, false);
    }

    /** The same pattern, reported under {@code patternId} instead of the declaration's id. */
    public MatchPattern reportedAs(String patternId) {
        return new MatchPattern(regex, score, Objects.requireNonNull(patternId, "patternId"), contextRequired);
    }

    /** The same pattern, whose matches are kept only with one of the declaration's context words near. */
    public MatchPattern contextRequired() {
        return new MatchPattern(regex, score, id, true);
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

    boolean requiresContext() {
        return contextRequired;
    }
}
