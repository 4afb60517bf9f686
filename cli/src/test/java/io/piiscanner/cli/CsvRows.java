package io.piiscanner.cli;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for checking that redacted CSV still parses to the same shape. */
final class CsvRows {

    private CsvRows() {}

    /**
     * The rows of a CSV document.
     *
     * @throws IllegalArgumentException when a quote is unbalanced or stray
     */
    static List<List<String>> parse(String csv, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                if (cell.length() > 0 || wasQuoted) {
                    throw new IllegalArgumentException("stray quote at offset " + i);
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
            } else if (c != '\r') {
                if (wasQuoted) {
                    throw new IllegalArgumentException("text after closing quote at offset " + i);
                }
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unclosed quote");
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
