package io.piiscanner.core.corpus;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A minimal streaming JSON writer over a {@link DocumentBuilder}, so that values inside strings
 * and bare numbers get exact byte spans. Compact for NDJSON lines, indented for whole documents.
 */
final class JsonWriter {

    private static final UnaryOperator<String> ESCAPE = JsonWriter::escape;

    private final DocumentBuilder doc;
    private final boolean pretty;
    /** One entry per open container: whether it has no element yet. */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    private boolean afterName;

    JsonWriter(DocumentBuilder doc, boolean pretty) {
        this.doc = doc;
        this.pretty = pretty;
    }

    JsonWriter beginObject() {
        return begin("{");
    }

    JsonWriter endObject() {
        return end("}");
    }

    JsonWriter beginArray() {
        return begin("[");
    }

    JsonWriter endArray() {
        return end("]");
    }

    JsonWriter name(String name) {
        separate();
        doc.text("\"").text(escape(name)).text(pretty ? "\": " : "\":");
        afterName = true;
        return this;
    }

    /** A string value made of parts; plain parts are escaped. */
    JsonWriter string(Part... parts) {
        separate();
        doc.text("\"");
        for (Part p : parts) {
            doc.part(p, ESCAPE);
        }
        doc.text("\"");
        return this;
    }

    JsonWriter string(String plain) {
        return string(Part.text(plain));
    }

    /** A bare number or literal such as {@code 12.50}, {@code true} or {@code null}. */
    JsonWriter literal(String literal) {
        separate();
        doc.text(literal);
        return this;
    }

    /** A planted value written as a bare JSON number, as sloppy APIs do with card numbers. */
    JsonWriter number(Value digits) {
        separate();
        doc.pii(digits);
        return this;
    }

    /** A decoy written as a bare JSON number, such as epoch milliseconds. */
    JsonWriter number(DecoyKind kind, String digits) {
        separate();
        doc.decoy(kind, digits);
        return this;
    }

    JsonWriter field(String name, String plain) {
        return name(name).string(plain);
    }

    JsonWriter field(String name, Part... parts) {
        return name(name).string(parts);
    }

    JsonWriter pii(String name, Value value) {
        return name(name).string(Part.pii(value));
    }

    JsonWriter decoy(String name, DecoyKind kind, String text) {
        return name(name).string(Part.decoy(kind, text));
    }

    private JsonWriter begin(String bracket) {
        separate();
        doc.text(bracket);
        open.push(new boolean[] {true});
        return this;
    }

    private JsonWriter end(String bracket) {
        boolean empty = open.pop()[0];
        if (pretty && !empty) {
            newline();
        }
        doc.text(bracket);
        return this;
    }

    /** Writes the comma and indentation before an element, unless it follows a name. */
    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (open.isEmpty()) {
            return;
        }
        boolean[] first = open.peek();
        if (!first[0]) {
            doc.text(",");
        }
        first[0] = false;
        if (pretty) {
            newline();
        }
    }

    private void newline() {
        doc.text("\n").text("  ".repeat(open.size()));
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
