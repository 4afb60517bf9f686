package io.piiscanner.core.detect.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.detect.DetectorTexts;
import io.piiscanner.core.detect.ScanText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The phone detectors try their run pattern only where a number can start; each must report
 * exactly what it reports when the pattern runs with a plain {@code find()}. The hand-written run
 * end they check first must agree with the pattern everywhere.
 */
class PhoneMatchStartTest {

    private static final PhoneScan PHONE = PhoneDetector.scan(DetectorSettings.DEFAULTS, PhoneScan.Kind.STANDALONE);
    private static final PhoneScan PLAIN = PhoneDetector.scan(DetectorSettings.DEFAULTS, PhoneScan.Kind.NEEDS_CONTEXT);

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

    @Test
    void reportsWhatPlainFindReportsOnExtensionsAndLabels() {
        for (String text : List.of(
                "415-867-5309x793 x 12 ext. 4",
                "Desk: 4158675309x12-Fax",
                "5309 #12 #13",
                "212 555 1234 extension: 123456 7",
                "(212) 555-1234-Home 4",
                "+1 415 867 5309 X12x3")) {
            assertSame(text);
        }
    }

    @Property(tries = 3000)
    void runEndIsWhereTheRunPatternEnds(@ForAll("texts") String text) {
        Matcher run = PhoneRuns.RUN.matcher(text);
        Matcher before = Pattern.compile(PhoneRuns.BEFORE).matcher(text);
        for (Matcher m : List.of(run, before)) {
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
        }
        for (int i = 0; i < text.length(); i++) {
            for (int to : new int[] {text.length(), Math.min(text.length(), i + 9)}) {
                run.region(i, to);
                before.region(i, to);
                int expected = run.lookingAt() ? run.end() : -1;
                int actual = before.lookingAt() ? PhoneRuns.runEnd(text, i, to) : -1;
                assertThat(actual).as("«%s» from %d to %d", text, i, to).isEqualTo(expected);
            }
        }
    }

    private static void assertSame(String text) {
        String shown = text.length() > 300 ? text.substring(0, 300) : text;
        List<String> fast = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        PHONE.find(ScanText.of(text), text, true, c -> fast.add(c.toString()));
        PHONE.find(ScanText.of(text), text, false, c -> plain.add(c.toString()));
        assertThat(fast).as("phone «%s»", shown).isEqualTo(plain);
        fast.clear();
        plain.clear();
        PLAIN.find(ScanText.of(text), text, true, c -> fast.add(c.toString()));
        PLAIN.find(ScanText.of(text), text, false, c -> plain.add(c.toString()));
        assertThat(fast).as("phone-plain «%s»", shown).isEqualTo(plain);
    }

    /** The detectors' shared texts, with extensions and label suffixes mixed in. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> extras = Arbitraries.of(
                "x",
                "X12",
                " x",
                "ext",
                " ext. ",
                "extension",
                "Ext:",
                "#",
                " #",
                "-Fax",
                "-office",
                "-Home ",
                "extn",
                "-42",
                "x1234567");
        return Arbitraries.oneOf(
                DetectorTexts.numbersAndWords(),
                Arbitraries.oneOf(DetectorTexts.numbersAndWords(), extras)
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(6)
                        .map(parts -> String.join("", parts)));
    }
}
