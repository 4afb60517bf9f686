package io.piiscanner.core.config;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CandidateSink;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.DerivedStart;
import io.piiscanner.core.detect.Detector;
import io.piiscanner.core.detect.DetectorLimitException;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.ScanText;
import java.util.function.Predicate;

/**
 * A detector defined in a configuration file: an RE2/J pattern, an optional checksum and context.
 *
 * <p>RE2/J finds one match in time linear in the text it reads, but finding every match can read
 * the same text again and again: with {@code a*b|a} over a run of {@code a}, each one-letter match
 * is found only after the {@code a*b} branch has read to the end of the run. So the matcher sees
 * at most {@value #STEP} + {@value #REACH} characters at a time, past which no candidate could end
 * (the engine keeps none over 1,536 bytes), and the characters it reads are counted: past
 * {@value #MAX_READS_PER_BYTE} per byte of the window, the detector gives up on the input with a
 * {@link DetectorLimitException} instead of running for minutes.
 */
final class PatternDetector implements Detector {

    /** Start positions searched by one call of the matcher. */
    private static final int STEP = 1 << 14;
    /** Characters the matcher sees past the last start it searches: more than any candidate's length. */
    private static final int REACH = 2048;
    /**
     * Characters read per byte of a window before the detector gives up. An ordinary pattern
     * reads each about three times (the character, and its neighbours for {@code \b} and the like).
     */
    static final int MAX_READS_PER_BYTE = 16;
    /** Characters anchored tries may read per byte of a window before the rest is left to {@code find()}. */
    private static final int ANCHORED_READS_PER_BYTE = 4;

    private final String id;
    private final String type;
    private final Pattern pattern;
    private final DerivedStart start;
    private final double score;
    private final Predicate<CharSequence> validator;
    private final ContextRule context;
    private final int keepLast;

    PatternDetector(
            String id,
            String type,
            Pattern pattern,
            DerivedStart start,
            double score,
            Predicate<CharSequence> validator,
            ContextRule context,
            int keepLast) {
        this.id = id;
        this.type = type;
        this.pattern = pattern;
        this.start = start;
        this.score = score;
        this.validator = validator;
        this.context = context;
        this.keepLast = keepLast;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public ContextRule context() {
        return context;
    }

    /**
     * Reports the matches starting in the scanned range, left to right and not overlapping, as
     * {@code find()} over the window would, except around matches too long to be candidates.
     * Where the pattern's {@link DerivedStart starts} are known and no match looks behind its start, the pattern is tried anchored at each of them ({@link #findAnchored}), which reads
     * only the characters each try needs; otherwise each search starts at the next of them.
     *
     * <p>Where the pattern has a {@link DerivedStart#gate() gate}, starts lie in its regions and the
     * matcher sees the text up to the end of the region it starts in and one character more, for a
     * {@code \b} at a match's end: every match the matcher can find in that view lies in a region,
     * so it is one that {@code find()} over the window finds, and no match of the window is longer.
     */
    @Override
    public void find(ScanText text, CandidateSink sink) {
        Prefix view = new Prefix(text.text());
        DerivedStart.Cursor starts = start.in(text);
        int from = start.anchorable() ? findAnchored(text, starts, view, sink) : text.scanStart();
        if (from < text.scanEnd()) {
            findFrom(text, from, starts, view, sink);
        }
    }

    /**
     * Tries the pattern anchored at each first character, within {@value #REACH} characters of
     * it; the first try that matches at a start is the match {@code find()} would return from
     * there, as the pattern cannot match starting on any other character. Returns where to go on
     * with {@link #findFrom}: the end of the window, or, once the tries have read
     * {@value #ANCHORED_READS_PER_BYTE} characters per byte (a text where many starts each begin
     * a long partial match), the next start, so that the cost stays linear; or the start of a try
     * that read to the end of its view, where a longer match could have been preferred.
     */
    private int findAnchored(ScanText text, DerivedStart.Cursor starts, Prefix view, CandidateSink sink) {
        String s = text.text();
        int scanEnd = text.scanEnd();
        Matcher m = pattern.matcher(view);
        long budget = ANCHORED_READS_PER_BYTE * (long) (scanEnd - text.scanStart() + REACH);
        for (int at = starts.next(text.scanStart(), scanEnd); at < scanEnd; ) {
            if (view.reads > budget) {
                return at;
            }
            // The gate region holding the start, and the character after it for a \b at its end.
            int regionView = starts.end(at) + 1;
            view.offset = at;
            view.limit = Math.min(s.length(), Math.min(at + REACH, regionView));
            view.readLast = false;
            m.reset(view);
            boolean found = m.lookingAt();
            if (view.readLast && view.limit < s.length() && view.limit < regionView) {
                // The try needed text beyond its view, a match too long to be a candidate or a
                // longer one the pattern prefers: find() sees further. So no match here is cut short.
                return at;
            }
            if (!found || m.end() == 0) {
                at = starts.next(at + 1, scanEnd);
                continue;
            }
            int end = at + m.end();
            if (validator.test(s.subSequence(at, end))) {
                sink.accept(new Candidate(at, end, score));
            }
            at = starts.next(end, scanEnd);
        }
        return scanEnd;
    }

    /** Reports the matches of the scanned range from {@code from} on, searching with {@code find()}. */
    private void findFrom(ScanText text, int from, DerivedStart.Cursor starts, Prefix view, CandidateSink sink) {
        String s = text.text();
        view.offset = 0;
        view.reads = 0;
        Matcher m = pattern.matcher(view);
        long budget = MAX_READS_PER_BYTE * (long) (text.scanEnd() - text.scanStart() + STEP + REACH);
        // Where a match cut short by the end of the view goes on: what starts there is its rest.
        int rest = -1;
        while (from < text.scanEnd()) {
            from = starts.next(from, text.scanEnd());
            if (from == text.scanEnd()) {
                return;
            }
            int regionEnd = starts.end(from);
            // Whether the view ends with the gate region (and the character after it).
            boolean inRegion = regionEnd + 1 <= from + STEP + REACH;
            view.limit = Math.min(s.length(), Math.min(from + STEP + REACH, regionEnd + 1));
            m.reset(view);
            boolean found = m.find(from);
            if (view.reads > budget) {
                throw new DetectorLimitException("the pattern read the text more than " + MAX_READS_PER_BYTE
                        + " times over; simplify it, for example by removing alternatives that overlap");
            }
            if (!found || m.start() >= regionEnd) {
                if (!inRegion && view.limit == s.length()) {
                    return;
                }
                from = inRegion ? regionEnd : from + STEP;
                continue;
            }
            int start = m.start();
            int end = m.end();
            if (start >= text.scanEnd()) {
                return;
            }
            if (start >= from + STEP) {
                from = start;
                continue;
            }
            boolean cut = end == view.limit && end < s.length();
            if (start != rest && end > start && !cut && validator.test(s.subSequence(start, end))) {
                sink.accept(new Candidate(start, end, score));
            }
            rest = cut ? end : -1;
            from = end > start ? end : start + 1;
        }
    }

    @Override
    public String mask(CharSequence raw) {
        return keepLast == 0 ? Masks.all(raw) : Masks.keepLast(raw, keepLast);
    }

    /**
     * The characters of a string from {@link #offset} to {@link #limit}, counting the characters
     * read. Matching with {@code find()} uses offset 0; anchored tries start the view at their start.
     */
    private static final class Prefix implements CharSequence {
        private final String s;
        int offset;
        int limit;
        long reads;
        /** Whether the last character of the view was read. */
        boolean readLast;

        Prefix(String s) {
            this.s = s;
        }

        @Override
        public int length() {
            return limit - offset;
        }

        @Override
        public char charAt(int index) {
            reads++;
            readLast |= offset + index == limit - 1;
            return s.charAt(offset + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.substring(offset + start, offset + end);
        }

        @Override
        public String toString() {
            return s.substring(offset, limit);
        }
    }
}
