package io.piiscanner.core.detect;

import io.piiscanner.core.detect.RegexTree.Atom;
import io.piiscanner.core.detect.RegexTree.Group;
import io.piiscanner.core.detect.RegexTree.Look;
import io.piiscanner.core.detect.RegexTree.Node;
import java.util.List;

/**
 * Where matches of a custom detector's RE2 pattern can start, derived as a declared pattern's fast
 * path is ({@link FastPath}, reading the pattern with {@link RegexTree#parseRe2}): on the
 * characters its matches start with, not after those a leading {@code \b} rules out, and, when
 * its matches start on tokens, only on the tokens whose leads fit ({@code \b[A-Z]{2,3}-?\d{5}}
 * starts on tokens of two or three letters); and only inside the regions of the {@link #gate()
 * gate} that every match provably lies in ({@code \b[A-Z]{2,3}-?\d{5}} around digit clusters of
 * five digits or more). The matcher is then started only there, where RE2/J would step its
 * automaton through every character. A pattern not read with certainty starts anywhere
 * ({@link #ANY}), so starting only where this allows finds every match {@code find()} finds.
 */
public final class DerivedStart {

    /** No restriction: the matcher is started at every character. */
    public static final DerivedStart ANY =
            new DerivedStart(null, new boolean[256], MatchStart.ANY, false, Gate.ANYWHERE);

    /** Finds, in one window, where a match can start. */
    public interface Cursor {
        /** The first index in {@code [from, to)} where a match can start, or {@code to}. */
        int next(int from, int to);

        /**
         * The end of the gate region holding {@code at}, a start {@link #next} returned (the
         * window's length without a gate): no match starting at {@code at} ends past it.
         */
        int end(int at);
    }

    /** The characters a match starts with; null when any. */
    private final boolean[] first;

    private final boolean[] notAfter;
    /** The token start derived from the pattern, or {@link MatchStart#ANY} when its matches may start off tokens. */
    private final MatchStart tokens;

    private final boolean anchorable;
    private final Gate gate;

    private DerivedStart(boolean[] first, boolean[] notAfter, MatchStart tokens, boolean anchorable, Gate gate) {
        this.first = first;
        this.notAfter = notAfter;
        this.tokens = tokens;
        this.anchorable = anchorable;
        this.gate = gate;
    }

    /** Where matches of RE2 pattern {@code source} start; {@link #ANY} when not derived. */
    public static DerivedStart ofRe2(String source, boolean ignoreCase) {
        List<List<Node>> tree = RegexTree.parseRe2(source, ignoreCase);
        if (tree == null) {
            return ANY;
        }
        boolean[] notAfter = FastPath.notAfter(tree);
        boolean[] first = FastPath.first(tree);
        Gate gate = FastPath.gate(tree, notAfter);
        if (first == null) {
            return gate == Gate.ANYWHERE ? ANY : new DerivedStart(null, new boolean[256], MatchStart.ANY, false, gate);
        }
        return new DerivedStart(first, notAfter, FastPath.matchStart(tree, notAfter), anchorable(tree, notAfter), gate);
    }

    /**
     * The gate whose regions every match lies in, derived from the pattern alone ({@link
     * FastPath#gate}); {@link Gate#ANYWHERE} when not proved.
     */
    public Gate gate() {
        return gate;
    }

    /** Whether it rules out any start. */
    public boolean restricts() {
        return this != ANY;
    }

    /**
     * Whether the pattern can be tried anchored at each start with nothing before it in view: no
     * match looks at the text before its start other than by the characters it may not follow.
     */
    public boolean anchorable() {
        return anchorable;
    }

    /**
     * The starts in {@code text}, read from its tokens when the matches start on tokens, within
     * the regions of the gate.
     */
    public Cursor in(ScanText text) {
        Cursor starts = startsIn(text);
        return gate == Gate.ANYWHERE ? starts : new GatedCursor(text.regions(gate), starts);
    }

    private Cursor startsIn(ScanText text) {
        if (tokens != MatchStart.ANY) {
            return new TokenCursor(tokens.tokenRegions(text, 1), text.length());
        }
        String s = text.text();
        if (first == null) {
            return new Everywhere(text.length());
        }
        return new CharacterCursor(s);
    }

    private boolean startsAt(String s, int i) {
        char c = s.charAt(i);
        if (c >= first.length) {
            return true; // beyond the engine's ISO-8859-1 windows: not told apart
        }
        if (!first[c] || i == 0) {
            return first[c];
        }
        char before = s.charAt(i - 1);
        return before >= notAfter.length || !notAfter[before];
    }

    /** Whether every alternative looks before its start only by leading look-behinds {@code notAfter} holds. */
    private static boolean anchorable(List<List<Node>> tree, boolean[] notAfter) {
        for (List<Node> alternative : tree) {
            int k = 0;
            while (k < alternative.size() && alternative.get(k) instanceof Look look) {
                boolean[] behind = look.behind() && look.negative() ? FastPath.singleChars(look.alternatives()) : null;
                if (behind == null || !FastPath.subset(behind, notAfter)) {
                    return false;
                }
                k++;
            }
            if (looksAround(alternative.subList(k, alternative.size()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a look-around or an unread node may come before the first character {@code seq} consumes. */
    private static boolean looksAround(List<Node> seq) {
        for (Node n : seq) {
            if (!(n instanceof Atom) && !(n instanceof Group)) {
                return true;
            }
            if (n instanceof Group g) {
                for (List<Node> alternative : g.alternatives()) {
                    if (looksAround(alternative)) {
                        return true;
                    }
                }
            }
            if (FastPath.minLength(n) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Every index a start, in a window of {@code length} characters. */
    private record Everywhere(int length) implements Cursor {
        @Override
        public int next(int from, int to) {
            return from;
        }

        @Override
        public int end(int at) {
            return length;
        }
    }

    /** The indexes whose character, and the one before it, allow a start. */
    private final class CharacterCursor implements Cursor {
        private final String s;

        CharacterCursor(String s) {
            this.s = s;
        }

        @Override
        public int next(int from, int to) {
            for (int i = from; i < to; i++) {
                if (startsAt(s, i)) {
                    return i;
                }
            }
            return to;
        }

        @Override
        public int end(int at) {
            return s.length();
        }
    }

    /**
     * A walk over a window's regions, given as {@code [start0, end0, start1, end1, ...]}, sorted and
     * apart: forward, from the first again when asked for an index before the region it is at.
     */
    private abstract static class RegionWalk implements Cursor {
        final int[] regions;
        /** The region of the last start found, or the first region that may hold the next. */
        int r;

        RegionWalk(int[] regions) {
            this.regions = regions;
        }

        /** Moves to the first region that ends after {@code from}. */
        void seek(int from) {
            if (r > 0 && from < regions[r - 1]) {
                r = 0;
            }
            while (r < regions.length && regions[r + 1] <= from) {
                r += 2;
            }
        }
    }

    /** Walks a window's token regions of one character, each start of a region a start. */
    private static final class TokenCursor extends RegionWalk {
        private final int length;

        TokenCursor(int[] regions, int length) {
            super(regions);
            this.length = length;
        }

        @Override
        public int end(int at) {
            return length;
        }

        @Override
        public int next(int from, int to) {
            seek(from);
            if (r == regions.length) {
                return to;
            }
            int at = Math.max(from, regions[r]);
            return Math.min(at, to);
        }
    }

    /** The starts of another cursor that lie in a gate's regions. */
    private static final class GatedCursor extends RegionWalk {
        private final Cursor starts;

        GatedCursor(int[] regions, Cursor starts) {
            super(regions);
            this.starts = starts;
        }

        @Override
        public int next(int from, int to) {
            seek(from);
            for (; r < regions.length && regions[r] < to; r += 2) {
                int end = Math.min(regions[r + 1], to);
                int at = starts.next(Math.max(from, regions[r]), end);
                if (at < end) {
                    return at;
                }
            }
            return to;
        }

        @Override
        public int end(int at) {
            seek(at);
            return r < regions.length && regions[r] <= at ? regions[r + 1] : at;
        }
    }

    /** The first characters, then {@code not after \w} and {@code on tokens} where they apply. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (int c = 0; first != null && c < first.length; c++) {
            if (first[c]) {
                b.append((char) c);
            }
        }
        b.append(first == null ? "any]" : "]");
        for (boolean no : notAfter) {
            if (no) {
                b.append(" not after \\w");
                break;
            }
        }
        return tokens == MatchStart.ANY ? b.toString() : b.append(" on tokens").toString();
    }
}
