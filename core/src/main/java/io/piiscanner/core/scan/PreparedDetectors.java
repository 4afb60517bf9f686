package io.piiscanner.core.scan;

import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Detector;
import java.util.ArrayList;
import java.util.List;

/**
 * An engine's detectors with what every scan needs of them worked out once: which of them their
 * context gates, those rules' words, and a scorer of each one's context. Preparing the words costs tens of microseconds, as much
 * as scanning a short name, so scanners share one preparation instead of each making its own.
 * Immutable.
 */
final class PreparedDetectors {

    final List<Detector> detectors;
    /**
     * For each detector, its rule's index in {@link #gatedRules}, or -1 when it cannot be gated: a
     * required context whose words the {@link ContextIndex} can find.
     */
    final int[] gatedRule;

    final List<ContextRule> gatedRules;
    /** For each detector, the scorer of its context rule. */
    final ContextScorer[] scorers;
    /** The context words of {@link #gatedRules}, prepared once for every window's index. */
    final ContextIndex.Words gatedWords;

    PreparedDetectors(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
        this.gatedRule = new int[detectors.size()];
        this.scorers = new ContextScorer[detectors.size()];
        List<ContextRule> gated = new ArrayList<>();
        for (int i = 0; i < detectors.size(); i++) {
            ContextRule rule = detectors.get(i).context();
            scorers[i] = new ContextScorer(rule);
            if (rule.required() && ContextIndex.indexable(rule)) {
                gatedRule[i] = gated.size();
                gated.add(rule);
            } else {
                gatedRule[i] = -1;
            }
        }
        this.gatedRules = List.copyOf(gated);
        this.gatedWords = new ContextIndex.Words(gatedRules);
    }
}
