package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.DeclaredDetector;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorDeclaration;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.MatchPattern;
import java.nio.charset.StandardCharsets;

/**
 * Finds phone numbers, as two {@link #parts() parts} reported under ids of their own, reading
 * national numbers of the regions of its {@link DetectorSettings}.
 *
 * <p>{@code phone} reports numbers that are recognizably phone numbers on their own: written with
 * a country code ({@code +44 20 7946 0958}) or as a national number of the first configured region
 * ({@code (212) 555-1234}, {@code 212.555.1234}), grouped the way the number's country writes
 * numbers, valid by libphonenumber's {@code isValidNumber}, with any extension
 * ({@code 212-555-1234 x12}). The region goes into the finding's detail.
 *
 * <p>{@code phone-plain} reports, only next to a label such as "phone", "mobile" or "Desk:", the
 * numbers that need one: bare runs of digits ({@code 2125551234}), which are just as often order
 * ids, timestamps or account numbers; numbers split into groups other than the way their country
 * writes them; and national numbers of the configured regions after the first
 * ({@code 020 7946 0958} in GB, {@code 98765 43210} in IN), written with their trunk prefix where
 * their country writes one.
 *
 * <p>A cheap pattern finds runs of digit groups joined by single separators; shapes that are
 * other things (dates, SSNs, IPv4 addresses, decimals, card numbers) are dropped before parsing
 * ({@link PhoneScan}). When a space-separated run is not one valid number as a whole, its longest
 * valid sub-runs are tried, so {@code qty 3 212-555-1234} still yields the number. The mask keeps
 * the last four digits: {@code (***) ***-1234}.
 */
public final class PhoneDetector extends DeclaredDetector {

    private static final double SCORE = 0.7;
    private static final double PLAIN_SCORE = 0.4;
    /**
     * Words that label a phone number. Words that are also common in other senses count only in
     * a label's form ({@code Desk:}, {@code call me}), so that a verb or a path such as
     * {@code /home/} is not taken for one. The engine reads bytes as ISO-8859-1, so a label with
     * accents is matched by its UTF-8 bytes.
     */
    static final String[] LABELS = {
        "phone",
        "telephone",
        "tel",
        "mobile",
        "mob",
        "cell",
        "cellphone",
        "fax",
        "contact",
        "whatsapp",
        "sms",
        "landline",
        "hotline",
        "helpline",
        "telefon",
        "telefone",
        "telefono",
        "celular",
        "mobil",
        "natel",
        utf8("tél"),
        utf8("téléphone"),
        utf8("teléfono"),
        utf8("móvil"),
        "desk:",
        "home:",
        "work:",
        "office:",
        "direct:",
        "main:",
        "ph:",
        "ph.",
        "direct line",
        "direct dial",
        "call me",
        "call us",
        "call back",
        "call at",
        "call on",
        "reach me",
        "reach us",
        "text me",
        "my number",
    };
    /**
     * Verbs and words that introduce a phone number only where written as its label: right before
     * it ({@code ring 020 7030 8328}, {@code Handy: 0176 58617408}), not {@code dial tone 440 Hz}.
     */
    static final String[] LABEL_WORDS = {"call", "callback", "ring", "dial", "text", "handy"};

    /**
     * Labels of other numbers: the nearest label wins, so {@code "ts": 1717171717} is a timestamp
     * and {@code IBAN ES16 0805 9083 2446 ...} an account even with "sms" or "mobile" earlier on
     * the line.
     */
    private static final String[] OTHER_LABELS = {
        "id",
        "ts",
        "timestamp",
        "epoch",
        "order",
        "invoice",
        "tracking",
        "ticket",
        "serial",
        "sku",
        "pid",
        "tid",
        "uid",
        "port",
        "bytes",
        "ms",
        "pin",
        "otp",
        "zip",
        "iban",
        "card",
        "acct",
        "account",
    };

    /**
     * A detector for national numbers of the default regions ({@link DetectorSettings#DEFAULTS}),
     * {@link #configure configured} for others.
     */
    public PhoneDetector() {
        super(PhoneDetector::declaration);
    }

    /**
     * The declaration for the regions of {@code settings}. Its matchers are hand-written because
     * no pattern and evaluator can say what they do: libphonenumber decides what a number is, a
     * run of digit groups holds several numbers or none, and whether a run may be read whole
     * depends on the runs before it in its cluster ({@link PhoneScan}). {@code phone-plain} runs
     * only where the engine finds one of the labels in reach, as its context is required.
     */
    private static DetectorDeclaration declaration(DetectorSettings settings) {
        PhoneScan standalone = scan(settings, PhoneScan.Kind.STANDALONE);
        PhoneScan needsContext = scan(settings, PhoneScan.Kind.NEEDS_CONTEXT);
        return DetectorDeclaration.detector("phone", EntityTypes.PHONE_NUMBER)
                .pattern(MatchPattern.handWrittenMatcher(standalone::find))
                .pattern(MatchPattern.handWrittenMatcher(needsContext::find)
                        .reportedAs("phone-plain")
                        .contextRequired()
                        .negative(OTHER_LABELS))
                .context(LABELS)
                .labelWords(LABEL_WORDS)
                .mask(PhoneScan::mask)
                .normalize(standalone::normalize);
    }

    /**
     * The scan of the numbers of sort {@code kind}, at its score, reading national numbers of the
     * regions of {@code settings}.
     */
    static PhoneScan scan(DetectorSettings settings, PhoneScan.Kind kind) {
        return new PhoneScan(
                settings.phoneRegions().stream().map(PhoneRegion::new).toList(),
                kind,
                kind == PhoneScan.Kind.STANDALONE ? SCORE : PLAIN_SCORE);
    }

    /** {@code word} as the engine reads its UTF-8 bytes. */
    private static String utf8(String word) {
        return new String(word.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The {@code phone-plain} part. */
    Detector plain() {
        return parts().get(1);
    }
}
