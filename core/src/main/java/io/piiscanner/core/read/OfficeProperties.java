package io.piiscanner.core.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;

/**
 * The properties of an Office Open XML package (a workbook, a document) as pieces
 * ({@link PropertyPieces}), named as Office names them: the core properties ({@code
 * docProps/core.xml}: {@code Title}, {@code Author}, {@code Last modified by}, ...), the extended
 * properties people fill in ({@code docProps/app.xml}: {@code Company}, {@code Manager}, {@code
 * Template}, {@code Hyperlink base}), then each custom property ({@code docProps/custom.xml}), its
 * name, then its value whatever its type. Dates, counts and the application's name and version are
 * not read: the application writes them.
 *
 * <p>Each part is read from its ZIP member with a pull parser, so memory holds a piece whatever the
 * number and length of the properties. Not with POI's getters: POI loads the core properties when
 * it opens the package, but passes over, saying nothing, a part it cannot load (over {@link
 * OfficePackage#MAX_LOADED_PART_BYTES}), and would load the others whole with XMLBeans.
 */
final class OfficeProperties implements Closeable {

    /** The core properties read, by element, with the names Office gives them. */
    private static final Map<String, String> CORE = Map.ofEntries(
            Map.entry("title", "Title"),
            Map.entry("subject", "Subject"),
            Map.entry("creator", "Author"),
            Map.entry("lastModifiedBy", "Last modified by"),
            Map.entry("keywords", "Keywords"),
            Map.entry("description", "Comments"),
            Map.entry("category", "Category"),
            Map.entry("contentStatus", "Content status"),
            Map.entry("contentType", "Content type"),
            Map.entry("identifier", "Identifier"),
            Map.entry("language", "Language"),
            Map.entry("revision", "Revision number"),
            Map.entry("version", "Version"));

    /** The extended properties read, by element, with the names Office gives them. */
    private static final Map<String, String> EXTENDED = Map.of(
            "Company", "Company", "Manager", "Manager", "Template", "Template", "HyperlinkBase", "Hyperlink base");

    /** The types of custom properties' values that hold a floating-point number. */
    private static final Set<String> FLOATING_POINT = Set.of("r4", "r8", "decimal");

    /**
     * A part of properties to read, and the properties read in it by element; none for the custom
     * properties, which are all read.
     */
    private record PropertiesPart(PackagePart part, Map<String, String> read) {}

    private final OfficePackage pkg;
    private final Deque<SkippedEntry> skipped = new ArrayDeque<>();
    private final Deque<Piece> pending = new ArrayDeque<>();
    private final Deque<PropertiesPart> parts = new ArrayDeque<>();
    private final Set<PackagePartName> seen = new HashSet<>();
    /** The part being read, or null between parts. */
    private OfficePackage.XmlPart part;

    private XMLStreamReader xml;
    /** The properties read in the part being read, or null when it holds the custom ones. */
    private Map<String, String> read;
    /** Elements open around the parser, the root at 1. */
    private int depth;
    /** Whether the parser is in a property read, and that property's name. */
    private boolean inProperty;

    private String property;
    /** The type of the custom property being read: the name of its value's element ({@code lpwstr}, {@code r8}). */
    private String type;

    private final NumberText numbers = new NumberText();
    private final StringBuilder text = new StringBuilder();

    /**
     * The properties of a package; a relationship to a part of them that points outside the
     * package or to a part it does not hold is a {@link SkippedEntry}, before the pieces.
     */
    OfficeProperties(OfficePackage pkg) {
        this.pkg = pkg;
        add("/metadata/core-properties", CORE);
        add("/extended-properties", EXTENDED);
        add("/extendedProperties", EXTENDED);
        add("/custom-properties", null);
        add("/customProperties", null);
    }

    private void add(String type, Map<String, String> read) {
        for (PackagePart p : pkg.related(type, skipped::add)) {
            // Once each: relationships repeated would read it again.
            if (seen.add(p.getPartName())) {
                parts.add(new PropertiesPart(p, read));
            }
        }
    }

    /** The next piece or skipped part, or null after the last. */
    Item next() throws IOException, XMLStreamException {
        if (!skipped.isEmpty()) {
            return skipped.poll();
        }
        while (pending.isEmpty()) {
            if (part == null) {
                PropertiesPart next = parts.poll();
                if (next == null) {
                    return null;
                }
                part = pkg.streamMember(next.part());
                xml = part.xml();
                read = next.read();
                depth = 0;
            } else if (!step()) {
                OfficePackage.XmlPart done = part;
                part = null;
                done.close();
            }
        }
        return pending.poll();
    }

    /** Reads an event of the part; false at its end. */
    private boolean step() throws XMLStreamException {
        if (!xml.hasNext()) {
            return false;
        }
        switch (xml.next()) {
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth == 2) {
                    start(xml.getLocalName());
                } else if (depth == 3) {
                    type = xml.getLocalName();
                }
            }
            case XMLStreamConstants.END_ELEMENT -> {
                if (inProperty && depth == 2) {
                    PropertyPieces.value(property, value(text.toString().strip()), pending::add);
                    inProperty = false;
                } else if (inProperty && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                    // The elements of a vector: one a line, so that no value runs into the next.
                    text.append('\n');
                }
                depth--;
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                if (inProperty) {
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    if (text.length() >= PropertyPieces.MAX_CHARS) {
                        PropertyPieces.value(property, text.toString(), pending::add);
                        text.setLength(0);
                    }
                }
            }
            default -> {}
        }
        return true;
    }

    /**
     * A custom property's value as text: a floating-point number in full, as a cell's, so that a
     * card number kept as one ({@code 4.111111111111111E15}) is found.
     */
    private String value(String raw) {
        if (read == null && type != null && FLOATING_POINT.contains(type)) {
            try {
                double d = Double.parseDouble(raw);
                if (Double.isFinite(d)) {
                    return numbers.format(d, -1, null);
                }
            } catch (NumberFormatException e) {
                // Not a number after all: read as the text it is.
            }
        }
        return raw;
    }

    /** A child of the root starts: a property, read if it is one people write. */
    private void start(String element) {
        text.setLength(0);
        type = null;
        if (read == null) {
            inProperty = element.equals("property");
            property = inProperty ? xml.getAttributeValue(null, "name") : null;
            PropertyPieces.name(property, pending::add);
        } else {
            property = read.get(element);
            inProperty = property != null;
        }
    }

    @Override
    public void close() throws IOException {
        if (part != null) {
            part.close();
        }
    }
}
