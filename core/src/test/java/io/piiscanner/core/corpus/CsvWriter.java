package io.piiscanner.core.corpus;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes delimited rows the way spreadsheet exports do (RFC 4180): a field holding the delimiter,
 * a quote or a line break is quoted, with quotes doubled. Some exporters quote every field.
 */
final class CsvWriter {

    private static final UnaryOperator<String> DOUBLE_QUOTES = s -> s.replace("\"", "\"\"");

    private final DocumentBuilder doc;
    private final char delimiter;
    private final String lineEnd;
    private final boolean quoteAll;

    CsvWriter(DocumentBuilder doc, char delimiter, String lineEnd, boolean quoteAll) {
        this.doc = doc;
        this.delimiter = delimiter;
        this.lineEnd = lineEnd;
        this.quoteAll = quoteAll;
    }

    void header(List<String> names) {
        doc.text(String.join(String.valueOf(delimiter), names)).text(lineEnd);
    }

    /** Writes one record; each cell is a list of parts, an empty list for an empty cell. */
    void row(List<List<Part>> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                doc.text(String.valueOf(delimiter));
            }
            cell(cells.get(i));
        }
        doc.text(lineEnd);
    }

    private void cell(List<Part> parts) {
        boolean quote = !parts.isEmpty() && (quoteAll || parts.stream().anyMatch(p -> needsQuotes(p.text())));
        if (!quote) {
            parts.forEach(p -> doc.part(p, UnaryOperator.identity()));
            return;
        }
        doc.text("\"");
        parts.forEach(p -> doc.part(p, DOUBLE_QUOTES));
        doc.text("\"");
    }

    private boolean needsQuotes(String s) {
        return s.indexOf(delimiter) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }
}
