package io.piiscanner.core.format;

import java.util.List;

/** The locator for unstructured text: there are no fields. */
public final class NoFieldLocator implements FieldLocator {

    public static final NoFieldLocator INSTANCE = new NoFieldLocator();

    private NoFieldLocator() {}

    @Override
    public void consume(byte[] buf, int from, int to) {
        // Unstructured text has nothing to track.
    }

    @Override
    public String field() {
        return null;
    }

    @Override
    public String fieldLabel() {
        return null;
    }

    @Override
    public boolean inQuotedValue() {
        return false;
    }

    @Override
    public boolean crossesBoundary(CharSequence text, int start, int end) {
        return false;
    }

    @Override
    public List<String> labelsAhead() {
        return List.of();
    }
}
