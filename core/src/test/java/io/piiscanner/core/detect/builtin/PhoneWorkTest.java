package io.piiscanner.core.detect.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.detect.DetectorSettings;
import io.piiscanner.core.detect.ScanText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The phone detectors' work grows linearly with their input, whatever its shape: every character
 * they read (shapes, the run pattern, splitting and reading candidates) goes through a counting
 * text, and a single long line must cost about what the same bytes in short lines cost. Before
 * the bound, a line of counting digits was read once per digit from each digit to its end.
 */
class PhoneWorkTest {

    /** Characters per line in the short-line form; a megabyte in the long-line form is tested at 200 KB. */
    private static final int LINE = 100;

    private static final int SIZE = 200_000;
    /** Reads per byte allowed: a number's characters are read by a handful of passes, each bounded. */
    private static final int READS_PER_BYTE = 40;

    /** A text that counts the characters read from it. */
    private static final class CountingText implements CharSequence {
        private final String s;
        long reads;

        CountingText(String s) {
            this.s = s;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return s.substring(start, end);
        }

        @Override
        public String toString() {
            reads += s.length();
            return s;
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1 2 3 4 5 6 7 8 9 ",
                "8.8.8.8 ",
                "12 345 6789 ",
                "1-2-3-4-5-6-",
                "(1)(2)(3)",
                "+1 +2 +3 ",
                "212-555-1234 x12 ",
                "212 555 1234 ",
                "2125551234 ",
                "1234567890123456789 ",
                "(((((1 ",
                "1 2 3 4 5 6 7 8 9 10 11 12345678901234567890123456789012345678901234567890123456789012345678901234 ",
            })
    void readsEachByteABoundedNumberOfTimesInOneLineAsInMany(String unit) {
        String line = unit.repeat(SIZE / unit.length());
        String lines = breakIntoLines(line);
        for (boolean plain : new boolean[] {false, true}) {
            long oneLine = reads(line, plain);
            long manyLines = reads(lines, plain);
            assertThat(oneLine)
                    .as("%s reads of one line of «%s»", plain ? "phone-plain" : "phone", unit)
                    .isLessThanOrEqualTo((long) READS_PER_BYTE * line.length())
                    .isLessThanOrEqualTo(2 * manyLines + line.length());
        }
    }

    /** The same bytes with a newline in place of the first space or dash after every {@link #LINE} characters. */
    private static String breakIntoLines(String line) {
        StringBuilder out = new StringBuilder(line);
        for (int i = LINE; i < out.length(); i += LINE) {
            int at = i;
            while (at < out.length() && out.charAt(at) != ' ' && out.charAt(at) != '-') {
                at++;
            }
            if (at < out.length()) {
                out.setCharAt(at, '\n');
            }
            i = at;
        }
        return out.toString();
    }

    private static long reads(String text, boolean plain) {
        CountingText counted = new CountingText(text);
        ScanText window = ScanText.of(text);
        PhoneScan.Kind kind = plain ? PhoneScan.Kind.NEEDS_CONTEXT : PhoneScan.Kind.STANDALONE;
        PhoneDetector.scan(DetectorSettings.DEFAULTS, kind).find(window, counted, true, c -> {});
        return counted.reads;
    }
}
