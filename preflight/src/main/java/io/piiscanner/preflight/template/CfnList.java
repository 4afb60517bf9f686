package io.piiscanner.preflight.template;

import java.util.List;

/**
 * A list.
 *
 * @param items    the elements in order
 * @param location where the list starts
 */
public record CfnList(List<CfnValue> items, Location location) implements CfnValue {

    public CfnList {
        items = List.copyOf(items);
    }

    /** Number of elements. */
    public int size() {
        return items.size();
    }

    /** The element at {@code index}. */
    public CfnValue get(int index) {
        return items.get(index);
    }
}
