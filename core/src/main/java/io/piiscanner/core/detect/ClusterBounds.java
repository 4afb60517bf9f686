package io.piiscanner.core.detect;

import io.piiscanner.core.detect.RegexTree.Atom;
import io.piiscanner.core.detect.RegexTree.Group;
import io.piiscanner.core.detect.RegexTree.Look;
import io.piiscanner.core.detect.RegexTree.Node;
import java.util.BitSet;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A proof, from a pattern's {@link RegexTree tree} alone, that every match lies on one digit
 * cluster as the {@link Tokenizer} joins them: its digits separated by one to
 * {@link Tokenizer#MAX_GAP} of the cluster's separators, with at most {@code before} characters
 * before its first digit and {@code after} after its last. Such a match lies, whatever the text
 * around it, in the region {@link Gate#digits} with these bounds gives the cluster that holds its
 * digits.
 *
 * <p>It follows every path through the tree as the set of states it can be in after each
 * character: no digit yet and n characters read, or a digit read and g characters since, all
 * separators or not. Look-arounds consume nothing and are passed over, so what it proves holds
 * for the matches of any view of the text, whatever the look-arounds see there. A node it does not
 * read, more than {@value #LIMIT} characters before or after the digits, or a path on which a
 * digit follows characters that do not join a cluster, leaves it unproved.
 *
 * @param before the most characters a match has before its first digit
 * @param after  the most characters a match has after its last digit
 */
record ClusterBounds(int before, int after) {

    /** The most characters before or after the digits that a proof follows. */
    static final int LIMIT = 64;

    /** State steps a proof may take: a bound on its time for any pattern. */
    private static final int WORK = 1 << 22;

    /** Proves the bounds of every match of {@code tree}; null when unproved. */
    static ClusterBounds of(List<List<Node>> tree) {
        Proof proof = new Proof();
        BitSet start = new BitSet();
        start.set(Proof.noDigit(0));
        BitSet end = proof.alternatives(tree, start);
        if (proof.failed || end.isEmpty() || end.nextSetBit(0) <= Proof.noDigit(LIMIT)) {
            return null; // unproved, no match, or a match without a digit
        }
        int after = 0;
        for (int s = end.nextSetBit(0); s >= 0; s = end.nextSetBit(s + 1)) {
            after = Math.max(after, Proof.sinceDigit(s));
        }
        return new ClusterBounds(proof.before, after);
    }

    /**
     * The walk over the tree. States are numbered: {@code n} for "no digit yet, n characters
     * read", then two per "g characters since the last digit", the second when all of them are
     * separators a cluster may hold between two digits.
     */
    private static final class Proof {
        boolean failed;
        int before;
        private int work;

        static int noDigit(int read) {
            return read;
        }

        static int digit(int since, boolean separators) {
            return LIMIT + 1 + 2 * since + (separators ? 1 : 0);
        }

        static int sinceDigit(int state) {
            return (state - LIMIT - 1) / 2;
        }

        /** Whether a digit may follow: right after one, or after separators a cluster joins over. */
        static boolean joinsDigits(int state) {
            return ((state - LIMIT - 1) & 1) == 1;
        }

        BitSet alternatives(List<List<Node>> alternatives, BitSet in) {
            BitSet out = new BitSet();
            for (List<Node> alternative : alternatives) {
                BitSet s = in;
                for (Node n : alternative) {
                    s = node(n, s);
                }
                out.or(s);
            }
            return out;
        }

        private BitSet node(Node n, BitSet in) {
            if (n instanceof Atom a) {
                return repeat(in, a.min(), a.max(), s -> step(s, a.chars()));
            }
            if (n instanceof Group g) {
                return repeat(in, g.min(), g.max(), s -> alternatives(g.alternatives(), s));
            }
            if (!(n instanceof Look)) {
                failed = true;
                return new BitSet();
            }
            return in;
        }

        /** The states after {@code min..max} times {@code once}, stopping where they no longer change. */
        private BitSet repeat(BitSet in, int min, int max, UnaryOperator<BitSet> once) {
            BitSet s = in;
            for (int k = 0; k < min && !failed; k++) {
                BitSet next = once.apply(s);
                if (next.equals(s)) {
                    break;
                }
                s = next;
            }
            BitSet all = (BitSet) s.clone();
            BitSet fresh = s;
            // Each further time adds what the states new after the last one lead to.
            for (long k = min; k < max && !fresh.isEmpty() && !failed; k++) {
                fresh = once.apply(fresh);
                fresh.andNot(all);
                all.or(fresh);
            }
            return all;
        }

        /** The states after one character of {@code chars}. */
        private BitSet step(BitSet in, boolean[] chars) {
            boolean digit = false;
            boolean other = false;
            boolean separators = true;
            for (char c = 0; c < chars.length; c++) {
                if (chars[c] && CharClass.DIGIT.contains(c)) {
                    digit = true;
                } else if (chars[c]) {
                    other = true;
                    separators &= Tokenizer.GAP_CHARS.contains(c);
                }
            }
            BitSet out = new BitSet();
            work += in.cardinality();
            if (work > WORK) {
                failed = true;
                return out;
            }
            for (int s = in.nextSetBit(0); s >= 0; s = in.nextSetBit(s + 1)) {
                if (s <= LIMIT) {
                    if (digit) {
                        before = Math.max(before, s);
                        out.set(digit(0, true));
                    }
                    if (other) {
                        next(out, s + 1 <= LIMIT, noDigit(s + 1));
                    }
                    continue;
                }
                int since = sinceDigit(s);
                boolean joins = joinsDigits(s);
                if (digit) {
                    next(out, joins, digit(0, true));
                }
                if (other) {
                    boolean stillJoins = joins && separators && since + 1 <= Tokenizer.MAX_GAP;
                    next(out, since + 1 <= LIMIT, digit(since + 1, stillJoins));
                }
            }
            return out;
        }

        /** Adds {@code state} when {@code allowed}, else fails the proof. */
        private void next(BitSet out, boolean allowed, int state) {
            if (allowed) {
                out.set(state);
            } else {
                failed = true;
            }
        }
    }
}
