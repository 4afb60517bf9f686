package io.piiscanner.core.read.parquet;

import io.piiscanner.core.read.Location;
import io.piiscanner.core.read.Piece;
import io.piiscanner.core.read.ValueMasker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The key-value metadata of a Parquet footer (a pandas or Spark schema, a writer's notes, any key a
 * user set) as pieces the engine scans, in the order of their keys: each key, located in
 * {@link #KEY}, then its value, located in {@link #VALUE} and named by its key, which is context
 * for the detectors as a column's name is. The footer holds them all already (at most
 * {@link ParquetFile#MAX_FOOTER_BYTES}).
 *
 * <p>The Arrow schema ({@value #ARROW_SCHEMA}) is not read: it is base64 of an Arrow IPC message,
 * not text. pyarrow, which writes it, writes what it holds as Parquet too: the column names in the
 * Parquet schema, the schema's own metadata (the pandas schema) as entries of their own.
 */
final class FooterMetadata {

    static final String ARROW_SCHEMA = "ARROW:schema";
    /** Where a value is; its key is the piece's field. */
    static final Location VALUE = Location.part("metadata");
    /** Where a key is. */
    static final Location KEY = Location.part("metadata key");

    private FooterMetadata() {}

    /** The pieces of the entries read: the key, then the value of each, empty ones left out. */
    static List<Piece> pieces(Map<String, String> metadata) {
        List<Piece> pieces = new ArrayList<>();
        for (Map.Entry<String, String> e : entries(metadata).entrySet()) {
            if (!e.getKey().isEmpty()) {
                pieces.add(new Piece(e.getKey(), null, null, KEY));
            }
            if (e.getValue() != null && !e.getValue().isEmpty()) {
                pieces.add(new Piece(e.getValue(), e.getKey(), e.getKey(), VALUE));
            }
        }
        return pieces;
    }

    /**
     * The metadata of a redacted copy: every entry read is scanned, reporting its findings as the
     * scan does, and copied with its key masked as names are ({@link UniqueNames}) and the findings
     * in its value masked, as a string value of a column is. Masked rather than left out, since a
     * pandas or Spark schema lets readers restore the columns' types. The Arrow schema, which is
     * not read, is kept only when nothing else changed, since it repeats the other entries.
     *
     * @param renamed whether the copy's schema names were masked: the copy then keeps no metadata,
     *                where a schema would still name the columns as they were
     */
    static Map<String, String> redacted(
            Map<String, String> metadata, ValueMasker masker, UnaryOperator<String> maskName, boolean renamed)
            throws IOException {
        List<Piece> pieces = pieces(metadata);
        List<String> masked = new ArrayList<>(pieces.size());
        for (int from = 0; from < pieces.size(); from += ValueMasker.MAX_PIECES) {
            masked.addAll(masker.mask(pieces.subList(from, Math.min(pieces.size(), from + ValueMasker.MAX_PIECES))));
        }
        if (renamed) {
            return Map.of();
        }
        Map<String, String> entries = entries(metadata);
        List<String> keys = UniqueNames.masked(List.copyOf(entries.keySet()), maskName);
        Map<String, String> copy = new HashMap<>();
        boolean changed = false;
        Iterator<String> texts = masked.iterator();
        int i = 0;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String key = keys.get(i++);
            if (!e.getKey().isEmpty()) {
                changed |= !texts.next().equals(e.getKey());
            }
            changed |= !key.equals(e.getKey());
            String value = e.getValue();
            if (value != null && !value.isEmpty()) {
                value = texts.next();
                changed |= !value.equals(e.getValue());
            }
            copy.put(key, value);
        }
        String arrow = metadata.get(ARROW_SCHEMA);
        if (arrow != null && !changed) {
            copy.put(ARROW_SCHEMA, arrow);
        }
        return copy;
    }

    /** The entries read, by key. */
    private static Map<String, String> entries(Map<String, String> metadata) {
        Map<String, String> entries = new TreeMap<>(metadata);
        entries.remove(ARROW_SCHEMA);
        return entries;
    }
}
