package io.piiscanner.preflight.schema;

import java.util.Collection;
import java.util.Locale;

/**
 * Suggests the valid name nearest to a wrong one: the same name in another case, a name that
 * extends it or that it extends ({@code Versioning} to {@code VersioningConfiguration}), or one
 * a few edits away ({@code BucketNmae} to {@code BucketName}). A call costs little per candidate:
 * the edit distance, the only costly part, is computed only for names of about the same length,
 * and stops as soon as it exceeds what would count as near.
 */
public final class NameSuggester {

    /**
     * The longest names compared by edit distance, whose cost is the product of the two lengths;
     * longer ones are matched by case and prefix only, so that a hostile name costs no more.
     */
    private static final int MAX_EDIT_LENGTH = 64;

    private NameSuggester() {}

    /** The best suggestion, or {@code null} when nothing is close. */
    public static String nearest(String wrong, Collection<String> candidates) {
        String lower = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String c : candidates) {
            int score = score(lower, c);
            if (score < bestScore || score == bestScore && best != null && c.compareTo(best) < 0) {
                best = c;
                bestScore = score;
            }
        }
        return bestScore == Integer.MAX_VALUE ? null : best;
    }

    /** Lower is closer; {@link Integer#MAX_VALUE} for unrelated names. {@code wrong} is in lower case. */
    private static int score(String wrong, String candidate) {
        if (wrong.equalsIgnoreCase(candidate)) {
            return 0;
        }
        int w = wrong.length();
        int c = candidate.length();
        if (w >= 3 && (startsWithIgnoreCase(candidate, wrong) || c >= 3 && startsWithIgnoreCase(wrong, candidate))) {
            // A prefix relation beats any edit distance; the smaller the difference the better.
            return 1 + Math.min(Math.abs(c - w), 98);
        }
        int allowed = Math.max(2, Math.min(w, c) / 3);
        if (w > MAX_EDIT_LENGTH || c > MAX_EDIT_LENGTH || Math.abs(w - c) > allowed) {
            // Names that long are not typed by hand; and the distance is at least the difference in length.
            return Integer.MAX_VALUE;
        }
        int distance = distance(wrong, candidate.toLowerCase(Locale.ROOT), allowed);
        return distance <= allowed ? 100 + distance : Integer.MAX_VALUE;
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /**
     * Levenshtein distance, with a transposition of neighbours counted as one edit, or
     * {@code limit + 1} once it is known to be more than {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        int[] twoBack = new int[b.length() + 1];
        int[] back = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            back[j] = j;
        }
        int backMin = 0;
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(back[j] + 1, row[j - 1] + 1), back[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, twoBack[j - 2] + 1);
                }
                row[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            // Every later cell builds on this row plus one, or on the row before plus one.
            if (rowMin > limit && backMin >= limit) {
                return limit + 1;
            }
            int[] spare = twoBack;
            twoBack = back;
            back = row;
            row = spare;
            backMin = rowMin;
        }
        return Math.min(back[b.length()], limit + 1);
    }
}
