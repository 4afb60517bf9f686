package io.piiscanner.core.corpus;

/**
 * A piece of a document field: plain text, a planted value or a decoy. Fields are built from
 * parts so that quoting and escaping apply to the text around a value while the value's own byte
 * span stays exact.
 *
 * @param text    the characters
 * @param type    the entity type of a planted value, else {@code null}
 * @param variant how a planted value was generated, else {@code null}
 * @param decoy   the kind of a decoy, else {@code null}
 */
record Part(String text, String type, String variant, DecoyKind decoy) {

    static Part text(String text) {
        return new Part(text, null, null, null);
    }

    static Part pii(Value value) {
        return new Part(value.text(), value.type(), value.variant(), null);
    }

    static Part decoy(DecoyKind kind, String text) {
        return new Part(text, null, null, kind);
    }

    boolean plain() {
        return type == null && decoy == null;
    }
}
