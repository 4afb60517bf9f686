package io.piiscanner.core.detect;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Settings that configure built-in detectors.
 *
 * @param phoneRegions ISO 3166 regions whose national phone numbers (written without a country
 *     code) are looked for, in order of preference: numbers of the first stand on their own, those
 *     of the others need phone context such as "tel" or "mobile" nearby
 */
public record DetectorSettings(List<String> phoneRegions) {

    /**
     * Presidio's default phone regions (US, UK, DE, FE, IL, IN, CA, BR), with its UK written GB, the
     * ISO code libphonenumber knows, and FR in place of FE, which is no region.
     */
    public static final String DEFAULT_PHONE_REGIONS_TEXT = "US,GB,DE,FR,IL,IN,CA,BR";

    /** {@link #DEFAULT_PHONE_REGIONS_TEXT} as a list. */
    public static final List<String> DEFAULT_PHONE_REGIONS = List.of(DEFAULT_PHONE_REGIONS_TEXT.split(","));

    public static final DetectorSettings DEFAULTS = new DetectorSettings(DEFAULT_PHONE_REGIONS);

    /**
     * Upper-cases the codes and drops repeats.
     *
     * @throws IllegalArgumentException when the list is empty or a code is not a region libphonenumber knows
     */
    public DetectorSettings {
        Objects.requireNonNull(phoneRegions, "phoneRegions");
        Set<String> codes = new LinkedHashSet<>();
        for (String code : phoneRegions) {
            String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            if (!isKnownRegion(upper)) {
                throw new IllegalArgumentException("'" + code + "' is not a known region;"
                        + " use a two-letter ISO 3166 code such as US, GB or DE");
            }
            codes.add(upper);
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("is empty; at least one phone region is needed");
        }
        phoneRegions = List.copyOf(codes);
    }

    /**
     * The default regions with {@code region} moved or added first: what the single-region
     * settings ({@code --region}, {@code defaultRegion}) mean.
     */
    public static DetectorSettings withFirstRegion(String region) {
        List<String> codes = new ArrayList<>();
        codes.add(region);
        codes.addAll(DEFAULT_PHONE_REGIONS);
        return new DetectorSettings(codes);
    }

    /** The region whose national numbers stand on their own. */
    public String firstRegion() {
        return phoneRegions.get(0);
    }

    /** Whether {@code code} is a two-letter region libphonenumber has metadata for, in any case. */
    public static boolean isKnownRegion(String code) {
        return code != null
                && code.length() == 2
                && PhoneNumberUtil.getInstance().getSupportedRegions().contains(code.toUpperCase(Locale.ROOT));
    }
}
