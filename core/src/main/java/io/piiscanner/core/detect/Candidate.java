package io.piiscanner.core.detect;

/**
 * A possible finding reported by a detector, before context scoring.
 *
 * @param start  index of the first character in the {@link ScanText}
 * @param end    index after the last character
 * @param score  base confidence in [0, 1] before context
 * @param detail optional non-sensitive detail such as a card brand, or {@code null}
 */
public record Candidate(int start, int end, double score, String detail) {

    public Candidate {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (score < 0.0 || score > 1.0) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
    }

    public Candidate(int start, int end, double score) {
        this(start, end, score, null);
    }
}
