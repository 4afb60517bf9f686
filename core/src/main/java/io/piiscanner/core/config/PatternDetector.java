package io.piiscanner.core.config;

import io.piiscanner.core.detect.Candidate;
import io.piiscanner.core.detect.ContextRule;
import io.piiscanner.core.detect.Masks;
import io.piiscanner.core.detect.RegexDetector;
import io.piiscanner.core.detect.ScanText;

import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** A detector defined in a configuration file: a pattern, an optional checksum and context. */
final class PatternDetector extends RegexDetector {

    private final String id;
    private final String type;
    private final double score;
    private final Predicate<CharSequence> validator;
    private final ContextRule context;
    private final int keepLast;

    PatternDetector(String id, String type, Pattern pattern, double score, Predicate<CharSequence> validator,
                    ContextRule context, int keepLast) {
        super(pattern);
        this.id = id;
        this.type = type;
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

    @Override
    protected Candidate evaluate(ScanText text, MatchResult match) {
        if (match.end() == match.start()) {
            return null;
        }
        CharSequence raw = text.text().subSequence(match.start(), match.end());
        return validator.test(raw) ? new Candidate(match.start(), match.end(), score) : null;
    }

    @Override
    public String mask(CharSequence raw) {
        return keepLast == 0 ? Masks.all(raw) : Masks.keepLast(raw, keepLast);
    }
}
