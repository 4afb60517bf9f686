package io.piiscanner.core.detect;

import java.util.Objects;

/**
 * A cheap test of where in a window a detector's candidates can be, so the detector's pattern runs
 * only there instead of at every position. Gates are computed once per window and shared by every
 * detector using the same gate; a well-chosen gate never hides a candidate.
 */
public sealed interface Gate {

    /** No gate: the detector scans the whole window. */
    Gate ANYWHERE = new Anywhere();

    /**
     * Clusters of digits: digits separated by at most three of {@code " \t-./(),+"}. Regions are the
     * clusters with at least {@code minDigits} digits, widened by {@code before} and {@code after}
     * characters for prefixes and suffixes such as {@code +}, {@code (}, letters of a passport
     * number or a month name.
     */
    static Gate digits(int minDigits, int before, int after) {
        return new Digits(minDigits, before, after);
    }

    /** Maximal runs of characters of one class whose length is within [minLength, maxLength]. */
    static Gate runs(CharClass chars, int minLength, int maxLength) {
        return new Runs(chars, chars, minLength, maxLength);
    }

    /**
     * As {@link #runs}, keeping only runs that hold at least one character of {@code required}, a
     * part of {@code chars} such as the dots and colons of an IP address. Found by looking for
     * those characters, which costs far less than finding every run where the class is common.
     */
    static Gate runsHolding(CharClass chars, CharClass required, int minLength, int maxLength) {
        return new Runs(chars, required, minLength, maxLength);
    }

    /**
     * The regions of this gate that pass {@code test}: a gate narrowed by a test of a region's
     * characters that no gate expresses, such as "three dots, a double colon or six colons" for
     * the runs of address characters that can hold an IP address. It is computed once per window
     * from this gate's regions, which other detectors still share; detectors share the narrowed
     * gate only where they hold the same instance, so declare it once, as a constant.
     */
    default Gate narrowedTo(RegionTest test) {
        return new Narrowed(this, test);
    }

    /** A test of one region of a gate, see {@link #narrowedTo}. */
    @FunctionalInterface
    interface RegionTest {
        /** Whether {@code [start, end)} of {@code text} can hold a candidate. */
        boolean mayHold(CharSequence text, int start, int end);
    }

    /** See {@link #ANYWHERE}. */
    record Anywhere() implements Gate {}

    /** See {@link #digits}. */
    record Digits(int minDigits, int before, int after) implements Gate {
        public Digits {
            if (minDigits < 1 || before < 0 || after < 0) {
                throw new IllegalArgumentException("bad digit gate");
            }
        }
    }

    /** See {@link #narrowedTo}. */
    record Narrowed(Gate gate, RegionTest test) implements Gate {
        public Narrowed {
            Objects.requireNonNull(gate, "gate");
            Objects.requireNonNull(test, "test");
        }
    }

    /** See {@link #runs} and {@link #runsHolding}; {@code required} is {@code chars} for plain runs. */
    record Runs(CharClass chars, CharClass required, int minLength, int maxLength) implements Gate {
        public Runs {
            if (minLength < 1 || maxLength < minLength || !required.isSubsetOf(chars)) {
                throw new IllegalArgumentException("bad run gate");
            }
        }
    }
}
