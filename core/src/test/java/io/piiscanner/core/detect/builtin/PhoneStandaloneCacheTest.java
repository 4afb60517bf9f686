package io.piiscanner.core.detect.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.detect.DetectorTexts;
import io.piiscanner.core.detect.ScanText;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@code phone-plain} takes the numbers that stand on their own from {@code phone}'s record of the
 * same window instead of parsing them again: it must report exactly what it reports alone.
 */
class PhoneStandaloneCacheTest {

    private final PhoneStandaloneCache shared = new PhoneStandaloneCache();
    private final PhoneScan phone = PhoneDetector.scan(DetectorSettings.DEFAULTS, PhoneScan.Kind.STANDALONE, shared);
    private final PhoneScan plain = PhoneDetector.scan(DetectorSettings.DEFAULTS, PhoneScan.Kind.NEEDS_CONTEXT, shared);
    private final PhoneScan plainAlone =
            PhoneDetector.scan(DetectorSettings.DEFAULTS, PhoneScan.Kind.NEEDS_CONTEXT, new PhoneStandaloneCache());

    @Property(tries = 3000)
    void plainReportsWhatItReportsAlone(@ForAll("texts") String text) {
        assertSameAfterPhone(text);
    }

    @Test
    void plainReportsWhatItReportsAloneInBothCorpora() {
        for (String text : DetectorTexts.corpora()) {
            assertSameAfterPhone(text);
        }
    }

    @Test
    void aRecordIsUsedOnlyForItsOwnWindow() {
        String recorded = "call +44 20 7946 0958";
        String other = new String(recorded);
        phone.find(ScanText.of(recorded), c -> {});
        assertThat(shared.lookup(other)).isNull();
        assertThat(shared.lookup(recorded)).isNotNull();
    }

    @Test
    void recordsTheNumbersThatStandOnTheirOwn() {
        String text = "call +44 20 7946 0958 or (212) 555-1234, not 2125551234";
        phone.find(ScanText.of(text), c -> {});
        PhoneStandaloneCache.Lookup record = shared.lookup(text);
        int gb = text.indexOf('+');
        int us = text.indexOf('(');
        assertThat(record.region(gb, gb + "+44 20 7946 0958".length())).isEqualTo("GB");
        assertThat(record.region(us, us + "(212) 555-1234".length())).isEqualTo("US");
        int bare = text.indexOf("2125551234");
        assertThat(record.region(bare, bare + 10)).isNull();
    }

    private void assertSameAfterPhone(String text) {
        ScanText window = ScanText.of(text);
        phone.find(window, c -> {});
        List<String> after = new ArrayList<>();
        plain.find(window, c -> after.add(c.toString()));
        assertThat(after)
                .as("«%s»", text.length() > 300 ? text.substring(0, 300) : text)
                .isEqualTo(findings(plainAlone, text));
    }

    private static List<String> findings(PhoneScan scan, String text) {
        List<String> out = new ArrayList<>();
        scan.find(ScanText.of(text), c -> out.add(c.toString()));
        return out;
    }

    @Provide
    Arbitrary<String> texts() {
        return DetectorTexts.numbersAndWords();
    }
}
