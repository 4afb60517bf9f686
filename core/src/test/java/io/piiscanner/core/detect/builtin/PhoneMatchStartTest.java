package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.DetectorTexts;
import io.piiscanner.core.detect.MatchStart;
import io.piiscanner.core.detect.ScanText;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phone detector tries its run pattern only where a number can start ({@link PhoneDetector#START});
 * it must report exactly what it reports when the pattern runs with a plain {@code find()}.
 */
class PhoneMatchStartTest {

    private static final PhoneDetector PHONE = new PhoneDetector();

    @Property(tries = 3000)
    void reportsWhatPlainFindReports(@ForAll("texts") String text) {
        assertSame(text);
    }

    @Test
    void reportsWhatPlainFindReportsInBothCorpora() {
        for (String text : DetectorTexts.corpora()) {
            assertSame(text);
        }
    }

    private static void assertSame(String text) {
        List<String> fast = new ArrayList<>();
        PHONE.find(ScanText.of(text), c -> fast.add(c.toString()));
        List<String> plain = new ArrayList<>();
        PHONE.find(ScanText.of(text), c -> plain.add(c.toString()), MatchStart.ANY);
        assertThat(fast).as("«%s»", text.length() > 300 ? text.substring(0, 300) : text).isEqualTo(plain);
    }

    @Provide
    Arbitrary<String> texts() {
        return DetectorTexts.numbersAndWords();
    }
}
