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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phone detector tries its run pattern only where a number can start ({@link PhoneDetector#START});
 * it must report exactly what it reports when the pattern runs with a plain {@code find()}. The
 * hand-written run end it checks first must agree with the pattern everywhere.
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

    @Property(tries = 3000)
    void runEndIsWhereTheRunPatternEnds(@ForAll("texts") String text) {
        Matcher run = PhoneDetector.RUN.matcher(text);
        Matcher before = Pattern.compile(PhoneDetector.BEFORE).matcher(text);
        for (Matcher m : List.of(run, before)) {
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
        }
        for (int i = 0; i < text.length(); i++) {
            for (int to : new int[] {text.length(), Math.min(text.length(), i + 9)}) {
                run.region(i, to);
                before.region(i, to);
                int expected = run.lookingAt() ? run.end() : -1;
                int actual = before.lookingAt() ? PhoneDetector.runEnd(text, i, to) : -1;
                assertThat(actual).as("«%s» from %d to %d", text, i, to).isEqualTo(expected);
            }
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
