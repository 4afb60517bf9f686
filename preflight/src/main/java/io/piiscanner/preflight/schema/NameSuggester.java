package io.piiscanner.preflight.schema;

import java.util.Collection;
import java.util.Locale;

/**
 * Suggests the valid name nearest to a wrong one: the same name in another case, a name that
 * extends it or that it extends ({@code Versioning} to {@code VersioningConfiguration}), or one
 * a few edits away ({@code BucketNmae} to {@code BucketName}).
 */
public final class NameSuggester {

    private NameSuggester() {
    }

    /** The best suggestion, or {@code null} when nothing is close. */
    public static String nearest(String wrong, Collection<String> candidates) {
        String lower = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String c : candidates) {
            int score = score(lower, c.toLowerCase(Locale.ROOT));
            if (score < bestScore || score == bestScore && best != null && c.compareTo(best) < 0) {
                best = c;
                bestScore = score;
            }
        }
        return bestScore == Integer.MAX_VALUE ? null : best;
    }

    /** Lower is closer; {@link Integer#MAX_VALUE} for unrelated names. */
    private static int score(String wrong, String candidate) {
        if (wrong.equals(candidate)) {
            return 0;
        }
        if (wrong.length() >= 3 && (candidate.startsWith(wrong) || wrong.startsWith(candidate) && candidate.length() >= 3)) {
            // A prefix relation beats any edit distance; the smaller the difference the better.
            return 1 + Math.min(Math.abs(candidate.length() - wrong.length()), 98);
        }
        int distance = distance(wrong, candidate);
        int allowed = Math.max(2, Math.min(wrong.length(), candidate.length()) / 3);
        return distance <= allowed ? 100 + distance : Integer.MAX_VALUE;
    }

    /** Levenshtein distance, with a transposition counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
