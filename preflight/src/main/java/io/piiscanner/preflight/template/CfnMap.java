package io.piiscanner.preflight.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A mapping with its keys in file order and where each key was written, so that a finding about
 * a property points at the property's name.
 */
public final class CfnMap implements CfnValue {

    private final Map<String, CfnValue> entries;
    private final Map<String, Location> keyLocations;
    private final Location location;

    /**
     * @param entries      the values by key, in order
     * @param keyLocations where each key was written
     * @param location     where the mapping starts
     */
    public CfnMap(Map<String, CfnValue> entries, Map<String, Location> keyLocations, Location location) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.keyLocations = Map.copyOf(keyLocations);
        this.location = location;
    }

    @Override
    public Location location() {
        return location;
    }

    /** The value of {@code key}, or {@code null}. */
    public CfnValue get(String key) {
        return entries.get(key);
    }

    /** The mapping under {@code key}, or {@code null} when absent or not a mapping. */
    public CfnMap map(String key) {
        CfnValue v = entries.get(key);
        return v == null ? null : v.asMap();
    }

    /** The scalar text under {@code key}, or {@code null}. */
    public String text(String key) {
        CfnValue v = entries.get(key);
        return v == null ? null : v.text();
    }

    /** Whether {@code key} is present. */
    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The keys, in file order. */
    public Set<String> keys() {
        return entries.keySet();
    }

    /** The entries, in file order. */
    public Map<String, CfnValue> entries() {
        return entries;
    }

    /** Number of keys. */
    public int size() {
        return entries.size();
    }

    /** Where {@code key} was written; the mapping's own location if unknown. */
    public Location keyLocation(String key) {
        return keyLocations.getOrDefault(key, location);
    }

    /** The only key of a one-key mapping (the shape of an intrinsic function), or {@code null}. */
    public String soleKey() {
        return entries.size() == 1 ? entries.keySet().iterator().next() : null;
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
