package io.piiscanner.core.read.parquet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Names of one scope (the fields of a group, the keys of a footer's metadata) with the values they
 * hold masked, and still unique, as the scope needs: a masked name that another already has (two
 * cards ending in the same four digits) gets the first free suffix {@code _2}, {@code _3}, ..., in
 * order, so the same names always get the same masked names. Names that hold no value are kept as
 * they are and never taken by a suffixed one.
 */
final class UniqueNames {

    private UniqueNames() {}

    /** The masked names, in the order of {@code names}, which are unique. */
    static List<String> masked(List<String> names, UnaryOperator<String> maskName) {
        List<String> masked = new ArrayList<>(names.size());
        Set<String> taken = new HashSet<>();
        for (String name : names) {
            String m = maskName.apply(name);
            masked.add(m);
            if (m.equals(name)) {
                taken.add(m);
            }
        }
        Map<String, Integer> nextSuffix = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String m = masked.get(i);
            if (!m.equals(names.get(i))) {
                masked.set(i, unique(m, taken, nextSuffix));
            }
        }
        return masked;
    }

    /** The name, or the name with the first suffix no other name has; taken from then on. */
    private static String unique(String name, Set<String> taken, Map<String, Integer> nextSuffix) {
        String candidate = name;
        int suffix = nextSuffix.getOrDefault(name, 2);
        while (!taken.add(candidate)) {
            candidate = name + "_" + suffix++;
        }
        nextSuffix.put(name, suffix);
        return candidate;
    }
}
