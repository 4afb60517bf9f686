package io.piiscanner.core.detect.builtin;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.CandidateSink;
import io.piiscanner.core.detect.Gate;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.MatchStart;
import io.piiscanner.core.detect.ScanText;
import java.util.List;
import java.util.regex.Matcher;

/**
 * What the two phone parts share: finding runs ({@link PhoneRuns}) in a window, splitting a
 * run that is not one number into the numbers it holds, and sorting each number into those that
 * stand on their own and those that need phone context.
 *
 * <p>A number stands on its own when it is written with a country code, or is a national number
 * of the first region, and is grouped the way its country writes numbers ({@link PhoneFormats}):
 * two numbers that happen to stand side by side in a log ({@code 234325 4246}) are not. Bare
 * digits, other groupings and national numbers of the other regions need context. Immutable.
 */
final class PhoneScan {

    /** The two sorts of numbers, one per detector. */
    enum Kind {
        STANDALONE,
        NEEDS_CONTEXT
    }

    /** Digits with room for a leading {@code +} or {@code (} and a trailing extension. */
    private static final Gate GATE = Gate.digits(PhoneRuns.MIN_DIGITS, 2, PhoneRuns.MAX_EXTENSION_LENGTH);
    /**
     * More single-digit groups than this is a count or a list, not a number: a country code or
     * trunk prefix and two one-digit groups ({@code 0 2 9 12 34} in Bulgaria) are the most a number has.
     */
    private static final int MAX_SINGLE_DIGIT_GROUPS = 3;

    /** A number's sort and the region it belongs to. */
    private record Verdict(Kind kind, String region) {}

    private final List<PhoneRegion> regions;
    /**
     * Whether region k has the country code of a region before it: a number reads the same in
     * both, and its validity does not depend on the region it was read in, so it is read once.
     */
    private final boolean[] repeatsCountryCode;

    private final Kind wanted;
    private final double score;

    /** Reports numbers of sort {@code wanted} at {@code score}, reading national numbers in {@code regions}. */
    PhoneScan(List<PhoneRegion> regions, Kind wanted, double score) {
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("at least one phone region is needed");
        }
        this.regions = List.copyOf(regions);
        this.repeatsCountryCode = new boolean[regions.size()];
        for (int i = 0; i < regions.size(); i++) {
            for (int k = 0; k < i; k++) {
                repeatsCountryCode[i] |= regions.get(k).countryCode == regions.get(i).countryCode;
            }
        }
        this.wanted = wanted;
        this.score = score;
    }

    /** Reports the wanted numbers that start in the window's scanned range. */
    void find(ScanText text, CandidateSink sink) {
        find(text, text.text(), true, sink);
    }

    /**
     * {@link #find(ScanText, CandidateSink)} reading every character from {@code s}, the window's
     * text, so that a test can count them. With {@code fast}, runs are only looked for where one
     * can start, and found by {@link PhoneRuns#runEnd}; without, by {@link PhoneRuns#RUN}'s
     * {@code find()} everywhere.
     */
    void find(ScanText text, CharSequence s, boolean fast, CandidateSink sink) {
        int[] gated = text.regions(GATE);
        if (gated.length == 0) {
            return;
        }
        Pass pass = new Pass(text, s, sink);
        // A region that began before the window may hold a number that starts inside it.
        MatchStart.SpanVisitor onRun = (start, end) -> {
            if (start >= text.scanEnd()) {
                return false;
            }
            pass.run(start, end);
            return true;
        };
        if (fast) {
            boolean formatted = wanted == Kind.STANDALONE;
            // The run end is written by hand, rather than the pattern run again where it fits:
            // measured, the pattern took a fifth of the phone detectors' time on logs.
            (formatted ? PhoneRuns.FORMATTED_START : PhoneRuns.ANY_START)
                    .where((t, i, to) ->
                            PhoneRuns.notAfterToken(s, i, to) && PhoneRuns.mayHoldNumber(s, i, to, formatted))
                    .forEachMatch((t, i, to) -> PhoneRuns.runEnd(s, i, to), text, gated, onRun);
            return;
        }
        Matcher m = PhoneRuns.RUN.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        MatchStart.ANY.forEachMatch(m, text, gated, match -> onRun.visit(match.start(), match.end()));
    }

    /** One window's scan, with the arrays it reuses from run to run. */
    private final class Pass {
        private final ScanText text;
        private final CharSequence s;
        private final CandidateSink sink;
        private final WrittenNumber written = new WrittenNumber();
        /** Piece k of a run is {@code [cuts[k] + 1, cuts[k + 1])}; a run has at most MAX_GROUPS pieces. */
        private final int[] cuts = new int[PhoneRuns.MAX_GROUPS + 1];
        /** The digits and the one-digit groups of the pieces before piece k. */
        private final int[] digits = new int[cuts.length];

        private final int[] singles = new int[cuts.length];
        /** The numbers found in a run: pieces {@code [foundFrom[n], foundTo[n])}, and what they are. */
        private final int[] foundFrom = new int[cuts.length];

        private final int[] foundTo = new int[cuts.length];
        private final Verdict[] found = new Verdict[cuts.length];
        /** The verdict of the last number {@link #longest} found. */
        private Verdict lastVerdict;
        /** Where the last run ended if its cluster of digit groups goes on after it, else -1. */
        private int cutEnd = -1;
        /** Whether the runs of that cluster so far split into numbers wholly. */
        private boolean cutSplits;

        Pass(ScanText text, CharSequence s, CandidateSink sink) {
            this.text = text;
            this.s = s;
            this.sink = sink;
        }

        /**
         * Reports the numbers of the run {@code [start, end)}. A cluster of digit groups longer
         * than {@link PhoneRuns#MAX_GROUPS} comes as several runs, one after the other: a run
         * continuing a cluster may keep numbers of several pieces only while every run before it
         * split into numbers wholly, so the end of a long list of digit groups
         * ({@code 0 9643 5 009 ... 73 6 3 806 875 3227}) is not read as a number of its own.
         */
        void run(int start, int end) {
            int numberEnd = PhoneRuns.numberEnd(s, start, end);
            // A cluster goes on right after the separator that ends its last run, or touching its parenthesis.
            boolean continues = cutEnd >= 0 && (start == cutEnd || start == cutEnd + 1);
            boolean splits = read(start, end, numberEnd, !continues || cutSplits);
            cutEnd = end == numberEnd && PhoneRuns.goesOn(s, end) ? end : -1;
            cutSplits = splits;
        }

        /**
         * Reports the run {@code [start, end)} as one number, or else, greedy left to right, the
         * longest number starting at each of its space-separated pieces, continuing after it
         * ({@code qty 3 212-555-1234}). A number written in several pieces is kept only when the
         * whole run splits into numbers ({@code 020 7946 0958 020 7946 0959}): among other digit
         * groups it is as likely a coincidence ({@code backoff 250 500 1000 2000}). Returns
         * whether the run split into numbers wholly.
         *
         * @param whole whether the run may be read as a whole: nothing before it in its cluster
         *     was left over, else only its one-piece numbers are kept
         */
        private boolean read(int start, int end, int numberEnd, boolean whole) {
            int pieces = cut(start, numberEnd);
            if (whole && mayBeNumber(0, pieces) && text.keeps(start, end)) {
                Verdict v = verdict(start, numberEnd);
                if (v != null) {
                    report(start, end, v, end > numberEnd);
                    return true;
                }
            }
            if (pieces > 2 && uniform(pieces)) {
                // Blocks of one size (4111 1111 1111 1111, 123 456 789 012) make one long number.
                return false;
            }
            // What follows a country code alone (+44) is not a number of its own.
            boolean countryCodeFirst =
                    s.charAt(start) == '+' && cuts[1] - start <= 4 && digits[1] == cuts[1] - start - 1;
            int numbers = 0;
            boolean split = whole;
            for (int k = 0; k < pieces; k++) {
                // The whole run was tried already; once a piece is left over, only one-piece
                // numbers can be kept, so no longer ones are looked for.
                int longest = !split ? k + 1 : k == 0 ? pieces - 1 : k == 1 && countryCodeFirst ? k : pieces;
                int j = longest(k, longest, pieces);
                if (j > k) {
                    foundFrom[numbers] = k;
                    foundTo[numbers] = j;
                    found[numbers++] = lastVerdict;
                    k = j - 1;
                } else {
                    split = false;
                }
            }
            for (int n = 0; n < numbers; n++) {
                if (split || foundTo[n] - foundFrom[n] == 1) {
                    int from = cuts[foundFrom[n]] + 1;
                    int to = cuts[foundTo[n]];
                    boolean toEnd = to == numberEnd;
                    report(from, toEnd ? end : to, found[n], toEnd && end > numberEnd);
                }
            }
            return split;
        }

        /**
         * The end piece of the longest number among pieces {@code [k, j)} for {@code j} from
         * {@code longest} down, of a run of {@code pieces}, with its verdict in {@link #lastVerdict};
         * {@code k} for none. Most are ruled out by their count of digits or one-digit groups,
         * without reading them.
         */
        private int longest(int k, int longest, int pieces) {
            for (int j = longest; j > k; j--) {
                if (digits[j] - digits[k] < PhoneRuns.MIN_DIGITS) {
                    break;
                }
                // A number of several pieces is kept only when the whole run splits into numbers,
                // which pieces after it too few digits for a number rule out.
                int rest = digits[pieces] - digits[j];
                boolean doomed = j - k > 1 && rest > 0 && rest < PhoneRuns.MIN_DIGITS;
                if (doomed || !mayBeNumber(k, j) || !text.keeps(cuts[k] + 1, cuts[j])) {
                    continue;
                }
                lastVerdict = verdict(cuts[k] + 1, cuts[j]);
                if (lastVerdict != null) {
                    return j;
                }
            }
            return k;
        }

        /**
         * Whether the run's pieces are single groups of three digits each, or of four: the blocks
         * of card, account and large numbers, too short to be numbers of their own.
         */
        private boolean uniform(int pieces) {
            int length = digits[1];
            for (int k = 0; k < pieces; k++) {
                if (digits[k + 1] - digits[k] != length || cuts[k + 1] - cuts[k] - 1 != length) {
                    return false;
                }
            }
            return length == 3 || length == 4;
        }

        /** Whether pieces {@code [k, j)} hold as many digits and one-digit groups as a number can. */
        private boolean mayBeNumber(int k, int j) {
            int n = digits[j] - digits[k];
            return n >= PhoneRuns.MIN_DIGITS
                    && n <= PhoneRuns.MAX_DIGITS
                    && singles[j] - singles[k] <= MAX_SINGLE_DIGIT_GROUPS;
        }

        /**
         * Cuts {@code [start, end)}, the number of a run, into pieces at its spaces, counting
         * digits and one-digit groups as it goes; returns the number of pieces.
         */
        private int cut(int start, int end) {
            int pieces = 0;
            int group = 0;
            cuts[0] = start - 1;
            digits[1] = 0;
            singles[1] = 0;
            for (int i = start; i <= end; i++) {
                char c = i < end ? s.charAt(i) : ' ';
                if (c >= '0' && c <= '9') {
                    group++;
                    continue;
                }
                digits[pieces + 1] += group;
                singles[pieces + 1] += group == 1 ? 1 : 0;
                group = 0;
                if (c == ' ') {
                    cuts[++pieces] = i;
                    if (pieces + 1 < cuts.length) {
                        digits[pieces + 1] = digits[pieces];
                        singles[pieces + 1] = singles[pieces];
                    }
                }
            }
            return pieces;
        }

        private void report(int start, int end, Verdict v, boolean extension) {
            if (v.kind() == wanted && start >= text.scanStart() && start < text.scanEnd()) {
                sink.accept(new Candidate(start, end, score, extension ? v.region() + ", extension" : v.region()));
            }
        }

        /**
         * What {@code s[from, to)} is: a number that stands on its own, one that needs context
         * (only looked for when those are wanted), or null for neither. The cheap tests come first:
         * in logs, most runs fail them.
         */
        private Verdict verdict(int from, int to) {
            WrittenNumber w = written;
            if (!w.read(s, from, to) || w.digits < PhoneRuns.MIN_DIGITS || w.singles > MAX_SINGLE_DIGIT_GROUPS) {
                return null;
            }
            PhoneRegion first = regions.get(0);
            if (w.plus || first.startsWithInternationalPrefix(s, from, to)) {
                // The country code says which country's number it is: the first region only reads
                // the call prefix (011 in the US). Digits after such a prefix may also be a national
                // number with its trunk prefix elsewhere, as Delhi's 011 2345 6789.
                PhoneRegion.Parsed p = first.parseValid(s.subSequence(from, to));
                if (p != null) {
                    if (w.isFormatted() && PhoneRegion.grouped(p.number(), w.lengths, w.count, w.digits)) {
                        return new Verdict(Kind.STANDALONE, p.region());
                    }
                    return wanted == Kind.NEEDS_CONTEXT ? new Verdict(Kind.NEEDS_CONTEXT, p.region()) : null;
                }
                if (w.plus) {
                    return null;
                }
            }
            boolean firstTried = w.isFormatted()
                    && first.mayBeNational(s, from, to, w.digits)
                    && first.mayBeGrouped(s, from, to, w.lengths, w.count)
                    && !w.looksLikeOtherNumber(s, from, to);
            PhoneRegion.Parsed inFirst = firstTried ? first.parseValid(s.subSequence(from, to)) : null;
            if (inFirst != null
                    && !PhoneRegion.lacksTrunkPrefix(inFirst.number(), w.digits)
                    && PhoneRegion.grouped(inFirst.number(), w.lengths, w.count, w.digits)) {
                return new Verdict(Kind.STANDALONE, inFirst.region());
            }
            if (wanted != Kind.NEEDS_CONTEXT || (!firstTried && w.looksLikeOtherNumber(s, from, to))) {
                return null;
            }
            String digits = null;
            // Bare digits of a region after the first are read only with its trunk prefix
            // (02079460958): without, most digit runs are valid somewhere (India's landlines).
            boolean bare = !w.isFormatted();
            for (int i = 0; i < regions.size(); i++) {
                PhoneRegion r = regions.get(i);
                if (repeatsCountryCode[i]
                        || (bare && i > 0 && !r.startsWithTrunkPrefix(s, from, to))
                        || !r.mayBeNational(s, from, to, w.digits)) {
                    continue;
                }
                if (digits == null) {
                    digits = Masks.digits(s.subSequence(from, to));
                }
                if (r.lacksTrunkPrefix(digits)) {
                    continue;
                }
                PhoneRegion.Parsed p = i == 0 && firstTried ? inFirst : r.parseValid(s.subSequence(from, to));
                if (p != null && !PhoneRegion.lacksTrunkPrefix(p.number(), w.digits)) {
                    return new Verdict(Kind.NEEDS_CONTEXT, p.region());
                }
            }
            return null;
        }
    }

    /** The E.164 form of {@code raw}, read in the first region where it is valid, so spellings fingerprint alike. */
    String normalize(CharSequence raw) {
        CharSequence number = raw.subSequence(0, PhoneRuns.numberEnd(raw, 0, raw.length()));
        for (PhoneRegion r : regions) {
            String e164 = r.e164(number);
            if (e164 != null) {
                return e164;
            }
        }
        return regions.get(0).anyE164(number);
    }

    /**
     * The number with all but its last four digits masked, and its extension masked whole:
     * {@code (***) ***-1234 x***}.
     */
    static String mask(CharSequence raw) {
        int numberEnd = PhoneRuns.numberEnd(raw, 0, raw.length());
        return Masks.keepLast(raw.subSequence(0, numberEnd), 4) + Masks.all(raw.subSequence(numberEnd, raw.length()));
    }
}
