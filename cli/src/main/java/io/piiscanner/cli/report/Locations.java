package io.piiscanner.cli.report;

import io.piiscanner.core.read.Location;
import io.piiscanner.core.scan.Finding;
import java.util.ArrayList;
import java.util.List;

/** How reports show where a finding is: the input, then the member of an archive, then the piece of a structure. */
final class Locations {

    private Locations() {}

    /**
     * The input and the entry inside it, as {@code export.zip!/2024/cards.csv}; the input alone
     * for a finding in its own text.
     */
    static String file(Finding f) {
        Location l = f.location();
        return l == null || l.entry() == null ? f.path() : f.path() + "!/" + l.entry();
    }

    /**
     * The piece of a structure, as {@code headers}, {@code sheet Sheet1 cell C7},
     * {@code record 12}, {@code page 3}; {@code null} for a value in a file's or entry's text.
     */
    static String piece(Location l) {
        if (l == null || !l.piece()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        add(parts, "", l.part());
        add(parts, "sheet ", l.sheet());
        add(parts, "cell ", l.cell());
        add(parts, "record ", l.record());
        add(parts, "row ", l.row());
        add(parts, "column ", l.column());
        add(parts, "page ", l.page());
        return String.join(" ", parts);
    }

    /** Everything: {@code export.zip!/2024/cards.csv:3:11}, {@code mail.eml (headers):1:20}. */
    static String full(Finding f) {
        String piece = piece(f.location());
        return file(f) + (piece == null ? "" : " (" + piece + ")") + ":" + f.line() + ":" + f.column();
    }

    private static void add(List<String> parts, String label, Object value) {
        if (value != null) {
            parts.add(label + value);
        }
    }
}
