package io.piiscanner.core.detect;

import java.util.List;

/**
 * Finds candidates of one kind of personal or payment data in a window of text.
 *
 * <p>A detector is stateless and thread-safe: the engine shares one instance between all scans.
 * It reports raw {@link Candidate}s with a base score; the engine applies the detector's
 * {@link #context() context rule}, resolves overlaps, masks and fingerprints. Built-in detectors
 * are discovered with {@link java.util.ServiceLoader}. Each is a {@link DetectorDeclaration}
 * compiled by {@link DeclaredDetector}, so adding one is one class, its line in
 * {@code META-INF/services/io.piiscanner.core.detect.Detector} and its test vectors (the README's
 * "adding a detector" says what each must hold).
 */
public interface Detector {

    /** Stable identifier reported in findings, e.g. {@code credit-card}. */
    String id();

    /** The entity type this detector reports, in Presidio's vocabulary, e.g. {@code CREDIT_CARD}. */
    String type();

    /** Context words near a candidate that raise, lower or gate its confidence. */
    ContextRule context();

    /**
     * Reports every candidate that starts in {@code [text.scanStart(), text.scanEnd())}.
     * The text beyond that range is visible for look-around and must not start a candidate.
     */
    void find(ScanText text, CandidateSink sink);

    /**
     * Masks a raw match for display. At most the last four characters of a card number or
     * account number may remain; implementations never return the raw value.
     */
    default String mask(CharSequence raw) {
        return Masks.keepLast(raw, 4);
    }

    /**
     * The canonical form of a raw match used for fingerprints, so that the same value written
     * differently ({@code 4111 1111...} and {@code 4111-1111...}) fingerprints the same.
     */
    default String normalize(CharSequence raw) {
        return Masks.alphanumeric(raw).toUpperCase(java.util.Locale.ROOT);
    }

    /** Returns a detector configured for these settings (for example a default phone region). */
    default Detector configure(DetectorSettings settings) {
        return this;
    }

    /**
     * The detectors the engine runs for this one: itself, or, for a {@link DeclaredDetector} with
     * patterns reported under ids of their own, one per id. Each is reported, scored and disabled
     * by its own id.
     */
    default List<Detector> parts() {
        return List.of(this);
    }
}
