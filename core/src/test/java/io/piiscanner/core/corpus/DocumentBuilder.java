package io.piiscanner.core.corpus;

import io.piiscanner.core.format.InputFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Appends text to a document and records the UTF-8 byte span of every planted value and decoy.
 * Offsets are counted on the encoded bytes because names and addresses may hold non-ASCII
 * letters, and findings report byte offsets.
 */
final class DocumentBuilder {

    private final String name;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    private final List<Planted> planted = new ArrayList<>();
    private final List<Decoy> decoys = new ArrayList<>();

    DocumentBuilder(String name) {
        this.name = name;
    }

    /** Bytes written so far. */
    int size() {
        return out.size();
    }

    DocumentBuilder text(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    DocumentBuilder pii(Value value) {
        return part(Part.pii(value), UnaryOperator.identity());
    }

    DocumentBuilder decoy(DecoyKind kind, String text) {
        return part(Part.decoy(kind, text), UnaryOperator.identity());
    }

    /**
     * Writes a part, escaping plain text with {@code escape}. Values and decoys are written as
     * they are; one that the escape would change is a generator bug, since its recorded span would
     * no longer match the bytes.
     */
    DocumentBuilder part(Part p, UnaryOperator<String> escape) {
        if (p.plain()) {
            return text(escape.apply(p.text()));
        }
        if (!escape.apply(p.text()).equals(p.text())) {
            throw new IllegalStateException("value needs escaping: " + p.text());
        }
        long start = out.size();
        text(p.text());
        long end = out.size();
        if (p.type() != null) {
            planted.add(new Planted(name, p.type(), start, end, p.text(), p.variant()));
        } else {
            decoys.add(new Decoy(name, p.decoy(), start, end, p.text()));
        }
        return this;
    }

    Document build(InputFormat format) {
        return new Document(name, format, out.toByteArray(), planted, decoys);
    }
}
