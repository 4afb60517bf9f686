package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.MatchPattern;
import io.piiscanner.core.validate.UsSsn;

/**
 * US Social Security numbers that pass {@link UsSsn}. Written {@code ddd-dd-dddd} or
 * {@code ddd.dd.dddd} (one separator used in both places), the layout is distinctive enough to
 * report without context. Nine digits written bare or {@code ddd dd dddd} are reported as
 * {@code us-ssn-plain} and only with an SSN word nearby or in their field name: numbers
 * separated by spaces are everywhere ({@code Suite 680 36 4022}), and most bare nine-digit
 * numbers are zip+4, order or routing numbers.
 */
public final class UsSsnDetector extends DeclaredDetector {

    static final double BASE_SCORE = 0.6;
    /** Low on its own; the required context lifts it above the reporting threshold. */
    static final double PLAIN_SCORE = 0.3;

    public UsSsnDetector() {
        super(DetectorDeclaration.detector("us-ssn", EntityTypes.US_SSN)
                .pattern(MatchPattern.of(NumberBounds.dashedNine("\\d{3}"), BASE_SCORE))
                .pattern(MatchPattern.of(NumberBounds.bareOrSpacedNine("\\d{3}"), PLAIN_SCORE)
                        .reportedAs("us-ssn-plain")
                        .contextRequired())
                .inDigitCluster(0, 0)
                .context(
                        "ssn",
                        "ssns",
                        "ss#",
                        "social security",
                        "social sec",
                        "soc sec",
                        "soc. sec",
                        "ssa",
                        "tin",
                        "taxpayer")
                .negative("phone", "tel", "fax", "order", "zip")
                .validator(raw -> UsSsn.isValid(Masks.digits(raw))));
    }
}
