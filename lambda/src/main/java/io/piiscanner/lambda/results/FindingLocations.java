package io.piiscanner.lambda.results;

import io.piiscanner.core.read.Location;
import io.piiscanner.core.scan.Finding;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a finding sits inside an object, as the service's documents, items and alerts show it:
 * the archive member and the piece of a structure ({@link Location}), all names in it masked by
 * the engine.
 */
public final class FindingLocations {

    private FindingLocations() {}

    /** The location's known keys ({@code entry}, {@code part}, {@code sheet}, ...), or {@code null} for none. */
    public static Map<String, Object> map(Location l) {
        if (l == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "entry", l.entry());
        put(m, "part", l.part());
        put(m, "sheet", l.sheet());
        put(m, "cell", l.cell());
        put(m, "record", l.record());
        put(m, "row", l.row());
        put(m, "column", l.column());
        put(m, "page", l.page());
        return m;
    }

    /**
     * One line for people: the member, the piece, then line and column in them, as
     * {@code 2024/cards.csv:3:11} or {@code (headers):1:20}; {@code 3:11} in the object's own text.
     */
    public static String text(Finding f) {
        Location l = f.location();
        StringBuilder sb = new StringBuilder();
        if (l != null && l.entry() != null) {
            sb.append(l.entry());
        }
        Map<String, Object> m = map(l);
        if (m != null) {
            m.remove("entry");
            if (!m.isEmpty()) {
                StringBuilder piece = new StringBuilder();
                m.forEach((k, v) -> piece.append(piece.length() == 0 ? "" : " ")
                        .append("part".equals(k) ? "" : k + " ")
                        .append(v));
                sb.append(sb.length() == 0 ? "(" : " (").append(piece).append(')');
            }
        }
        return sb.append(sb.length() == 0 ? "" : ":")
                .append(f.line())
                .append(':')
                .append(f.column())
                .toString();
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
