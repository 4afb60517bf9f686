package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.MatchPattern;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * Finds US driver license numbers in the shapes states issue: up to three letters then digits,
 * optionally in hyphenated groups ({@code A1234567}, {@code D123-456-78-901-0},
 * {@code WDL12345678}), optionally ending in one letter, 6-14 bare digits, or digits written
 * {@code dddd-dd-dddd}. Formats vary by state and carry no checksum, so the shape only makes a
 * candidate and a nearby "driver license", "DL#" or "DL:" makes it a finding. At least six digits
 * keep ordinary words out; other hyphenated digits are left alone, so dates and SSNs are not read
 * as licenses. A labelled licence scores above a phone number read from the same digits without
 * a label ({@code driver's license number is 3645-59-3763}), so the licence is what is reported.
 */
public final class UsDriverLicenseDetector extends DeclaredDetector {

    /** With a label, 0.75: above the 0.7 of a phone number that has none. */
    private static final double SCORE = 0.4;

    public UsDriverLicenseDetector() {
        super(DetectorDeclaration.detector("us-driver-license", EntityTypes.US_DRIVER_LICENSE)
                .pattern(MatchPattern.of(
                        "(?<![\\w\\-]|\\d\\.)"
                                + "(?:[A-Za-z]{1,3}+-?\\d++(?:-\\d++)*+|\\d{4}-\\d{2}-\\d{4}|\\d{6,14}+)"
                                + "[A-Za-z]?+(?!\\w|[\\-.]\\w)",
                        SCORE))
                .inDigitCluster(4, 2)
                .digits(6, 14)
                .context(withTypographicApostrophes(
                        "driver license",
                        "driver licence",
                        "driver's license",
                        "driver's licence",
                        "drivers license",
                        "drivers licence",
                        "driving license",
                        "driving licence",
                        "dl#",
                        "dl:",
                        "dl no",
                        "dl number",
                        "dln",
                        "license number",
                        "licence number",
                        "license no",
                        "licence no"))
                .contextRequired()
                // KYC notes list identifiers together: a number nearer to another's label is not the licence.
                .negative("passport", "ssn", "social security", "itin", "phone", "account", "routing", "dob", "birth"));
    }

    /**
     * The words, and those with an apostrophe also with the typographic one (driver&#8217;s) as
     * the scanned text holds it: its UTF-8 bytes, each read as one character.
     */
    private static String[] withTypographicApostrophes(String... words) {
        String typographic = new String("\u2019".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        return Stream.of(words)
                .flatMap(w -> w.indexOf('\'') < 0 ? Stream.of(w) : Stream.of(w, w.replace("'", typographic)))
                .toArray(String[]::new);
    }
}
