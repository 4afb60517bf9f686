package io.piiscanner.core.corpus;

/**
 * Detection accuracy for one entity type.
 *
 * @param type           entity type
 * @param planted        values of this type planted in the corpus
 * @param found          planted values overlapped by a finding of this type
 * @param findings       findings of this type
 * @param falsePositives findings of this type that overlap no planted value of this type
 */
public record TypeScore(String type, long planted, long found, long findings, long falsePositives) {

    /** Found over planted; 1 when nothing was planted. */
    public double recall() {
        return planted == 0 ? 1.0 : (double) found / planted;
    }

    /** True findings over findings; 1 when there were no findings. */
    public double precision() {
        return findings == 0 ? 1.0 : (double) (findings - falsePositives) / findings;
    }
}
