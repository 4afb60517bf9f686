package io.piiscanner.core.corpus;

import io.piiscanner.core.format.InputFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper: the label a reader sees next to a value in one generated document, i.e. its CSV
 * column name, its JSON key, or the text before it on its line.
 */
final class Labels {

    private static final Pattern JSON_KEY = Pattern.compile("\"([A-Za-z_]+)\":\\s*\"?$");
    private static final int TEXT_BEFORE = 48;

    /** A CSV cell's span and its column name. */
    private record Cell(int start, int end, String column) {}

    private final Document doc;
    private final List<Cell> cells = new ArrayList<>();

    Labels(Document doc) {
        this.doc = doc;
        if (doc.format() == InputFormat.CSV || doc.format() == InputFormat.TSV) {
            List<List<CsvRecords.Field>> records =
                    CsvRecords.parse(doc.content(), (byte) (doc.format() == InputFormat.TSV ? '\t' : ','));
            List<CsvRecords.Field> header = records.get(0);
            for (List<CsvRecords.Field> record : records.subList(1, records.size())) {
                for (int i = 0; i < record.size(); i++) {
                    CsvRecords.Field f = record.get(i);
                    cells.add(new Cell(f.start(), f.end(), header.get(i).value().toLowerCase(Locale.ROOT)));
                }
            }
        }
    }

    /** The lower-case label of the value starting at byte {@code start}. */
    String of(long start) {
        return switch (doc.format()) {
            case CSV, TSV -> column((int) start);
            case JSON, NDJSON -> jsonKey((int) start);
            case TEXT -> textBefore((int) start);
            default ->
                throw new IllegalArgumentException(
                        "the corpus has no " + doc.format().description());
        };
    }

    private String column(int start) {
        int lo = 0;
        int hi = cells.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (cells.get(mid).start() <= start) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Cell cell = cells.get(lo);
        if (start < cell.start() || start >= cell.end()) {
            throw new IllegalArgumentException("no field at " + start + " in " + doc.name());
        }
        // A note's free text labels its values itself.
        return cell.column().equals("notes")
                ? doc.excerpt(cell.start(), start).toLowerCase(Locale.ROOT)
                : cell.column();
    }

    private String jsonKey(int start) {
        String before = new String(doc.content(), Math.max(0, start - 64), Math.min(start, 64), StandardCharsets.UTF_8);
        Matcher m = JSON_KEY.matcher(before);
        // A value inside a free-text string is labelled by the words before it in the string.
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : before.toLowerCase(Locale.ROOT);
    }

    private String textBefore(int start) {
        byte[] content = doc.content();
        int i = start;
        while (i > 0 && start - i < TEXT_BEFORE && content[i - 1] != '\n') {
            i--;
        }
        return doc.excerpt(i, start).toLowerCase(Locale.ROOT);
    }
}
