package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.CandidateSink;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.detect.EntityTypes;
import io.piiscanner.core.detect.ScanText;
import java.util.List;

/**
 * What the two phone detectors share: a {@link PhoneScan} over the configured regions reporting
 * one sort of number, the mask and the E.164 normal form.
 */
abstract class PhoneDetectorBase implements Detector {

    private final PhoneScan scan;

    PhoneDetectorBase(List<String> regions, PhoneScan.Kind kind, double score) {
        this.scan = new PhoneScan(regions.stream().map(PhoneRegion::new).toList(), kind, score);
    }

    /** The same detector reading national numbers in {@code regions}. */
    abstract Detector withRegions(List<String> regions);

    @Override
    public final String type() {
        return EntityTypes.PHONE_NUMBER;
    }

    @Override
    public final Detector configure(DetectorSettings settings) {
        return settings.phoneRegions().equals(scan.regionCodes()) ? this : withRegions(settings.phoneRegions());
    }

    @Override
    public final void find(ScanText text, CandidateSink sink) {
        scan.find(text, text.text(), true, sink);
    }

    /** {@link #find(ScanText, CandidateSink)} reading {@code s}, with or without the fast path. */
    final void find(ScanText text, CharSequence s, boolean fast, CandidateSink sink) {
        scan.find(text, s, fast, sink);
    }

    /** All but the last four digits of the number masked, its extension masked whole: {@code (***) ***-1234}. */
    @Override
    public final String mask(CharSequence raw) {
        return PhoneScan.mask(raw);
    }

    /**
     * The E.164 form, so that {@code (212) 555-1234}, {@code 2125551234} and {@code +1 212-555-1234}
     * fingerprint alike.
     */
    @Override
    public final String normalize(CharSequence raw) {
        return scan.normalize(raw);
    }
}
