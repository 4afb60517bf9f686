package io.piiscanner.preflight.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a value sits under a resource's Properties, e.g. {@code Rules[2].Filter.Prefix}. Built
 * one link per level as the checker descends and written out only for an issue, so that a long
 * map key costs nothing for the values under it; the text is at most {@value #MAX_LENGTH}
 * characters, whatever the depth and the keys.
 */
final class PropertyPath {

    /** Longest path written; the middle of a longer one is left out. */
    static final int MAX_LENGTH = 256;

    private static final String ELIDED = "...";

    /** The Properties mapping itself. */
    static final PropertyPath ROOT = new PropertyPath(null, "");

    private final PropertyPath parent;
    private final String segment;

    private PropertyPath(PropertyPath parent, String segment) {
        this.parent = parent;
        this.segment = segment;
    }

    /** The property or map key {@code name} under this one. */
    PropertyPath child(String name) {
        return new PropertyPath(this, this == ROOT ? name : "." + name);
    }

    /** The list item at {@code index} under this one. */
    PropertyPath item(int index) {
        return new PropertyPath(this, "[" + index + "]");
    }

    /** The path as text, e.g. {@code Rules[2].Filter}; its middle is left out past {@value #MAX_LENGTH} characters. */
    @Override
    public String toString() {
        List<String> segments = new ArrayList<>();
        long length = 0;
        for (PropertyPath p = this; p != ROOT; p = p.parent) {
            segments.add(p.segment);
            length += p.segment.length();
        }
        Collections.reverse(segments);
        if (length <= MAX_LENGTH) {
            return String.join("", segments);
        }
        int half = (MAX_LENGTH - ELIDED.length()) / 2;
        StringBuilder head = new StringBuilder();
        for (int i = 0; head.length() < half; i++) {
            head.append(segments.get(i), 0, Math.min(segments.get(i).length(), half - head.length()));
        }
        StringBuilder tail = new StringBuilder();
        for (int i = segments.size() - 1; tail.length() < half; i--) {
            String s = segments.get(i);
            int take = Math.min(s.length(), half - tail.length());
            tail.insert(0, s, s.length() - take, s.length());
        }
        return head + ELIDED + tail;
    }
}
