package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorSettings;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds phone numbers that are recognizably phone numbers on their own: written with a country
 * code ({@code +44 20 7946 0958}) or as a national number of the first configured region
 * ({@code (212) 555-1234}, {@code 212.555.1234}), grouped the way the number's country writes
 * numbers, valid by libphonenumber's {@code isValidNumber}, with any extension
 * ({@code 212-555-1234 x12}). The region goes into the finding's detail.
 *
 * <p>A cheap pattern finds runs of digit groups joined by single separators; shapes that are
 * other things (dates, SSNs, IPv4 addresses, decimals, card numbers) are dropped before parsing.
 * When a space-separated run is not one valid number as a whole, its longest valid sub-runs are
 * tried, so {@code qty 3 212-555-1234} still yields the number. Bare digit runs, other groupings
 * and national numbers of the other regions are left to {@link PhonePlainDetector}, which needs
 * context. The default mask keeps the last four digits: {@code (***) ***-1234}.
 */
public final class PhoneDetector extends PhoneDetectorBase {

    private static final double SCORE = 0.7;
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

    private static final ContextRule CONTEXT = ContextRule.boostedBy(LABELS).withLabelWords(LABEL_WORDS);

    /** A detector for national numbers of the default regions ({@link DetectorSettings#DEFAULTS}). */
    public PhoneDetector() {
        this(DetectorSettings.DEFAULTS.phoneRegions());
    }

    private PhoneDetector(List<String> regions) {
        super(regions, PhoneScan.Kind.STANDALONE, SCORE);
    }

    /** {@code word} as the engine reads its UTF-8 bytes. */
    private static String utf8(String word) {
        return new String(word.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Override
    public String id() {
        return "phone";
    }

    @Override
    public ContextRule context() {
        return CONTEXT;
    }

    @Override
    Detector withRegions(List<String> regions) {
        return new PhoneDetector(regions);
    }
}
