package io.piiscanner.core.linear;

import io.piiscanner.core.detect.CandidateSink;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.ScanText;

/**
 * Two detectors that report nothing and read ahead from every digit that starts a run: one to the
 * end of the line, as a quadratic detector does, one a bounded distance. {@link LinearWorkTest}
 * shows that its guard fails the first and passes the second.
 */
final class LineReadingDetectors {

    private LineReadingDetectors() {}

    /** Reads from each run of digits to the end of its line: quadratic in the length of a line. */
    public static final class ToLineEnd extends Base {
        public ToLineEnd() {
            super(Integer.MAX_VALUE);
        }
    }

    /** Reads at most 32 characters from each run of digits: linear. */
    public static final class Bounded extends Base {
        public Bounded() {
            super(32);
        }
    }

    private abstract static class Base implements Detector {

        private final int reach;

        Base(int reach) {
            this.reach = reach;
        }

        @Override
        public String id() {
            return getClass().getSimpleName();
        }

        @Override
        public String type() {
            return "TEST";
        }

        @Override
        public ContextRule context() {
            return ContextRule.NONE;
        }

        @Override
        public void find(ScanText text, CandidateSink sink) {
            String s = text.text();
            for (int i = text.scanStart(); i < text.scanEnd(); i++) {
                if (Character.isDigit(s.charAt(i)) && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
                    int end = (int) Math.min(s.length(), (long) i + reach);
                    int j = i;
                    while (j < end && s.charAt(j) != '\n') {
                        j++;
                    }
                }
            }
        }
    }
}
