package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.MatchPattern;
import io.piiscanner.core.validate.AbaRouting;

/**
 * US bank routing numbers (ABA RTN): nine digits, plain or written {@code dddd-dddd-d}, that pass
 * {@link AbaRouting}. One random nine-digit number in ten passes the checksum, so a candidate is
 * kept only with a routing word nearby or in its field name.
 */
public final class AbaRoutingDetector extends DeclaredDetector {

    static final double BASE_SCORE = 0.4;

    public AbaRoutingDetector() {
        super(DetectorDeclaration.detector("aba-routing", EntityTypes.ABA_ROUTING_NUMBER)
                .pattern(MatchPattern.of(
                        NumberBounds.BEFORE + "(?:\\d{9}|\\d{4}-\\d{4}-\\d)" + NumberBounds.AFTER, BASE_SCORE))
                .inDigitCluster(0, 0)
                .context("aba", "rtn", "routing number", "ach", "rt#", "abartn")
                .contextRequired()
                // Also verbs and adjectives ("Routing request ...", "in transit"): labels only.
                .labelWords("routing", "transit", "bank", "wire")
                // A nearer "account" or "ssn" label means this checksum pass is a coincidence.
                .negative("account", "acct", "ssn", "social security")
                .validator(raw -> AbaRouting.isValid(Masks.digits(raw))));
    }
}
