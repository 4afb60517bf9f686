package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.MatchPattern;

/**
 * Finds US passport numbers: nine digits, or a letter and eight digits for next-generation
 * passport books. Neither has a checksum and nine digits are everywhere, so a candidate is only
 * reported with "passport" as its label.
 */
public final class UsPassportDetector extends DeclaredDetector {

    private static final double SCORE = 0.4;

    public UsPassportDetector() {
        super(DetectorDeclaration.detector("us-passport", EntityTypes.US_PASSPORT)
                // Not inside a word, a hyphenated token or a decimal number.
                .pattern(MatchPattern.of("(?<![\\w\\-]|\\d\\.)(?:[A-Z]\\d{8}|\\d{9})(?!\\w|[\\-.]\\d)", SCORE))
                .inDigitCluster(1, 0)
                .context("passport no", "passport number", "passport#")
                .contextRequired()
                // Also a library's name in code and logs ("passport session restored for user ..."): a label only.
                .labelWords("passport"));
    }
}
