package io.piiscanner.core.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A detector compiled from a {@link DetectorDeclaration}. A built-in one is a class of a few lines
 * that hands its declaration to this constructor, registered in
 * {@code META-INF/services/io.piiscanner.core.detect.Detector}.
 *
 * <p>Patterns reported under an id of their own ({@link MatchPattern#reportedAs}) make detectors
 * of their own, its {@link #parts() parts}, which the engine runs, reports and disables like any
 * other; this detector is the part of the declaration's id.
 */
public class DeclaredDetector implements Detector {

    private final String id;
    private final String type;
    private final ContextRule context;
    /** Each pattern of this part: a compiled regular expression or a hand-written matcher. */
    private final List<DetectorDeclaration.Finder> finders;

    private final Function<CharSequence, String> mask;
    private final Function<CharSequence, String> normalize;
    private final List<Detector> parts;
    /** What makes the declaration from settings, or null when it does not depend on them. */
    private final Function<DetectorSettings, DetectorDeclaration> declare;
    /** The settings it was made from, or null. */
    private final DetectorSettings settings;

    /** One pattern compiled, with the context rule it is reported under. */
    private record Compiled(DetectorDeclaration.Finder finder, ContextRule context) {}

    /**
     * Compiles {@code declaration}.
     *
     * @throws IllegalArgumentException when it has no patterns, when patterns reported under one id
     *     differ in context, or when a pattern cannot run where the declaration says its matches lie
     */
    protected DeclaredDetector(DetectorDeclaration declaration) {
        this(declaration, null, null);
    }

    /**
     * Compiles the declaration {@code declaration} makes from the settings, as the regions whose
     * national phone numbers are read: from {@link DetectorSettings#DEFAULTS} here, and anew from
     * other settings in {@link #configure}. The ids its patterns report under must not depend on
     * the settings.
     *
     * @throws IllegalArgumentException as {@link #DeclaredDetector(DetectorDeclaration)}
     */
    protected DeclaredDetector(Function<DetectorSettings, DetectorDeclaration> declaration) {
        this(declaration.apply(DetectorSettings.DEFAULTS), declaration, DetectorSettings.DEFAULTS);
    }

    private DeclaredDetector(
            DetectorDeclaration declaration,
            Function<DetectorSettings, DetectorDeclaration> declare,
            DetectorSettings settings) {
        Map<String, List<Compiled>> byId = new LinkedHashMap<>();
        byId.put(declaration.id(), new ArrayList<>());
        for (MatchPattern p : declaration.patterns()) {
            String partId = p.id() == null ? declaration.id() : p.id();
            DetectorDeclaration.Finder finder =
                    p.matcher() != null ? p.matcher() : PatternRun.compile(declaration, p, partId);
            byId.computeIfAbsent(partId, k -> new ArrayList<>()).add(new Compiled(finder, declaration.context(p)));
        }
        this.id = declaration.id();
        this.type = declaration.type();
        this.mask = declaration.mask();
        this.normalize = declaration.normalize();
        this.declare = declare;
        this.settings = settings;
        List<Compiled> own = byId.get(id);
        this.context = contextOf(id, own);
        this.finders = finders(own);
        List<Detector> all = new ArrayList<>();
        all.add(this);
        byId.forEach((partId, compiled) -> {
            if (!partId.equals(id)) {
                all.add(new DeclaredDetector(this, partId, compiled));
            }
        });
        this.parts = List.copyOf(all);
    }

    /** A part reported as {@code partId}, with {@code whole}'s type, mask, normal form and settings. */
    private DeclaredDetector(DeclaredDetector whole, String partId, List<Compiled> compiled) {
        this.id = partId;
        this.type = whole.type;
        this.mask = whole.mask;
        this.normalize = whole.normalize;
        this.declare = whole.declare;
        this.settings = whole.settings;
        this.context = contextOf(partId, compiled);
        this.finders = finders(compiled);
        this.parts = List.of(this);
    }

    private static ContextRule contextOf(String id, List<Compiled> compiled) {
        if (compiled.isEmpty()) {
            throw new IllegalArgumentException("detector '" + id + "' declares no pattern");
        }
        ContextRule rule = compiled.get(0).context();
        for (Compiled c : compiled) {
            if (!c.context().equals(rule)) {
                throw new IllegalArgumentException("the patterns of '" + id + "' differ in context");
            }
        }
        return rule;
    }

    private static List<DetectorDeclaration.Finder> finders(List<Compiled> compiled) {
        return compiled.stream().map(Compiled::finder).toList();
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

    /** Reports the candidates of each of its patterns in turn. */
    @Override
    public final void find(ScanText text, CandidateSink sink) {
        for (DetectorDeclaration.Finder finder : finders) {
            finder.find(text, sink);
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

    /**
     * The part of this id of the detector compiled from the declaration made from
     * {@code newSettings}; this one when its declaration does not depend on settings, or was
     * made from equal ones.
     *
     * @throws IllegalArgumentException when the declaration made from them has no part of this id
     */
    @Override
    public final Detector configure(DetectorSettings newSettings) {
        if (declare == null || settings.equals(Objects.requireNonNull(newSettings, "newSettings"))) {
            return this;
        }
        for (Detector part : new DeclaredDetector(declare.apply(newSettings), declare, newSettings).parts) {
            if (part.id().equals(id)) {
                return part;
            }
        }
        throw new IllegalArgumentException("detector '" + id + "' is not declared for " + newSettings);
    }

    /** This detector and one per other id its patterns report under. */
    @Override
    public final List<Detector> parts() {
        return parts;
    }

    /** Its compiled regular expressions, for the tests that check their fast paths against plain matching. */
    List<PatternRun> patterns() {
        return finders.stream()
                .filter(PatternRun.class::isInstance)
                .map(PatternRun.class::cast)
                .toList();
    }
}
