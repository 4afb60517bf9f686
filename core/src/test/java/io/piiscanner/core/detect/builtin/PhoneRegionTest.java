package io.piiscanner.core.detect.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The validity check takes a shortcut for numbers of the default region's own country code; it
 * must agree with libphonenumber's {@code isValidNumber} for every number, of any region.
 */
class PhoneRegionTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Property(tries = 3000)
    void agreesWithIsValidNumber(@ForAll("regions") String region, @ForAll("numbers") String raw) {
        boolean expected;
        try {
            expected = UTIL.isValidNumber(UTIL.parse(raw, region));
        } catch (NumberParseException e) {
            expected = false;
        }
        assertThat(new PhoneRegion(region).parseValid(raw) != null)
                .as("%s in %s", raw, region)
                .isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> regions() {
        return Arbitraries.of("US", "CA", "GB", "DE", "JP", "IN", "BR", "AG", "IT", "JE", "RU", "KZ");
    }

    /** National and international numbers, many of them in plans shared by several regions (+1, +44, +7). */
    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> nanp = Arbitraries.strings()
                .numeric()
                .ofLength(7)
                .flatMap(rest -> Arbitraries.of("212", "416", "268", "684", "876", "555", "800", "199", "939", "664")
                        .map(area -> area + rest));
        Arbitrary<String> any = Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(13);
        return Arbitraries.oneOf(
                nanp.map(n -> n.substring(0, 3) + "-" + n.substring(3, 6) + "-" + n.substring(6)),
                nanp.map(n -> "+1 " + n),
                any,
                any.map(n -> "+" + n),
                any.map(n -> "0" + n),
                any.map(n -> "+44 " + n),
                any.map(n -> "+7 " + n));
    }
}
