package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.CandidateSink;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.ScanText;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds phone numbers, as two {@link #parts() parts} reported under ids of their own.
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
public final class PhoneDetector implements Detector {

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

    private static final ContextRule CONTEXT = ContextRule.boostedBy(LABELS).withLabelWords(LABEL_WORDS);
    private static final ContextRule PLAIN_CONTEXT =
            ContextRule.requiring(LABELS).withLabelWords(LABEL_WORDS).penalizedBy(OTHER_LABELS);

    private final String id;
    private final ContextRule context;
    private final PhoneScan scan;
    /** {@code phone} and {@code phone-plain}, reading national numbers of the same regions. */
    private final List<Detector> parts;

    /** A detector for national numbers of the default regions ({@link DetectorSettings#DEFAULTS}). */
    public PhoneDetector() {
        this(DetectorSettings.DEFAULTS.phoneRegions());
    }

    private PhoneDetector(List<String> regions) {
        this(
                "phone",
                CONTEXT,
                scan(regions, PhoneScan.Kind.STANDALONE, SCORE),
                new PhoneDetector(
                        "phone-plain", PLAIN_CONTEXT, scan(regions, PhoneScan.Kind.NEEDS_CONTEXT, PLAIN_SCORE), null));
    }

    /** The part reported as {@code id}; the whole when it has its {@code plain} part. */
    private PhoneDetector(String id, ContextRule context, PhoneScan scan, PhoneDetector plain) {
        this.id = id;
        this.context = context;
        this.scan = scan;
        this.parts = plain == null ? List.of(this) : List.of(this, plain);
    }

    private static PhoneScan scan(List<String> regions, PhoneScan.Kind kind, double score) {
        return new PhoneScan(regions.stream().map(PhoneRegion::new).toList(), kind, score);
    }

    /** {@code word} as the engine reads its UTF-8 bytes. */
    private static String utf8(String word) {
        return new String(word.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The {@code phone-plain} part of the whole detector. */
    PhoneDetector plain() {
        return (PhoneDetector) parts.get(1);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String type() {
        return EntityTypes.PHONE_NUMBER;
    }

    @Override
    public ContextRule context() {
        return context;
    }

    /** The same part, reading national numbers of the configured regions. */
    @Override
    public Detector configure(DetectorSettings settings) {
        if (settings.phoneRegions().equals(scan.regionCodes())) {
            return this;
        }
        PhoneDetector whole = new PhoneDetector(settings.phoneRegions());
        return id.equals(whole.id) ? whole : whole.plain();
    }

    @Override
    public void find(ScanText text, CandidateSink sink) {
        scan.find(text, text.text(), true, sink);
    }

    /** {@link #find(ScanText, CandidateSink)} reading {@code s}, with or without the fast path. */
    void find(ScanText text, CharSequence s, boolean fast, CandidateSink sink) {
        scan.find(text, s, fast, sink);
    }

    /** All but the last four digits of the number masked, its extension masked whole: {@code (***) ***-1234}. */
    @Override
    public String mask(CharSequence raw) {
        return PhoneScan.mask(raw);
    }

    /**
     * The E.164 form, so that {@code (212) 555-1234}, {@code 2125551234} and {@code +1 212-555-1234}
     * fingerprint alike.
     */
    @Override
    public String normalize(CharSequence raw) {
        return scan.normalize(raw);
    }

    /** {@code phone}, then {@code phone-plain}. */
    @Override
    public List<Detector> parts() {
        return parts;
    }
}
