package io.piiscanner.core.linear;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The work counter of {@link WorkMeter}: the engine's classes, loaded through
 * {@link ReadCountingLoader}, call these methods where their code reads characters, and each read
 * adds one. A count, unlike a time, is the same on every machine and every run, so a test can
 * bound it. The engine's own classes are not changed: only the copies that loader defines call here.
 *
 * <p>One scan is counted at a time; the count is not thread-safe.
 */
public final class CharReads {

    private static long count;

    private CharReads() {}

    /** Characters read since the last {@link #reset()}. */
    public static long count() {
        return count;
    }

    public static void reset() {
        count = 0;
    }

    /** One membership test of a character class: a character read by a gate. */
    public static void tick() {
        count++;
    }

    public static char charAt(String s, int i) {
        count++;
        return s.charAt(i);
    }

    public static char charAt(CharSequence s, int i) {
        count++;
        return s.charAt(i);
    }

    /** {@link String#indexOf(int, int)}, counting the characters it passes over. */
    public static int indexOf(String s, int ch, int from) {
        int found = s.indexOf(ch, from);
        count += (found < 0 ? s.length() : found + 1) - Math.max(0, Math.min(from, s.length()));
        return found;
    }

    /** {@link String#regionMatches(boolean, int, String, int, int)}, counting the characters compared. */
    public static boolean regionMatches(
            String s, boolean ignoreCase, int offset, String other, int otherOffset, int len) {
        count += Math.max(0, len);
        return s.regionMatches(ignoreCase, offset, other, otherOffset, len);
    }

    /** A matcher whose pattern reads its input through a counting view, so that the regex engine's reads count too. */
    public static Matcher matcher(Pattern pattern, CharSequence input) {
        return pattern.matcher(new Counted(input));
    }

    /** A view of a text that counts every character read through it. */
    private record Counted(CharSequence text) implements CharSequence {

        @Override
        public char charAt(int index) {
            count++;
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
