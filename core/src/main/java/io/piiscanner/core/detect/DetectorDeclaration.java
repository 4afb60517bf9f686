package io.piiscanner.core.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.MatchResult;

/**
 * What a detector finds, declared: its patterns with their base scores, where its matches lie,
 * its context words, its validator, its mask. A {@link DeclaredDetector} compiles it; the engine
 * derives each pattern's fast path (the {@link Gate} whose regions it runs in, the
 * {@link MatchStart} of where it is tried) from the pattern and {@link #inDigitCluster} or
 * {@link #inRunOf}, so a declaration does not name them (unless a measurement shows a hand-written
 * one pays: {@link MatchPattern#handWrittenFastPath}, {@link MatchPattern#handWrittenMatcher}). For
 * example:
 *
 * <pre>{@code
 * DetectorDeclaration.detector("us-ssn", "US_SSN")
 *         .pattern(MatchPattern.of("(?<![\\w+\\-])\\d{3}-\\d{2}-\\d{4}(?![\\w-])", 0.6))
 *         .inDigitCluster(0, 0)
 *         .context("ssn", "social security")
 *         .negative("phone", "zip")
 *         .validator(raw -> UsSsn.isValid(Masks.digits(raw)));
 * }</pre>
 *
 * A declaration is filled in once and handed to {@link DeclaredDetector}, which copies it; a
 * declaration that depends on the {@link DetectorSettings} is handed over as the function that
 * makes it from them.
 */
public final class DetectorDeclaration {

    /** Checks one match with the text around it: the candidate to report, or null to reject it. */
    @FunctionalInterface
    public interface Evaluator {
        /**
         * @param score the base score of the pattern that matched
         */
        Candidate evaluate(ScanText text, MatchResult match, double score);

        /**
         * Reports the candidates one match holds: the one {@link #evaluate(ScanText, MatchResult,
         * double)} returns, unless an evaluator overrides this because one match can hold several
         * values, such as card numbers written one after another.
         */
        default void evaluate(ScanText text, MatchResult match, double score, CandidateSink sink) {
            Candidate c = evaluate(text, match, score);
            if (c != null) {
                sink.accept(c);
            }
        }
    }

    /**
     * Finds a pattern's candidates by hand, as {@link Detector#find} does
     * ({@link MatchPattern#handWrittenMatcher}).
     */
    @FunctionalInterface
    public interface Finder {
        /** Reports every candidate that starts in {@code [text.scanStart(), text.scanEnd())}. */
        void find(ScanText text, CandidateSink sink);
    }

    /**
     * Where a declaration's matches lie, which decides the {@link Gate} derived for its patterns;
     * {@code minDigits} is the fewest digits a candidate holds.
     */
    record Where(Kind kind, int before, int after, CharClass chars, int minDigits) {
        enum Kind {
            ANYWHERE,
            DIGIT_CLUSTER,
            RUN,
            RARE_TOKENS
        }
    }

    private final String id;
    private final String type;
    private final List<MatchPattern> patterns = new ArrayList<>();
    private Where where = new Where(Where.Kind.ANYWHERE, 0, 0, null, 0);
    private int minDigits;
    private int maxDigits = Integer.MAX_VALUE;
    private final List<String> words = new ArrayList<>();
    private final List<String> negative = new ArrayList<>();
    private final List<String> labelWords = new ArrayList<>();
    private boolean contextRequired;
    private Evaluator evaluator = (text, match, score) -> new Candidate(match.start(), match.end(), score);
    private Function<CharSequence, String> mask;
    private Function<CharSequence, String> normalize;

    private DetectorDeclaration(String id, String type) {
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * A detector reporting {@code id} and entity type {@code type} (in Presidio's vocabulary where
     * it has one, e.g. {@code US_SSN}; a new type needs nothing more than its name here).
     */
    public static DetectorDeclaration detector(String id, String type) {
        return new DetectorDeclaration(id, type);
    }

    /** Adds a pattern; matches of every pattern are candidates, in the order declared. */
    public DetectorDeclaration pattern(MatchPattern pattern) {
        patterns.add(Objects.requireNonNull(pattern, "pattern"));
        return this;
    }

    /**
     * Matches hold digits of one cluster (digits separated by at most three of
     * {@code " \t-./(),+"}), with at most {@code before} other characters before their first
     * digit and {@code after} after their last: the patterns then run only around such clusters,
     * holding at least as many digits as a match of the pattern does.
     */
    public DetectorDeclaration inDigitCluster(int before, int after) {
        where = new Where(Where.Kind.DIGIT_CLUSTER, before, after, null, 0);
        return this;
    }

    /**
     * Each match is a whole run of {@code chars}, which its pattern must say by looking behind and
     * ahead for them: the patterns then run only on runs as long as a match.
     */
    public DetectorDeclaration inRunOf(CharClass chars) {
        where = new Where(Where.Kind.RUN, 0, 0, Objects.requireNonNull(chars, "chars"), 0);
        return this;
    }

    /**
     * Candidates hold {@code min..max} digits: matches with fewer or more are rejected before the
     * validator, and a digit-cluster gate skips clusters of fewer. Needed only where the pattern
     * cannot say it, as when digits are spread over groups ({@code [A-Z]{1,3}\d+(?:-\d+)*}).
     */
    public DetectorDeclaration digits(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("bad digit bounds " + min + ".." + max);
        }
        minDigits = min;
        maxDigits = max;
        return this;
    }

    /**
     * Matches begin on tokens rare enough (two letters and two digits, as {@code DE89} starts an
     * IBAN) that the patterns run only within a match's greatest length of each token they can
     * start on: cheaper than a digit gate where digits are common, as in most logs and CSV files.
     */
    public DetectorDeclaration startsOnRareTokens() {
        where = new Where(Where.Kind.RARE_TOKENS, 0, 0, null, 0);
        return this;
    }

    /** Words or phrases near a candidate, or in its field name, that make it more likely. */
    public DetectorDeclaration context(String... positive) {
        words.addAll(List.of(positive));
        return this;
    }

    /** Words that make a candidate less likely to be of this type: the label of another one. */
    public DetectorDeclaration negative(String... penalizing) {
        negative.addAll(List.of(penalizing));
        return this;
    }

    /** Positive words that are also everyday words: they count only written as a label ({@link ContextRule}). */
    public DetectorDeclaration labelWords(String... labels) {
        labelWords.addAll(List.of(labels));
        return this;
    }

    /** Keeps candidates of every pattern only with a context word near or in their field name. */
    public DetectorDeclaration contextRequired() {
        contextRequired = true;
        return this;
    }

    /** Keeps only the matches whose text passes {@code valid}, at their pattern's score. */
    public DetectorDeclaration validator(Predicate<String> valid) {
        Objects.requireNonNull(valid, "valid");
        return evaluator((text, match, score) ->
                valid.test(match.group()) ? new Candidate(match.start(), match.end(), score) : null);
    }

    /**
     * Decides each match with the text around it: the hook of a detector whose candidate differs
     * from its match (another span, a score of its own, a detail such as a card brand).
     */
    public DetectorDeclaration evaluator(Evaluator decide) {
        evaluator = Objects.requireNonNull(decide, "decide");
        return this;
    }

    /** How a value is shown; by default all but its last four characters are masked ({@link Detector#mask}). */
    public DetectorDeclaration mask(Function<CharSequence, String> masking) {
        mask = Objects.requireNonNull(masking, "masking");
        return this;
    }

    /** The canonical form fingerprints are made of; by default {@link Detector#normalize}. */
    public DetectorDeclaration normalize(Function<CharSequence, String> normalizing) {
        normalize = Objects.requireNonNull(normalizing, "normalizing");
        return this;
    }

    String id() {
        return id;
    }

    String type() {
        return type;
    }

    List<MatchPattern> patterns() {
        return List.copyOf(patterns);
    }

    Where where() {
        return new Where(where.kind(), where.before(), where.after(), where.chars(), minDigits);
    }

    /** The evaluator, behind the check of the digit bounds when there are some. */
    Evaluator evaluator() {
        if (minDigits == 0) {
            return evaluator;
        }
        int min = minDigits;
        int max = maxDigits;
        Evaluator decide = evaluator;
        return new Evaluator() {
            @Override
            public Candidate evaluate(ScanText text, MatchResult match, double score) {
                return inBounds(text, match) ? decide.evaluate(text, match, score) : null;
            }

            @Override
            public void evaluate(ScanText text, MatchResult match, double score, CandidateSink sink) {
                if (inBounds(text, match)) {
                    decide.evaluate(text, match, score, sink);
                }
            }

            private boolean inBounds(ScanText text, MatchResult match) {
                int digits = digitCount(text.text(), match.start(), match.end());
                return digits >= min && digits <= max;
            }
        };
    }

    private static int digitCount(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    Function<CharSequence, String> mask() {
        return mask;
    }

    Function<CharSequence, String> normalize() {
        return normalize;
    }

    /**
     * The context rule of a pattern: the declaration's words and the pattern's negative ones,
     * required when the declaration or the pattern says so.
     */
    ContextRule context(MatchPattern pattern) {
        boolean required = contextRequired || pattern.requiresContext();
        List<String> penalizing = new ArrayList<>(negative);
        penalizing.addAll(pattern.negative());
        if (!required && words.isEmpty() && penalizing.isEmpty() && labelWords.isEmpty()) {
            return ContextRule.NONE;
        }
        return ContextRule.of(words, penalizing, labelWords, required);
    }
}
