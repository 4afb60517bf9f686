package io.piiscanner.core.linear;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.core.linear.AdversarialShape.Layout;
import io.piiscanner.core.linear.WorkMeter.Work;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 14's linear time, without a clock: the characters a scan reads ({@link WorkMeter}) for the
 * bytes of an {@link AdversarialShape} written as one line must be at most {@link #K} times those
 * for the same bytes in lines of 100. A scan that rereads a line for each candidate in it reads
 * more the longer the line (the phone detector of issue 14: 8 to 25 times as much on these 32 KiB
 * lines, and more on longer ones); a linear one reads about the same either way.
 */
class LinearWorkTest {

    /** Big enough that a quadratic cost shows as a factor of a hundred or more, small enough to scan in a blink. */
    static final int SIZE = 32 * 1024;
    /** Issue 14: one long line must scan at least half as fast as the same bytes in short lines. */
    static final double K = 2.0;
    /** One meter for every shape: defining the engine's classes again is most of a meter's cost. */
    private static final WorkMeter BUILT_IN = new WorkMeter(Set.of(), List.of());

    @ParameterizedTest
    @EnumSource(AdversarialShape.class)
    void everyShapeIsLinearWithEveryDetector(AdversarialShape shape) {
        assertLinear(BUILT_IN, shape);
    }

    @Test
    void theGuardFailsADetectorThatReadsToTheEndOfTheLineAndPassesOneThatReadsABoundedWay() {
        double quadratic = ratio(
                new WorkMeter(Set.of(), List.of(LineReadingDetectors.ToLineEnd.class.getName())),
                AdversarialShape.DIGITS);
        double bounded = ratio(
                new WorkMeter(Set.of(), List.of(LineReadingDetectors.Bounded.class.getName())),
                AdversarialShape.DIGITS);

        assertThat(quadratic).isGreaterThan(10 * K);
        assertThat(bounded).isLessThanOrEqualTo(K);
    }

    @Test
    void layoutsHoldTheSameBytesButTheLineBreaks() {
        for (AdversarialShape shape : AdversarialShape.values()) {
            byte[] line = shape.bytes(Layout.LINE, SIZE);
            byte[] lines = shape.bytes(Layout.LINES, SIZE);
            assertThat(line).hasSize(SIZE).hasSameSizeAs(lines);
            assertThat(count(line, '\n')).isEqualTo(1);
            assertThat(count(lines, '\n')).isBetween(SIZE / 130, SIZE / AdversarialShape.LINE + 1);
            assertThat(new String(lines, StandardCharsets.US_ASCII)
                            .replace('\n', ' ')
                            .trim())
                    .isEqualTo(new String(line, StandardCharsets.US_ASCII).trim());
        }
    }

    private static void assertLinear(WorkMeter meter, AdversarialShape shape) {
        Work line = meter.measure(shape.bytes(Layout.LINE, SIZE));
        Work lines = meter.measure(shape.bytes(Layout.LINES, SIZE));
        System.out.printf(
                Locale.ROOT,
                "%-13s one line %,d characters read, lines of %d %,d: ratio %.2f%n",
                shape,
                line.reads(),
                AdversarialShape.LINE,
                lines.reads(),
                (double) line.reads() / lines.reads());
        assertThat((double) line.reads() / lines.reads())
                .as(
                        "%s: %d characters read on one line of %d bytes, %d in lines of %d",
                        shape, line.reads(), SIZE, lines.reads(), AdversarialShape.LINE)
                .isLessThanOrEqualTo(K);
    }

    /** Work on one line over work in short lines, for a quarter of {@link #SIZE}: enough to tell the two detectors apart. */
    private static double ratio(WorkMeter meter, AdversarialShape shape) {
        return (double) meter.measure(shape.bytes(Layout.LINE, SIZE / 4)).reads()
                / meter.measure(shape.bytes(Layout.LINES, SIZE / 4)).reads();
    }

    private static int count(byte[] bytes, char c) {
        int n = 0;
        for (byte b : bytes) {
            n += b == c ? 1 : 0;
        }
        return n;
    }
}
