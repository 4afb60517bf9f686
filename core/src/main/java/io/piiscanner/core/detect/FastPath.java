package io.piiscanner.core.detect;

import io.piiscanner.core.detect.RegexTree.Atom;
import io.piiscanner.core.detect.RegexTree.Group;
import io.piiscanner.core.detect.RegexTree.Look;
import io.piiscanner.core.detect.RegexTree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@link Gate} and {@link MatchStart} of a declared pattern, derived from the pattern itself
 * and the {@link DetectorDeclaration.Where where} its matches lie, so that no detector writes them
 * by hand:
 *
 * <ul>
 *   <li>the characters a match starts with: the first atoms of its alternatives;
 *   <li>the characters it cannot follow: the one-character alternatives of its leading negative
 *       look-behinds ({@code (?<![\w+\-])});
 *   <li>the token leads: how many digits or letters run from its start before something that is
 *       neither ends the run ({@code \d{3}([-.])} leads with exactly three digits alone,
 *       {@code [A-Z]\d{8}} with one letter and more);
 *   <li>the fewest digits a match holds, for a digit-cluster gate, and the length bounds of a
 *       match made of one run of characters, for a run gate.
 * </ul>
 *
 * Each fact holds for every match the pattern can make, and what is not read with certainty is
 * left out (a shorter list of characters not to follow, no lead), so that the fast path finds
 * exactly what {@link java.util.regex.Matcher#find()} over the gate's regions finds.
 *
 * @param gate        the regions the pattern runs in
 * @param start       where in them it is tried
 * @param tokenLength when positive, the pattern runs instead within this many characters of each
 *     token {@code start} allows ({@link MatchStart#tokenRegions}): a match's greatest length
 */
record FastPath(Gate gate, MatchStart start, int tokenLength) {

    /** The longest match worth a region per token: the engine keeps no longer candidate. */
    private static final int LONGEST_MATCH = 1536;

    private static final boolean[] DIGITS = members(CharClass.DIGIT);
    private static final boolean[] LETTERS = members(CharClass.LETTER);
    private static final boolean[] ALNUM = members(CharClass.ALNUM);

    /** The classes whose runs a custom pattern's matches may be, narrowest first. */
    private static final List<CharClass> RUN_CLASSES =
            List.of(CharClass.DIGIT, CharClass.LETTER, CharClass.ALNUM, CharClass.WORD);

    /** How the first run of a match is followed: by a character that ends its token, or one that goes on. */
    private enum End {
        ALONE,
        MORE,
        EITHER;

        End and(End other) {
            return other == null || other == this ? this : EITHER;
        }
    }

    /**
     * The first run of the matches of one alternative: {@code min..max} characters of
     * {@code kind} (digits or letters) and how the run ends.
     */
    private record Lead(boolean[] kind, int min, int max, End end) {}

    /** The fast path of {@code pattern} whose matches lie as {@code where} says. */
    static FastPath derive(Pattern pattern, DetectorDeclaration.Where where) {
        List<List<Node>> tree = RegexTree.parse(pattern.pattern());
        if (tree == null || (pattern.flags() & ~Pattern.UNIX_LINES) != 0) {
            throw new IllegalArgumentException(
                    "cannot derive a fast path for " + pattern + ": flags and inline flags are not followed");
        }
        boolean[] notAfter = notAfter(tree);
        MatchStart start = matchStart(tree, notAfter);
        return switch (where.kind()) {
            case DIGIT_CLUSTER ->
                new FastPath(Gate.digits(requireDigits(pattern, tree, where), where.before(), where.after()), start, 0);
            case RUN -> new FastPath(runGate(pattern, tree, notAfter, where.chars()), start, 0);
            case RARE_TOKENS -> new FastPath(Gate.ANYWHERE, start, requireTokenLength(pattern, tree, start));
            case ANYWHERE -> new FastPath(Gate.ANYWHERE, start, 0);
        };
    }

    /** A match's greatest length, when its start is on tokens and it is bounded. */
    private static int requireTokenLength(Pattern pattern, List<List<Node>> tree, MatchStart start) {
        int length = maxLength(tree);
        if (start == MatchStart.ANY || length > LONGEST_MATCH) {
            throw new IllegalArgumentException(
                    pattern + " does not start on tokens with a bounded length: it cannot run on rare tokens");
        }
        return length;
    }

    /** The fewest digits a candidate holds: what the pattern or the declared bounds say, the more. */
    private static int requireDigits(Pattern pattern, List<List<Node>> tree, DetectorDeclaration.Where where) {
        int digits = Math.max(where.minDigits(), minDigits(tree));
        if (digits < 1) {
            throw new IllegalArgumentException(pattern + " can match without a digit: it has no digit cluster");
        }
        return digits;
    }

    /** A run gate, when every match is a whole run of {@code chars}: made of them, bounded by none. */
    private static Gate runGate(Pattern pattern, List<List<Node>> tree, boolean[] notAfter, CharClass chars) {
        if (!wholeRuns(tree, notAfter, chars)) {
            throw new IllegalArgumentException(
                    pattern + " does not match whole runs of its characters: look behind and ahead for them");
        }
        return runs(tree, chars);
    }

    /**
     * The gate of a custom detector's pattern, derived from the pattern alone: a run gate when every
     * match is a whole run of one of {@link #RUN_CLASSES} (the first, the narrowest, that holds), else
     * a digit-cluster gate when {@link ClusterBounds} proves that every match lies on one cluster, else
     * {@link Gate#ANYWHERE}.
     */
    static Gate gate(List<List<Node>> tree, boolean[] notAfter) {
        if (minLength(tree) > 0) {
            for (CharClass chars : RUN_CLASSES) {
                if (wholeRuns(tree, notAfter, chars)) {
                    return runs(tree, chars);
                }
            }
        }
        ClusterBounds bounds = ClusterBounds.of(tree);
        return bounds == null
                ? Gate.ANYWHERE
                : Gate.digits(Math.max(1, minDigits(tree)), bounds.before(), bounds.after());
    }

    /** Whether every match is a whole run of {@code chars}: made of them, bounded by none. */
    private static boolean wholeRuns(List<List<Node>> tree, boolean[] notAfter, CharClass chars) {
        boolean[] run = members(chars);
        return subset(run, notAfter) && madeOf(tree, run) && endsOutside(tree, run);
    }

    private static Gate runs(List<List<Node>> tree, CharClass chars) {
        return Gate.runs(chars, minLength(tree), Math.min(maxLength(tree), Integer.MAX_VALUE - 1));
    }

    static MatchStart matchStart(List<List<Node>> tree, boolean[] notAfter) {
        boolean[] first = first(tree);
        if (first == null || !subset(ALNUM, notAfter) || !ascii(first) || !ascii(notAfter)) {
            return MatchStart.ANY;
        }
        CharClass firstClass = CharClass.of(chars(first));
        if (!firstClass.isSubsetOf(CharClass.TOKEN_START)) {
            return MatchStart.ANY;
        }
        MatchStart start = MatchStart.of(firstClass, CharClass.of(chars(notAfter)));
        List<Lead> leads = new ArrayList<>();
        for (List<Node> alternative : tree) {
            leads(alternative, leads);
        }
        if (leads.contains(null)) {
            return start;
        }
        start = restrict(start, leads, DIGITS);
        return restrict(start, leads, LETTERS);
    }

    /** Restricts to the hull of the leads of one kind: the shortest and longest runs, and how all end. */
    private static MatchStart restrict(MatchStart start, List<Lead> leads, boolean[] kind) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        End end = null;
        for (Lead lead : leads) {
            if (lead.kind() == kind) {
                min = Math.min(min, lead.min());
                max = Math.max(max, lead.max());
                end = lead.end().and(end);
            }
        }
        if (end == null) {
            return start;
        }
        int cap = Leads.MAX_LEAD;
        if (kind == DIGITS) {
            MatchStart s = start.leadingDigits(Math.min(min, cap), Math.max(Math.min(max, cap), Math.min(min, cap)));
            return end == End.ALONE ? s.digitsEndToken() : s;
        }
        MatchStart s = start.leadingLetters(Math.min(min, cap), Math.max(Math.min(max, cap), Math.min(min, cap)));
        return end == End.MORE ? s.lettersThenDigits() : s;
    }

    /**
     * Adds the leads of {@code seq}'s matches; null for an alternative whose start is not one run
     * of digits or of letters. A leading group stands for each of its alternatives followed by
     * what comes after it.
     */
    private static void leads(List<Node> seq, List<Lead> out) {
        int k = 0;
        while (k < seq.size() && seq.get(k) instanceof Look) {
            k++;
        }
        if (k < seq.size() && seq.get(k) instanceof Group g && g.min() == 1 && g.max() == 1) {
            for (List<Node> alternative : g.alternatives()) {
                List<Node> expanded = new ArrayList<>(alternative);
                expanded.addAll(seq.subList(k + 1, seq.size()));
                leads(expanded, out);
            }
            return;
        }
        if (k == seq.size() || !(seq.get(k) instanceof Atom a) || a.min() == 0) {
            out.add(null);
            return;
        }
        boolean[] kind = subset(a.chars(), DIGITS) ? DIGITS : subset(a.chars(), LETTERS) ? LETTERS : null;
        if (kind == null) {
            out.add(null);
            return;
        }
        long min = 0;
        long max = 0;
        while (k < seq.size() && seq.get(k) instanceof Atom b && subset(b.chars(), kind)) {
            min += b.min();
            max = b.max() == RegexTree.MANY ? RegexTree.MANY : Math.min(RegexTree.MANY, max + b.max());
            k++;
        }
        End end = runEnd(seq, k, kind);
        out.add(
                end == null
                        ? new Lead(kind, (int) Math.min(min, RegexTree.MANY), RegexTree.MANY, End.EITHER)
                        : new Lead(kind, (int) Math.min(min, RegexTree.MANY), (int) max, end));
    }

    /**
     * How the run of {@code kind} that ends before {@code seq[k]} is followed in the text, or null
     * when it may go on: a character that is not of its kind, or a negative look-ahead for one that is.
     */
    private static End runEnd(List<Node> seq, int k, boolean[] kind) {
        End end = null;
        for (; k < seq.size(); k++) {
            Node n = seq.get(k);
            if (n instanceof Look look) {
                boolean[] ahead = look.behind() || !look.negative() ? null : singleChars(look.alternatives());
                if (ahead != null && subset(kind, ahead)) {
                    return (subset(ALNUM, ahead) ? End.ALONE : End.EITHER).and(end);
                }
                continue;
            }
            boolean[] next = n instanceof Atom a ? a.chars() : n instanceof Group g ? first(g.alternatives()) : null;
            if (next == null || !disjoint(next, kind)) {
                return null;
            }
            End e = disjoint(next, ALNUM) ? End.ALONE : subset(next, ALNUM) ? End.MORE : End.EITHER;
            end = e.and(end);
            if (minLength(n) > 0) {
                return end;
            }
        }
        return null;
    }

    /** The characters no match can follow: those of one-character negative look-behinds leading every alternative. */
    static boolean[] notAfter(List<List<Node>> tree) {
        boolean[] out = null;
        for (List<Node> alternative : tree) {
            boolean[] set = new boolean[256];
            for (Node n : alternative) {
                if (!(n instanceof Look look)) {
                    break;
                }
                boolean[] behind = look.behind() && look.negative() ? singleChars(look.alternatives()) : null;
                if (behind != null) {
                    or(set, behind);
                }
            }
            out = out == null ? set : and(out, set);
        }
        return out;
    }

    /** The characters of the alternatives that are exactly one character; null when none is. */
    static boolean[] singleChars(List<List<Node>> alternatives) {
        boolean[] set = null;
        for (List<Node> alternative : alternatives) {
            if (alternative.size() == 1 && alternative.get(0) instanceof Atom a && a.min() == 1 && a.max() == 1) {
                set = set == null ? new boolean[256] : set;
                or(set, a.chars());
            }
        }
        return set;
    }

    /** Whether each alternative ends with a negative look-ahead for every character of {@code run}. */
    private static boolean endsOutside(List<List<Node>> tree, boolean[] run) {
        for (List<Node> alternative : tree) {
            Node last = alternative.isEmpty() ? null : alternative.get(alternative.size() - 1);
            boolean[] ahead = last instanceof Look look && !look.behind() && look.negative()
                    ? singleChars(look.alternatives())
                    : null;
            if (ahead == null || !subset(run, ahead)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every character any match consumes is in {@code run}. */
    private static boolean madeOf(List<List<Node>> tree, boolean[] run) {
        for (List<Node> alternative : tree) {
            for (Node n : alternative) {
                boolean ok = n instanceof Look
                        || (n instanceof Atom a && subset(a.chars(), run))
                        || (n instanceof Group g && madeOf(g.alternatives(), run));
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The characters a match of one of the alternatives starts with; null when one can match empty or is not read. */
    static boolean[] first(List<List<Node>> alternatives) {
        boolean[] set = new boolean[256];
        for (List<Node> alternative : alternatives) {
            boolean[] f = firstOf(alternative);
            if (f == null) {
                return null;
            }
            or(set, f);
        }
        return set;
    }

    private static boolean[] firstOf(List<Node> seq) {
        boolean[] set = new boolean[256];
        for (Node n : seq) {
            if (n instanceof Look) {
                continue;
            }
            boolean[] f = n instanceof Atom a ? a.chars() : n instanceof Group g ? first(g.alternatives()) : null;
            if (f == null) {
                return null;
            }
            or(set, f);
            if (minLength(n) > 0) {
                return set;
            }
        }
        return null;
    }

    private static int minDigits(List<List<Node>> alternatives) {
        int min = Integer.MAX_VALUE;
        for (List<Node> alternative : alternatives) {
            long sum = 0;
            for (Node n : alternative) {
                if (n instanceof Atom a && subset(a.chars(), DIGITS)) {
                    sum += a.min();
                } else if (n instanceof Group g) {
                    sum += (long) g.min() * minDigits(g.alternatives());
                }
            }
            min = (int) Math.min(min, sum);
        }
        return min;
    }

    static int minLength(Node n) {
        if (n instanceof Atom a) {
            return a.min();
        }
        return n instanceof Group g ? (int) Math.min(RegexTree.MANY, (long) g.min() * minLength(g.alternatives())) : 0;
    }

    private static int minLength(List<List<Node>> alternatives) {
        int min = Integer.MAX_VALUE;
        for (List<Node> alternative : alternatives) {
            long sum = 0;
            for (Node n : alternative) {
                sum += minLength(n);
            }
            min = (int) Math.min(min, sum);
        }
        return min;
    }

    private static int maxLength(List<List<Node>> alternatives) {
        long max = 0;
        for (List<Node> alternative : alternatives) {
            long sum = 0;
            for (Node n : alternative) {
                sum += maxLength(n);
            }
            max = Math.max(max, sum);
        }
        return (int) Math.min(RegexTree.MANY, max);
    }

    private static long maxLength(Node n) {
        if (n instanceof Atom a) {
            return a.max();
        }
        if (n instanceof Group g) {
            return g.max() == RegexTree.MANY ? RegexTree.MANY : (long) g.max() * maxLength(g.alternatives());
        }
        return n instanceof Look ? 0 : RegexTree.MANY;
    }

    private static boolean[] members(CharClass c) {
        boolean[] set = new boolean[256];
        for (char ch = 0; ch < 256; ch++) {
            set[ch] = c.contains(ch);
        }
        return set;
    }

    private static String chars(boolean[] set) {
        StringBuilder b = new StringBuilder();
        for (char c = 0; c < set.length; c++) {
            if (set[c]) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean ascii(boolean[] set) {
        for (int c = 128; c < set.length; c++) {
            if (set[c]) {
                return false;
            }
        }
        return true;
    }

    static boolean subset(boolean[] a, boolean[] b) {
        for (int c = 0; c < a.length; c++) {
            if (a[c] && !b[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean disjoint(boolean[] a, boolean[] b) {
        for (int c = 0; c < a.length; c++) {
            if (a[c] && b[c]) {
                return false;
            }
        }
        return true;
    }

    private static void or(boolean[] into, boolean[] from) {
        for (int c = 0; c < into.length; c++) {
            into[c] |= from[c];
        }
    }

    private static boolean[] and(boolean[] a, boolean[] b) {
        boolean[] out = new boolean[a.length];
        for (int c = 0; c < a.length; c++) {
            out[c] = a[c] && b[c];
        }
        return out;
    }
}
