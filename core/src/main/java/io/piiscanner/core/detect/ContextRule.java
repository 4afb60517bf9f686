package io.piiscanner.core.detect;

import java.util.List;
import java.util.Locale;

/**
 * How words near a candidate change its confidence.
 *
 * <p>The engine looks for {@code words} in the {@code before} characters preceding a candidate,
 * the {@code after} characters following it, and in the name of the field that holds it (a CSV
 * column or JSON key). A match adds {@code boost}; a {@code negative} word subtracts
 * {@code penalty}. When {@code required} is set, a candidate without any positive word is dropped:
 * that is how weak patterns such as nine bare digits are gated.
 *
 * @param words    lower-case positive context words or phrases
 * @param negative lower-case words that make the candidate less likely to be this type
 */
public record ContextRule(List<String> words, List<String> negative, double boost, double penalty,
                          boolean required, int before, int after) {

    /** Default look-around: about six words before and three after. */
    public static final int DEFAULT_BEFORE = 48;
    public static final int DEFAULT_AFTER = 24;
    /** Presidio's default context similarity boost. */
    public static final double DEFAULT_BOOST = 0.35;
    public static final double DEFAULT_PENALTY = 0.3;

    /** A rule that changes nothing. */
    public static final ContextRule NONE = new ContextRule(List.of(), List.of(), 0, 0, false, 0, 0);

    public ContextRule {
        words = lower(words);
        negative = lower(negative);
        if (before < 0 || after < 0 || before > 512 || after > 512) {
            throw new IllegalArgumentException("context window must be within 0..512 characters");
        }
        if (required && words.isEmpty()) {
            throw new IllegalArgumentException("a required context needs at least one word");
        }
    }

    /** Positive words that boost the score; candidates are kept without them. */
    public static ContextRule boostedBy(String... words) {
        return new ContextRule(List.of(words), List.of(), DEFAULT_BOOST, DEFAULT_PENALTY, false,
                DEFAULT_BEFORE, DEFAULT_AFTER);
    }

    /** Positive words of which at least one must be near the candidate. */
    public static ContextRule requiring(String... words) {
        return new ContextRule(List.of(words), List.of(), DEFAULT_BOOST, DEFAULT_PENALTY, true,
                DEFAULT_BEFORE, DEFAULT_AFTER);
    }

    /** The same rule with these negative words. */
    public ContextRule penalizedBy(String... negativeWords) {
        return new ContextRule(words, List.of(negativeWords), boost, penalty, required, before, after);
    }

    /** The same rule with another look-around window. */
    public ContextRule window(int newBefore, int newAfter) {
        return new ContextRule(words, negative, boost, penalty, required, newBefore, newAfter);
    }

    private static List<String> lower(List<String> in) {
        return in.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }
}
