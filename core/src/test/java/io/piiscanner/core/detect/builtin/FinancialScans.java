package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.ScanText;
import java.util.ArrayList;
import java.util.List;

/** Runs a detector on its own, without the engine's context scoring. */
final class FinancialScans {

    private FinancialScans() {}

    /** Every candidate the detector reports for the whole text. */
    static List<Candidate> candidates(Detector detector, String text) {
        return candidates(detector, ScanText.of(text));
    }

    static List<Candidate> candidates(Detector detector, ScanText text) {
        List<Candidate> out = new ArrayList<>();
        detector.find(text, out::add);
        return out;
    }

    /** The part of {@code detector} reported as {@code id}: a pattern of its declaration with an id of its own. */
    static Detector part(Detector detector, String id) {
        return detector.parts().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** The matched text of every candidate. */
    static List<String> found(Detector detector, String text) {
        return candidates(detector, text).stream()
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
    }
}
