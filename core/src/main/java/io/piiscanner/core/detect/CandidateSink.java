package io.piiscanner.core.detect;

/** Receives candidates from a {@link Detector}. */
@FunctionalInterface
public interface CandidateSink {
    void accept(Candidate candidate);
}
