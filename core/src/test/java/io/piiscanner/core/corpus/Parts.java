package io.piiscanner.core.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Builds a run of text, planted values and decoys, such as one sentence or one log message. */
final class Parts {

    private final List<Part> list = new ArrayList<>();

    Parts t(String text) {
        list.add(Part.text(text));
        return this;
    }

    Parts v(Value value) {
        list.add(Part.pii(value));
        return this;
    }

    Parts d(DecoyKind kind, String text) {
        list.add(Part.decoy(kind, text));
        return this;
    }

    Parts add(Parts other) {
        list.addAll(other.list);
        return this;
    }

    List<Part> list() {
        return List.copyOf(list);
    }

    Part[] array() {
        return list.toArray(Part[]::new);
    }

    /** Writes the parts as they are, for formats without quoting. */
    void writeTo(DocumentBuilder doc) {
        list.forEach(p -> doc.part(p, UnaryOperator.identity()));
    }
}
