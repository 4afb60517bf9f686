package io.piiscanner.core.detect;

import java.util.List;
import java.util.Locale;

/**
 * How words near a candidate change its confidence.
 *
 * <p>The engine looks for {@code words} in the {@code before} characters preceding a candidate,
 * the {@code after} characters following it, and in the name of the field that holds it (a CSV
 * column or JSON key); the nearest of them is the candidate's label. A positive label adds
 * {@code boost}; a {@code negative} one subtracts {@code penalty}. When {@code required} is set, a
 * candidate without a positive label is dropped: that is how weak patterns such as nine bare
 * digits are gated.
 *
 * <p>{@code labelWords} are positive words that are also everyday verbs or adjectives
 * ({@code checking}, {@code transit}): they count only where written as a label, that is right
 * before the candidate ({@code Checking 12345678}), before a label mark ({@code :}, {@code #},
 * {@code =}, {@code no}, {@code number}) or before another word of the rule
 * ({@code checking account}), or in a field name. A log line such as
 * {@code Checking iCDP status for DSID 874161398} has no label.
 *
 * @param words      lower-case positive context words or phrases
 * @param negative   lower-case words that make the candidate less likely to be this type
 * @param labelWords lower-case positive words that count only where written as a label
 */
public record ContextRule(
        List<String> words,
        List<String> negative,
        double boost,
        double penalty,
        boolean required,
        int before,
        int after,
        List<String> labelWords) {

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
        labelWords = lower(labelWords);
        if (before < 0 || after < 0 || before > 512 || after > 512) {
            throw new IllegalArgumentException("context window must be within 0..512 characters");
        }
        if (required && words.isEmpty() && labelWords.isEmpty()) {
            throw new IllegalArgumentException("a required context needs at least one word");
        }
    }

    /** A rule without label words. */
    public ContextRule(
            List<String> words,
            List<String> negative,
            double boost,
            double penalty,
            boolean required,
            int before,
            int after) {
        this(words, negative, boost, penalty, required, before, after, List.of());
    }

    /** A rule of these words with the default boost, penalty and look-around. */
    public static ContextRule of(List<String> words, List<String> negative, List<String> labelWords, boolean required) {
        return new ContextRule(
                words, negative, DEFAULT_BOOST, DEFAULT_PENALTY, required, DEFAULT_BEFORE, DEFAULT_AFTER, labelWords);
    }

    /** Positive words that boost the score; candidates are kept without them. */
    public static ContextRule boostedBy(String... words) {
        return new ContextRule(
                List.of(words), List.of(), DEFAULT_BOOST, DEFAULT_PENALTY, false, DEFAULT_BEFORE, DEFAULT_AFTER);
    }

    /** Positive words of which at least one must be near the candidate. */
    public static ContextRule requiring(String... words) {
        return new ContextRule(
                List.of(words), List.of(), DEFAULT_BOOST, DEFAULT_PENALTY, true, DEFAULT_BEFORE, DEFAULT_AFTER);
    }

    /** The same rule with these negative words. */
    public ContextRule penalizedBy(String... negativeWords) {
        return new ContextRule(words, List.of(negativeWords), boost, penalty, required, before, after, labelWords);
    }

    /** The same rule with these {@link #labelWords label words}. */
    public ContextRule withLabelWords(String... label) {
        return new ContextRule(words, negative, boost, penalty, required, before, after, List.of(label));
    }

    /** The same rule with another look-around window. */
    public ContextRule window(int newBefore, int newAfter) {
        return new ContextRule(words, negative, boost, penalty, required, newBefore, newAfter, labelWords);
    }

    private static List<String> lower(List<String> in) {
        return in.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }
}
