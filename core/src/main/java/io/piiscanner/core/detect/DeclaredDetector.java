package io.piiscanner.core.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A detector compiled from a {@link DetectorDeclaration}. A built-in one is a class of a few lines
 * that hands its declaration to this constructor, registered in
 * {@code META-INF/services/io.piiscanner.core.detect.Detector}.
 *
 * <p>Patterns reported under an id of their own ({@link MatchPattern#reportedAs}) make detectors
 * of their own, its {@link #parts() parts}, which the engine runs, reports and disables like any
 * other; this detector is the part of the declaration's id. A declaration with a
 * {@link DetectorDeclaration#handWrittenMatcher hand-written matcher} has no patterns and one part.
 */
public class DeclaredDetector implements Detector {

    private final String id;
    private final String type;
    private final ContextRule context;
    private final List<PatternRun> runs;
    private final Function<CharSequence, String> mask;
    private final Function<CharSequence, String> normalize;
    private final List<Detector> parts;
    /** The hand-written matcher, or null when {@link #runs} find the candidates. */
    private final DetectorDeclaration.Finder finder;

    /**
     * Compiles {@code declaration}.
     *
     * @throws IllegalArgumentException when it has neither patterns nor a hand-written matcher, or
     *     both, when patterns reported under one id differ in context, or when a pattern cannot run
     *     where the declaration says its matches lie
     */
    protected DeclaredDetector(DetectorDeclaration declaration) {
        this.finder = declaration.finder();
        if (finder != null && !declaration.patterns().isEmpty()) {
            throw new IllegalArgumentException(
                    "detector '" + declaration.id() + "' declares both patterns and a hand-written matcher");
        }
        Map<String, List<PatternRun>> byId = new LinkedHashMap<>();
        byId.put(declaration.id(), new ArrayList<>());
        for (MatchPattern p : declaration.patterns()) {
            String partId = p.id() == null ? declaration.id() : p.id();
            byId.computeIfAbsent(partId, k -> new ArrayList<>())
                    .add(PatternRun.compile(declaration, p, partId, declaration.context(p)));
        }
        List<Detector> all = new ArrayList<>();
        all.add(this);
        this.id = declaration.id();
        this.type = declaration.type();
        this.mask = declaration.mask();
        this.normalize = declaration.normalize();
        this.runs = byId.get(id);
        this.context = finder == null ? contextOf(id, runs) : declaration.context();
        byId.forEach((partId, partRuns) -> {
            if (!partId.equals(id)) {
                all.add(new DeclaredDetector(this, partId, partRuns));
            }
        });
        this.parts = List.copyOf(all);
    }

    /** A part reported as {@code partId}, with {@code whole}'s type, mask and normal form. */
    private DeclaredDetector(DeclaredDetector whole, String partId, List<PatternRun> partRuns) {
        this.id = partId;
        this.type = whole.type;
        this.mask = whole.mask;
        this.normalize = whole.normalize;
        this.runs = partRuns;
        this.context = contextOf(partId, partRuns);
        this.parts = List.of(this);
        this.finder = null;
    }

    private static ContextRule contextOf(String id, List<PatternRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("detector '" + id + "' declares no pattern");
        }
        ContextRule rule = runs.get(0).context();
        for (PatternRun run : runs) {
            if (!run.context().equals(rule)) {
                throw new IllegalArgumentException("the patterns of '" + id + "' differ in context");
            }
        }
        return rule;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String type() {
        return type;
    }

    @Override
    public final ContextRule context() {
        return context;
    }

    /** Reports the candidates of each of its patterns in turn, or those of its hand-written matcher. */
    @Override
    public final void find(ScanText text, CandidateSink sink) {
        if (finder != null) {
            finder.find(text, sink);
            return;
        }
        for (PatternRun run : runs) {
            run.find(text, sink);
        }
    }

    @Override
    public final String mask(CharSequence raw) {
        return mask == null ? Detector.super.mask(raw) : mask.apply(raw);
    }

    @Override
    public final String normalize(CharSequence raw) {
        return normalize == null ? Detector.super.normalize(raw) : normalize.apply(raw);
    }

    /** This detector and one per other id its patterns report under. */
    @Override
    public final List<Detector> parts() {
        return parts;
    }

    /** The compiled patterns, for the tests that check their fast paths against plain matching. */
    List<RegexDetector> patterns() {
        return List.copyOf(runs);
    }
}
