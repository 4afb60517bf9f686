package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.MatchPattern;
import io.piiscanner.core.validate.UsItin;

/**
 * US Individual Taxpayer Identification Numbers with a middle pair the IRS assigns
 * ({@link UsItin}). Written {@code 9dd-dd-dddd} or {@code 9dd.dd.dddd} (one separator used in
 * both places) they are reported without context, like a formatted SSN. Nine digits written bare
 * or {@code 9dd dd dddd} are reported as {@code us-itin-plain} and only with an ITIN word nearby
 * or in their field name; they score a little above a plain SSN because the 9xx area and the
 * assigned middle ranges already rule out most nine-digit numbers.
 */
public final class UsItinDetector extends DeclaredDetector {

    static final double BASE_SCORE = 0.6;
    static final double PLAIN_SCORE = 0.4;

    public UsItinDetector() {
        super(DetectorDeclaration.detector("us-itin", EntityTypes.US_ITIN)
                .pattern(MatchPattern.of(NumberBounds.dashedNine("9\\d{2}"), BASE_SCORE))
                .pattern(MatchPattern.of(NumberBounds.bareOrSpacedNine("9\\d{2}"), PLAIN_SCORE)
                        .reportedAs("us-itin-plain")
                        .contextRequired())
                .inDigitCluster(0, 0)
                .context("itin", "taxpayer", "tax id", "individual taxpayer")
                .negative("phone", "tel", "fax", "order", "zip")
                .validator(raw -> UsItin.isValid(Masks.digits(raw))));
    }
}
