package io.piiscanner.core.detect;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Base class for detectors that find candidates with a regular expression and confirm them with
 * a validator. The pattern runs only inside the regions its {@link Gate} lets through, which is
 * what keeps a window's cost near one pass over its bytes however many detectors there are.
 * Matching uses transparent bounds, so look-behind and look-ahead see the text around a region
 * and a match never starts in the middle of a longer token.
 */
public abstract class RegexDetector implements Detector {

    private final Pattern pattern;
    private final Gate gate;
    private final MatchStart start;

    /** A detector whose pattern runs over the whole window. */
    protected RegexDetector(Pattern pattern) {
        this(pattern, Gate.ANYWHERE, MatchStart.ANY);
    }

    /** A detector whose candidates lie entirely inside the regions of {@code gate}. */
    protected RegexDetector(Pattern pattern, Gate gate) {
        this(pattern, gate, MatchStart.ANY);
    }

    /**
     * A detector whose candidates lie entirely inside the regions of {@code gate} and whose
     * pattern only needs trying where {@code start} allows.
     */
    protected RegexDetector(Pattern pattern, Gate gate, MatchStart start) {
        this.pattern = pattern;
        this.gate = gate;
        this.start = start;
    }

    /** The pattern candidates are found with. */
    Pattern pattern() {
        return pattern;
    }

    /** The gate whose regions the pattern runs in. */
    Gate gate() {
        return gate;
    }

    /** Where the pattern is tried. */
    MatchStart start() {
        return start;
    }

    @Override
    public void find(ScanText text, CandidateSink sink) {
        int[] regions = regions(text);
        if (regions.length == 0) {
            return;
        }
        Matcher m = pattern.matcher(text.text());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        // It is the candidate that must start in the scanned range: a match starting before it
        // may hold one that starts inside it.
        CandidateSink inRange = c -> {
            if (c.start() >= text.scanStart() && c.start() < text.scanEnd()) {
                sink.accept(c);
            }
        };
        start.forEachMatch(m, text, regions, match -> {
            if (match.start() >= text.scanEnd()) {
                return false;
            }
            evaluate(text, match, inRange);
            return true;
        });
    }

    /**
     * The regions the pattern runs in: the gate's, which a detector may narrow to those that can
     * hold a match by a test its gate cannot express.
     */
    protected int[] regions(ScanText text) {
        return text.regions(gate);
    }

    /**
     * Validates one match. Returns the candidate to report (usually spanning the match), or
     * {@code null} to reject it.
     */
    protected abstract Candidate evaluate(ScanText text, MatchResult match);

    /**
     * Reports the candidates one match holds: the one {@link #evaluate(ScanText, MatchResult)}
     * returns, unless a detector overrides this because one match can hold several values, such
     * as card numbers written one after another.
     */
    protected void evaluate(ScanText text, MatchResult match, CandidateSink sink) {
        Candidate c = evaluate(text, match);
        if (c != null) {
            sink.accept(c);
        }
    }
}
