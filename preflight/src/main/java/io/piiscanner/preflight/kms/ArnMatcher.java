package io.piiscanner.preflight.kms;

import io.piiscanner.preflight.template.Symbolic;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether an IAM condition pattern can match an ARN when either may contain values fixed
 * only at deployment. A pseudo parameter or reference in the ARN stands for some text without
 * colons (a region, an account, a log group name); in the pattern, an unknown piece is as
 * permissive as {@code *}. The answer is "no" only when no deployment could make them match, so
 * a stack is never reported for what the template cannot tell.
 */
final class ArnMatcher {

    /** A piece of a pattern or subject after tokenizing. */
    private record Token(Kind kind, char c, String name) {}

    private enum Kind {
        CHAR,
        STAR,
        ONE,
        PSEUDO,
        ANY
    }

    /** Progress inside the current token: none, a subject unknown has taken text, a pattern pseudo has. */
    private static final int FRESH = 0;

    private static final int SUBJECT_STARTED = 1;
    private static final int PATTERN_STARTED = 2;

    /**
     * The longest pattern or subject compared, in characters: a log group ARN is at most about
     * 580 (a 512-character name). Matching costs their product in time and memory and recurses
     * as deep as their sum, so anything longer may match, as far as this class can tell.
     */
    private static final int MAX_TOKENS = 1024;
    /** Memo entries: not yet computed, or the answer. */
    private static final byte UNKNOWN = 0;

    private static final byte NO = 1;
    private static final byte YES = 2;

    private final List<Token> pattern;
    private final List<Token> subject;
    private final byte[] memo;

    private ArnMatcher(List<Token> pattern, List<Token> subject) {
        this.pattern = pattern;
        this.subject = subject;
        this.memo = new byte[(pattern.size() + 1) * (subject.size() + 1) * 3];
    }

    /**
     * Whether {@code pattern} can match {@code subject}.
     *
     * @param wildcards whether {@code *} and {@code ?} in the pattern are wildcards (ArnLike,
     *                  ArnEquals, StringLike) or plain characters (StringEquals)
     */
    static boolean mayMatch(Symbolic pattern, boolean wildcards, Symbolic subject) {
        List<Token> p = tokens(pattern, wildcards, true);
        List<Token> s = tokens(subject, false, false);
        return p.size() > MAX_TOKENS || s.size() > MAX_TOKENS || new ArnMatcher(p, s).match(0, 0, FRESH);
    }

    private static List<Token> tokens(Symbolic s, boolean wildcards, boolean isPattern) {
        List<Token> out = new ArrayList<>();
        for (Symbolic.Piece p : s.parts()) {
            if (p instanceof Symbolic.Text t) {
                for (char c : t.text().toCharArray()) {
                    Kind k = wildcards && c == '*' ? Kind.STAR : wildcards && c == '?' ? Kind.ONE : Kind.CHAR;
                    out.add(new Token(k, c, null));
                }
            } else if (p instanceof Symbolic.Pseudo ps) {
                out.add(new Token(Kind.PSEUDO, '\0', ps.name()));
            } else {
                out.add(new Token(isPattern ? Kind.STAR : Kind.ANY, '\0', null));
            }
        }
        return out;
    }

    private boolean match(int i, int j, int state) {
        int at = (i * (subject.size() + 1) + j) * 3 + state;
        if (memo[at] != UNKNOWN) {
            return memo[at] == YES;
        }
        boolean result = compute(i, j, state);
        memo[at] = result ? YES : NO;
        return result;
    }

    /**
     * Pattern tokens from {@code i} against subject tokens from {@code j}. A deployment-time value
     * (a subject pseudo parameter or unknown, a pattern pseudo parameter) stands for one or more
     * characters without a colon, since no region, account id or log group name has one.
     */
    private boolean compute(int i, int j, int state) {
        if (i == pattern.size()) {
            return j == subject.size() || state == SUBJECT_STARTED && j == subject.size() - 1;
        }
        Token p = pattern.get(i);
        if (p.kind() == Kind.STAR) {
            return match(i + 1, j, state) || j < subject.size() && match(i, j + 1, FRESH);
        }
        if (p.kind() == Kind.PSEUDO && state == PATTERN_STARTED && match(i + 1, j, FRESH)) {
            return true;
        }
        if (j == subject.size()) {
            return false;
        }
        Token s = subject.get(j);
        if (absorbs(s)) {
            if (state == SUBJECT_STARTED && match(i, j + 1, FRESH)) {
                return true;
            }
            if (p.kind() == Kind.PSEUDO && s.kind() == Kind.PSEUDO) {
                return state == FRESH && p.name().equals(s.name()) && match(i + 1, j + 1, FRESH);
            }
            boolean absorbable =
                    p.kind() == Kind.ONE || p.kind() == Kind.PSEUDO || p.kind() == Kind.CHAR && p.c() != ':';
            return absorbable && state != PATTERN_STARTED && match(i + 1, j, SUBJECT_STARTED);
        }
        switch (p.kind()) {
            case CHAR:
                return state == FRESH && p.c() == s.c() && match(i + 1, j + 1, FRESH);
            case ONE:
                return state == FRESH && match(i + 1, j + 1, FRESH);
            case PSEUDO:
                return s.c() != ':' && match(i, j + 1, PATTERN_STARTED);
            default:
                throw new IllegalStateException("unhandled token " + p.kind());
        }
    }

    private static boolean absorbs(Token t) {
        return t.kind() == Kind.PSEUDO || t.kind() == Kind.ANY;
    }
}
