package io.piiscanner.preflight.refs;

import io.piiscanner.preflight.schema.NameSuggester;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Did you mean" over one kind of name a template declares (resources, conditions, mappings).
 * The declared names are taken once per template and each wrong name is looked up once; past
 * {@value #LIMIT} distinct wrong names no more are suggested, so that a template full of broken
 * references costs time linear in its size, not wrong names times declared names.
 */
final class Suggestions {

    /** Distinct wrong names that get a suggestion; a template with more has bigger problems than typos. */
    static final int LIMIT = 20;

    private final Collection<String> declared;
    private final Map<String, String> nearest = new HashMap<>();

    /** Suggestions among {@code declared}, which the caller no longer changes. */
    Suggestions(Collection<String> declared) {
        this.declared = List.copyOf(declared);
    }

    /** The declared name nearest to {@code wrong}, or {@code null} when none is near or past the limit. */
    String nearest(String wrong) {
        if (!nearest.containsKey(wrong) && nearest.size() < LIMIT) {
            nearest.put(wrong, NameSuggester.nearest(wrong, declared));
        }
        return nearest.get(wrong);
    }
}
