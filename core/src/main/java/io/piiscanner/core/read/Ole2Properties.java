package io.piiscanner.core.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.HPSFException;
import org.apache.poi.hpsf.Property;
import org.apache.poi.hpsf.PropertySet;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.Section;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hpsf.wellknown.PropertyIDMap;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;

/**
 * The properties of an Office 97-2003 file (a {@code .doc}, an {@code .xls}) as pieces
 * ({@link PropertyPieces}), read with POI's HPSF, named as an Office Open XML package's are
 * ({@link OfficeProperties}): from the {@code SummaryInformation} stream {@code Title}, {@code
 * Subject}, {@code Author}, {@code Keywords}, {@code Comments}, {@code Template}, {@code Last
 * modified by}; from the {@code DocumentSummaryInformation} stream {@code Category}, {@code
 * Manager}, {@code Company}, then each custom property, its name, then its value (text, a number in
 * full, a boolean or a date; other types are not read). Dates, counts and the application's name are
 * not read: the application writes them.
 *
 * <p>HPSF reads a stream whole: one over {@link #MAX_STREAM_BYTES} (Office writes some KiB) is
 * skipped, named by the stream.
 */
final class Ole2Properties {

    /** Bytes of a property stream at most. */
    static final int MAX_STREAM_BYTES = 1 << 20;

    private static final List<Map.Entry<String, Function<SummaryInformation, String>>> SUMMARY = List.of(
            Map.entry("Title", SummaryInformation::getTitle),
            Map.entry("Subject", SummaryInformation::getSubject),
            Map.entry("Author", SummaryInformation::getAuthor),
            Map.entry("Last modified by", SummaryInformation::getLastAuthor),
            Map.entry("Keywords", SummaryInformation::getKeywords),
            Map.entry("Comments", SummaryInformation::getComments),
            Map.entry("Template", SummaryInformation::getTemplate));

    private static final List<Map.Entry<String, Function<DocumentSummaryInformation, String>>> DOCUMENT = List.of(
            Map.entry("Category", DocumentSummaryInformation::getCategory),
            Map.entry("Manager", DocumentSummaryInformation::getManager),
            Map.entry("Company", DocumentSummaryInformation::getCompany));

    private Ole2Properties() {}

    /**
     * The properties in the file system's root: their pieces, and a skipped entry for a stream too
     * large to read.
     *
     * @param what the format, as messages name it ({@code Word 97-2003 document})
     */
    static List<Item> read(DirectoryNode root, String what) throws IOException {
        List<Item> items = new ArrayList<>();
        try {
            if (load(root, SummaryInformation.DEFAULT_STREAM_NAME, items) instanceof SummaryInformation summary) {
                for (Map.Entry<String, Function<SummaryInformation, String>> p : SUMMARY) {
                    PropertyPieces.value(p.getKey(), p.getValue().apply(summary), items::add);
                }
            }
            if (load(root, DocumentSummaryInformation.DEFAULT_STREAM_NAME, items)
                    instanceof DocumentSummaryInformation document) {
                for (Map.Entry<String, Function<DocumentSummaryInformation, String>> p : DOCUMENT) {
                    PropertyPieces.value(p.getKey(), p.getValue().apply(document), items::add);
                }
                if (document.getSectionCount() > 1) {
                    custom(document.getSections().get(1), items);
                }
            }
        } catch (IOException | HPSFException | RuntimeException e) {
            throw ReaderErrors.unwrap(e, what);
        }
        return items;
    }

    /**
     * A property stream, or null when there is none; one too large to read goes to {@code items}
     * as skipped.
     */
    private static PropertySet load(DirectoryNode root, String stream, List<Item> items)
            throws IOException, HPSFException {
        if (!root.hasEntryCaseInsensitive(stream)) {
            return null;
        }
        DocumentEntry entry = (DocumentEntry) root.getEntryCaseInsensitive(stream);
        if (entry.getSize() > MAX_STREAM_BYTES) {
            items.add(new SkippedEntry(
                    stream.substring(1),
                    "is over " + (MAX_STREAM_BYTES >> 20) + " MiB, more than is read into memory"));
            return null;
        }
        return PropertySetFactory.create(root, entry.getName());
    }

    /** The custom properties: each one's name from the section's dictionary, then its value. */
    private static void custom(Section section, List<Item> items) {
        Map<Long, String> names = section.getDictionary();
        NumberText numbers = new NumberText();
        for (Property p : section.getProperties()) {
            long id = p.getID() & 0xFFFF_FFFFL;
            // The dictionary and code page come first; ids from 0x80000000 on (the locale) say how to read the others.
            if (id <= PropertyIDMap.PID_CODEPAGE || id >= 0x8000_0000L) {
                continue;
            }
            String name = names == null ? null : names.get(p.getID());
            PropertyPieces.name(name, items::add);
            PropertyPieces.value(name, text(p.getValue(), numbers), items::add);
        }
    }

    /** A custom property's value as text; null for a type not read. */
    private static String text(Object value, NumberText numbers) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? numbers.format(d, -1, null) : null;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return value instanceof Date d ? d.toInstant().toString() : null;
    }
}
